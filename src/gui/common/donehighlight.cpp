// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/common/donehighlight.h"

#include <QApplication>
#include <QPalette>
#include <QVariant>
#include <QWidget>

namespace keel::gui {

namespace {

constexpr const char* kShownProperty = "keelDoneHighlight";

} // namespace

void DoneHighlight::apply(QWidget* panel, bool on)
{
    if (isShown(panel) == on)
        return;
    panel->setProperty(kShownProperty, on);
    if (!on) {
        // Back to whatever the window's palette is now (it may have changed meanwhile).
        panel->setPalette(QPalette());
        panel->setAutoFillBackground(false);
        return;
    }
    QPalette lit = panel->palette();
    const QColor highlight = lit.color(QPalette::Highlight);
    const QColor text = lit.color(QPalette::HighlightedText);
    lit.setColor(QPalette::Window, highlight);
    lit.setColor(QPalette::WindowText, text);
    lit.setColor(QPalette::Text, text);
    panel->setPalette(lit);
    panel->setAutoFillBackground(true);
}

bool DoneHighlight::isShown(const QWidget* panel)
{
    return panel->property(kShownProperty).toBool();
}

} // namespace keel::gui
