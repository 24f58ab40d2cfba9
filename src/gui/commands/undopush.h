// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QUndoCommand;

namespace keel::gui {

class Logbook;

/// Pushes an edit onto the logbook's undo stack and says whether it was stored, so a pane
/// can say "Saved" only after the commit.
class UndoPush {
public:
    /// True when the command's first redo committed. Otherwise the command reported the
    /// failure through the logbook, dropped itself from the stack, and `error` (when given)
    /// holds the store's message.
    static bool push(Logbook& logbook, QUndoCommand* command, QString* error = nullptr);
};

} // namespace keel::gui
