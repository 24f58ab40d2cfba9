// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QUndoCommand;
class QWidget;

namespace keel::gui {

class Logbook;

/// The one way a pane sends an edit: pushes it onto the logbook's undo stack and tells the pane
/// whether it was stored, so the pane says "Saved" only after the commit and shows a failure
/// once, in its own place (the window shows nothing for it).
class UndoPush {
public:
    /// True when the command's first redo committed. Otherwise the command dropped itself from
    /// the stack and `error` (when given) holds the store's message.
    static bool push(Logbook& logbook, QUndoCommand* command, QString* error = nullptr);
    /// push() for a pane with no status line of its own: a failure is shown in a warning over
    /// `parent` once the push has returned.
    static bool pushOrWarn(Logbook& logbook, QUndoCommand* command, QWidget* parent);
    /// The warning every unsaved edit is shown in: what could not be saved and the store's reason.
    static void warnNotSaved(QWidget* parent, const QString& what, const QString& detail);
};

} // namespace keel::gui
