// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/weekplan.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace keel::core {

class Database;

/// Plan weeks, their sessions and items.
class PlanRepository {
public:
    explicit PlanRepository(Database& db)
        : m_db(db)
    { }

    /// Stores a generated week with its hand edits (movedFrom, swappedFrom). If the week exists, items
    /// that already have logged sets or walks are kept as they are and everything not yet logged is
    /// replaced. With `keepBefore`, days
    /// before it are history: their stored sessions stay whole and the new plan's are dropped (so a
    /// week first planned mid-week starts on that day). Fills in ids.
    void saveWeek(WeekPlan& week, std::optional<Date> keepBefore = std::nullopt);
    /// The stored week starting on `weekStart`, sessions by date then kind, items in order.
    std::optional<WeekPlan> loadWeek(Date weekStart);
    /// Weeks whose start lies in [from, to], oldest first.
    std::vector<WeekPlan> weeks(Date from, Date to);
    /// The start of the first week ever planned; nullopt when nothing is planned.
    std::optional<Date> firstWeekStart();
    /// True when a week starting on `weekStart` is stored.
    bool hasWeek(Date weekStart);
    /// The start of the last week planned; nullopt when nothing is planned.
    std::optional<Date> lastWeekStart();
    /// Moves a session to another date (must stay inside its week); returns the old date. The session
    /// remembers the day the plan chose (movedFrom) until it is moved back there.
    Date moveSession(std::int64_t sessionId, Date newDate);
    /// Swaps the exercise of a planned item; returns the previous exercise id. The item remembers the
    /// exercise the plan chose (swappedFrom) until it is swapped back to it.
    std::string swapExercise(std::int64_t itemId, const std::string& exerciseId);
    /// True when any set or walk has been logged against the item.
    bool isLogged(std::int64_t itemId);

private:
    Database& m_db;
};

} // namespace keel::core
