// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/weekplan.h"
#include "core/plan/itemprogress.h"

#include <optional>

namespace keel::core {
class Database;
}

namespace keel::gui {

/// One week as the Week pane shows it: the stored plan, if any, and what has been logged
/// against each of its items.
struct WeekContent {
    core::Date weekStart;
    std::optional<core::WeekPlan> plan;
    core::ItemProgress::LogsByItem logs;

    /// Reads the plan of the week starting on `weekStart` and the log of that week.
    static WeekContent load(core::Database& database, core::Date weekStart);
    /// True when anything has been logged against an item of the session.
    bool isLogged(const core::PlannedSession& session) const;
};

} // namespace keel::gui
