// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/progressionstate.h"

#include <optional>
#include <vector>

namespace SQLite {
class Statement;
}

namespace keel::core {

class Database;

/// Per-pattern progression state and the event log of every change.
class ProgressionRepository {
public:
    explicit ProgressionRepository(Database& db)
        : m_db(db)
    { }

    /// The stored state; empty (no patterns, no flare-up) before the first save.
    ProgressionSnapshot load();
    /// Replaces the state and appends the events, in one transaction.
    void save(const ProgressionSnapshot& snapshot, const std::vector<ProgressionEvent>& newEvents);
    /// The id of the newest event, 0 before the first: a mark an undo can go back to.
    std::int64_t eventMark();
    /// Puts the state back to `snapshot` and deletes every event recorded after `mark`, in one
    /// transaction: undoing a re-plan takes back what it decided, not only the rows it planned.
    void rollBackTo(const ProgressionSnapshot& snapshot, std::int64_t mark);
    /// Events, oldest first, optionally for one pattern or exercise.
    std::vector<ProgressionEvent> events(
        std::optional<Pattern> pattern = std::nullopt, const std::optional<std::string>& exerciseId = std::nullopt);

    /// Events dated on or after `from`, plus the latest event of each pattern and of each program-wide kind
    /// dated before it (what a plan's reasons and the flare-up rules look back to), oldest first. Bounded by
    /// date, so its cost does not grow with years of history.
    std::vector<ProgressionEvent> eventsFrom(Date from);
    /// The date of the newest weekly review (a hold or a step forward), if any: reviews are recorded in order.
    std::optional<Date> lastReviewDate();

private:
    std::vector<ProgressionEvent> read(SQLite::Statement& query);

    Database& m_db;
};

} // namespace keel::core
