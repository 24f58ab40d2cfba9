// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/progressionstate.h"
#include "core/model/weekplan.h"
#include "gui/commands/storecommand.h"

#include <optional>

namespace keel::gui {

/// Re-plans a week that already has a plan; the store keeps every logged item. Undo stores
/// the week as it was before (again keeping what was logged meanwhile) and puts the progression
/// back as it was: its state, and without the events the re-plan recorded. A week planned for
/// the first time has nothing to go back to, so it is planned with Logbook::planWeeks directly.
class RegenerateWeekCommand final : public StoreCommand {
public:
    RegenerateWeekCommand(Logbook& logbook, core::Date weekStart, QUndoCommand* parent = nullptr);

    void redo() override;
    void undo() override;

private:
    core::Date m_weekStart;
    std::optional<core::WeekPlan> m_before;
    core::ProgressionSnapshot m_progressionBefore;
    std::int64_t m_eventMark = 0;
};

} // namespace keel::gui
