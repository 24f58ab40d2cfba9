// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/commands/undopush.h"

#include "gui/session.h"

#include <QUndoStack>

namespace keel::gui {

bool UndoPush::push(Session& session, QUndoCommand* command, QString* error)
{
    bool failed = false;
    QString message;
    // Store commands report failures through the session while the stack runs their redo.
    const QMetaObject::Connection connection = QObject::connect(
        &session, &Session::errorOccurred, [&failed, &message](const QString& /*what*/, const QString& detail) {
            failed = true;
            message = detail;
        });
    session.undoStack()->push(command);
    QObject::disconnect(connection);
    if (failed && error)
        *error = message;
    return !failed;
}

} // namespace keel::gui
