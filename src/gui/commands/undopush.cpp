// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/commands/undopush.h"

#include "gui/logbook.h"

#include <QUndoStack>

namespace keel::gui {

bool UndoPush::push(Logbook& logbook, QUndoCommand* command, QString* error)
{
    bool failed = false;
    QString message;
    // Store commands report failures through the session while the stack runs their redo.
    const QMetaObject::Connection connection = QObject::connect(
        &logbook, &Logbook::errorOccurred, [&failed, &message](const QString& /*what*/, const QString& detail) {
            failed = true;
            message = detail;
        });
    logbook.undoStack()->push(command);
    QObject::disconnect(connection);
    if (failed && error)
        *error = message;
    return !failed;
}

} // namespace keel::gui
