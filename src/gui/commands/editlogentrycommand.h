// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "gui/commands/logentry.h"
#include "gui/commands/storecommand.h"

namespace keel::gui {

/// Rewrites a logged set, walk or check-in; undo writes the old values back. A check-in is
/// keyed by its date, so its date does not change here.
class EditLogEntryCommand final : public StoreCommand {
public:
    EditLogEntryCommand(Logbook& logbook, LogEntry before, LogEntry after, QUndoCommand* parent = nullptr);

    void redo() override;
    void undo() override;

private:
    void write(const LogEntry& entry, const QString& message);

    LogEntry m_before;
    LogEntry m_after;
};

} // namespace keel::gui
