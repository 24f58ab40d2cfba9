// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/logentries.h"
#include "gui/commands/storecommand.h"

#include <vector>

namespace keel::gui {

/// Logs one set or several (an item done as planned) as one undo step: one transaction, one
/// refresh of the plan and the panes. Undo deletes the rows; redo puts them back with their
/// original ids, so anything that refers to an id (History's selection, a later edit) stays valid.
class LogSetsCommand final : public StoreCommand {
public:
    LogSetsCommand(
        Logbook& logbook, std::vector<core::LoggedSet> sets, const QString& text, QUndoCommand* parent = nullptr);
    Q_DISABLE_COPY_MOVE(LogSetsCommand)

    /// The sets as stored; their ids are 0 until the first redo committed.
    const std::vector<core::LoggedSet>& sets() const { return m_sets; }
    /// True once the sets are in the log (the last redo committed).
    bool logged() const { return m_logged; }

    void redo() override;
    void undo() override;

private:
    std::vector<core::LoggedSet> m_sets;
    bool m_logged = false;
};

} // namespace keel::gui
