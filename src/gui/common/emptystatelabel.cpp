// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/common/emptystatelabel.h"

#include "gui/common/palettecolors.h"

#include <QEvent>

namespace keel::gui {

EmptyStateLabel::EmptyStateLabel(QWidget* parent)
    : QLabel(parent)
{
    setAlignment(Qt::AlignCenter);
    setWordWrap(true);
    setTextFormat(Qt::RichText);
    setMargin(24);
}

void EmptyStateLabel::setMessage(const QString& headline, const QString& advice)
{
    m_headline = headline;
    m_advice = advice;
    setAccessibleName(headline);
    setAccessibleDescription(advice);
    render();
}

void EmptyStateLabel::changeEvent(QEvent* event)
{
    QLabel::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        render();
}

void EmptyStateLabel::render()
{
    setText(QStringLiteral("<p style='font-size:large'><b>%1</b></p><p style='color:%2'>%3</p>")
                .arg(m_headline.toHtmlEscaped(), PaletteColors::css(PaletteColors::mutedText(palette())),
                    m_advice.toHtmlEscaped()));
}

} // namespace keel::gui
