// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/today/entryform.h"

#include <QKeyEvent>

namespace keel::gui {

EntryForm::EntryForm(QWidget* parent)
    : QWidget(parent)
{ }

void EntryForm::keyPressEvent(QKeyEvent* event)
{
    if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) {
        event->accept();
        emit submitted();
        return;
    }
    QWidget::keyPressEvent(event);
}

} // namespace keel::gui
