// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/logentries.h"
#include "gui/commands/storecommand.h"

namespace keel::gui {

/// Logs one walk. Undo deletes it; redo restores it with its original id.
class LogWalkCommand final : public StoreCommand {
public:
    LogWalkCommand(Logbook& logbook, core::WalkEntry walk, QUndoCommand* parent = nullptr);

    /// The walk as stored; its id is 0 until the first redo committed.
    const core::WalkEntry& walk() const { return m_walk; }

    void redo() override;
    void undo() override;

private:
    core::WalkEntry m_walk;
};

} // namespace keel::gui
