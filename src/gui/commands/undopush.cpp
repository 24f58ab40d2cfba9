// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/commands/undopush.h"

#include "gui/logbook.h"

#include <QCoreApplication>
#include <QMessageBox>
#include <QUndoCommand>
#include <QUndoStack>

#include <optional>

namespace keel::gui {

bool UndoPush::push(Logbook& logbook, QUndoCommand* command, QString* error)
{
    // Store commands report a failed redo through the logbook; while the stack runs it, the
    // report comes back here instead of reaching the window.
    std::optional<QString> failure;
    std::optional<QString>* previous = logbook.captureErrors(&failure);
    logbook.undoStack()->push(command);
    logbook.captureErrors(previous);
    if (failure && error)
        *error = *failure;
    return !failure;
}

bool UndoPush::pushOrWarn(Logbook& logbook, QUndoCommand* command, QWidget* parent)
{
    const QString what = command->text(); // the stack deletes a command that failed
    QString error;
    if (push(logbook, command, &error))
        return true;
    warnNotSaved(parent, what, error);
    return false;
}

void UndoPush::warnNotSaved(QWidget* parent, const QString& what, const QString& detail)
{
    QMessageBox::warning(parent, QCoreApplication::translate("UndoPush", "Not saved"),
        QCoreApplication::translate("UndoPush", "%1 could not be saved.\n\n%2").arg(what, detail));
}

} // namespace keel::gui
