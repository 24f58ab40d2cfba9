// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/weekplan.h"

#include <cstdint>
#include <optional>

namespace SQLite {
class Column;
class Statement;
} // namespace SQLite

namespace keel::core {

class Database;

/// How one planned session or item is written to and read from its row, for PlanRepository: the
/// column lists, binds and parsing in one place, so storing a week and loading it cannot drift apart.
class PlannedRows {
public:
    /// The columns readItem reads, in its order, for planned_items aliased as `i`.
    static constexpr const char* kItemColumns
        = "i.id, i.exercise_id, i.pattern, i.focus, i.sets, i.reps_min, i.reps_max, i.seconds_min, i.seconds_max, "
          "i.minutes_min, i.minutes_max, i.meters_min, i.meters_max, i.load_kg, i.per_side, i.warm_up, i.reason, "
          "i.swapped_from, i.reason_parts";
    /// How many columns kItemColumns names.
    static constexpr int kItemColumnCount = 19;

    static std::int64_t insertItem(Database& db, std::int64_t sessionId, int position, const PlannedItem& item);
    /// Writes `item` over the stored row `id`, which nothing logged points at. Cheaper than deleting it and
    /// inserting another: a deleted item costs SQLite the ON DELETE actions of logged_sets and walks.
    static void rewriteItem(
        Database& db, std::int64_t id, std::int64_t sessionId, int position, const PlannedItem& item);
    static std::int64_t insertSession(Database& db, std::int64_t weekId, const PlannedSession& session);
    static void setPosition(Database& db, std::int64_t itemId, int position);
    static void setMovedFrom(Database& db, std::int64_t sessionId, std::optional<Date> movedFrom);
    /// Reads the kItemColumns starting at column `first`.
    static PlannedItem readItem(SQLite::Statement& row, int first);
    static SessionKind readKind(const SQLite::Column& column);
};

} // namespace keel::core
