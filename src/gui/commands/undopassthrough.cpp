// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/commands/undopassthrough.h"

#include <QAbstractSpinBox>
#include <QKeyEvent>
#include <QLineEdit>
#include <QWidget>

namespace keel::gui {

UndoPassThrough::UndoPassThrough(QObject* parent)
    : QObject(parent)
{ }

void UndoPassThrough::install(QWidget* root)
{
    auto* filter = new UndoPassThrough(root);
    for (QAbstractSpinBox* box : root->findChildren<QAbstractSpinBox*>())
        box->installEventFilter(filter);
    for (QLineEdit* edit : root->findChildren<QLineEdit*>())
        edit->installEventFilter(filter);
}

bool UndoPassThrough::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::ShortcutOverride) {
        auto* key = static_cast<QKeyEvent*>(event);
        if (key->matches(QKeySequence::Undo) || key->matches(QKeySequence::Redo)) {
            // Left unaccepted, the override lets the shortcut system trigger the undo action.
            event->ignore();
            return true;
        }
    }
    return QObject::eventFilter(watched, event);
}

} // namespace keel::gui
