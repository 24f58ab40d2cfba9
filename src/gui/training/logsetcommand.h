// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/store/records.h"
#include "gui/commands/storecommand.h"

namespace keel::gui {

/// Logs one set. Undo deletes the row; redo puts it back with its original id, so anything
/// that refers to the id (History's selection, a later edit command) stays valid.
class LogSetCommand : public StoreCommand {
public:
    LogSetCommand(Session& session, core::LoggedSet set, const QString& exerciseName, QUndoCommand* parent = nullptr);

    /// The set as stored; its id is 0 until the first redo committed.
    const core::LoggedSet& set() const { return m_set; }

    void redo() override;
    void undo() override;

private:
    core::LoggedSet m_set;
};

} // namespace keel::gui
