// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/plan/weekplan.h"

#include <optional>
#include <vector>

namespace keel::core {

class Database;

/// Plan weeks, their sessions and items.
class PlanRepository {
public:
    explicit PlanRepository(Database& db)
        : m_db(db)
    { }

    /// Stores a generated week. If the week exists, items that already have logged sets or
    /// walks are kept as they are and everything not yet logged is replaced. Fills in ids.
    void saveWeek(WeekPlan& week);
    /// The stored week starting on `weekStart`, sessions by date then kind, items in order.
    std::optional<WeekPlan> loadWeek(Date weekStart);
    /// Weeks whose start lies in [from, to], oldest first.
    std::vector<WeekPlan> weeks(Date from, Date to);
    /// Moves a session to another date (must stay inside its week); returns the old date.
    Date moveSession(std::int64_t sessionId, Date newDate);
    /// Swaps the exercise of a planned item; returns the previous exercise id.
    std::string swapExercise(std::int64_t itemId, const std::string& exerciseId);
    /// True when any set or walk has been logged against the item.
    bool isLogged(std::int64_t itemId);

private:
    Database& m_db;
};

} // namespace keel::core
