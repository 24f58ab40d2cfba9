// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/plan/itemprogress.h"
#include "core/plan/weekplan.h"
#include "core/records/personalrecords.h"
#include "core/store/records.h"

#include <optional>
#include <vector>

namespace keel::core {
class Database;
}

namespace keel::gui {

/// One planned item of today with what has been logged against it and the numbers of the
/// previous time the exercise was done.
struct TodayEntry {
    core::PlannedItem item;
    core::ItemLog log;
    std::vector<core::LoggedSet> lastTime;
    core::ExerciseBests bests; ///< The exercise's bests so far, today's sets included.
};

/// One of today's sessions, its entries in the order they are done (warm-up first).
struct TodaySession {
    std::int64_t id = 0;
    core::SessionKind kind = core::SessionKind::Strength;
    std::vector<TodayEntry> entries;
};

/// The next planned session after today, for the "nothing today" message.
struct NextSession {
    core::Date date;
    core::SessionKind kind = core::SessionKind::Strength;
};

/// Everything the Today pane shows, read from the store in one go.
struct TodayContent {
    core::Date date;
    bool hasPlan = false; ///< A plan week covers today.
    std::vector<TodaySession> sessions; ///< Strength, then mobility, then walk.
    std::optional<NextSession> next;
    std::optional<core::CheckIn> checkIn;
    std::vector<core::WalkEntry> walks; ///< Every walk logged today, planned or not.

    /// Reads today's plan, logs, check-in and each exercise's previous session.
    static TodayContent load(core::Database& database, core::Date today);
    /// The entry of a planned item, or nullptr.
    const TodayEntry* entry(std::int64_t itemId) const;
    /// The first item not yet complete, in session order; nullptr when all is done.
    const TodayEntry* firstOpenEntry() const;
    /// The first open entry after `itemId` in session order, wrapping to the start.
    const TodayEntry* nextOpenEntry(std::int64_t itemId) const;
};

} // namespace keel::gui
