// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "gui/commands/logentry.h"
#include "gui/commands/storecommand.h"

namespace keel::gui {

/// Deletes a logged set, walk or check-in; undo puts it back with its original id.
class DeleteLogEntryCommand final : public StoreCommand {
public:
    DeleteLogEntryCommand(Logbook& logbook, LogEntry entry, QUndoCommand* parent = nullptr);

    void redo() override;
    void undo() override;

private:
    LogEntry m_entry;
};

} // namespace keel::gui
