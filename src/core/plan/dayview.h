// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/logentries.h"
#include "core/model/weekplan.h"
#include "core/plan/itemprogress.h"
#include "core/records/personalrecords.h"

#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace keel::core {

class Database;

/// One planned item of the day with what has been logged against it and the numbers of the
/// previous time the exercise was done.
struct DayEntry {
    PlannedItem item;
    ItemLog log;
    std::vector<LoggedSet> lastTime;
    ExerciseBests bests; ///< The exercise's bests so far, the day's sets included.
};

/// One of the day's sessions, its entries in the order they are done (warm-up first).
struct DaySession {
    std::int64_t id = 0;
    SessionKind kind = SessionKind::Strength;
    std::vector<DayEntry> entries;
};

/// The next planned session after the day, for the "nothing today" message.
struct NextSession {
    Date date;
    SessionKind kind = SessionKind::Strength;
};

/// One day of the plan as a person meets it: what is planned, what is logged against it, and which
/// planned item a new set or walk belongs to. Today's pane and keel-cli read the same view, so both
/// link a log to the same item.
struct DayView {
    Date date;
    bool hasPlan = false; ///< A plan week covers the day.
    std::vector<DaySession> sessions; ///< Strength, then mobility, then walk.
    std::optional<NextSession> next;
    std::optional<CheckIn> checkIn;
    std::vector<WalkEntry> walks; ///< Every walk logged that day, planned or not.

    /// How much to read beside the plan and its logs.
    enum class Detail {
        PlanOnly, ///< Enough to tell what is done and where a new log belongs.
        WithHistory, ///< Also each exercise's previous session and bests, as Today shows them.
    };

    /// Reads the day's plan, logs and check-in, and with `WithHistory` each exercise's previous
    /// session and bests.
    static DayView load(Database& database, Date day, Detail detail = Detail::WithHistory);
    /// The entry of a planned item, or nullptr.
    const DayEntry* entry(std::int64_t itemId) const;
    /// The first item not yet complete, in session order; nullptr when all is done.
    const DayEntry* firstOpenEntry() const;
    /// The first open entry after `itemId` in session order, wrapping to the start.
    const DayEntry* nextOpenEntry(std::int64_t itemId) const;
    /// The item a new set of `exerciseId` counts towards: the first of that exercise, in session
    /// order, that is not complete. nullptr when there is none (the set is logged on its own).
    const DayEntry* openItemFor(const std::string& exerciseId) const;
    /// The item a new walk counts towards: the first walk item whose minutes are not yet walked.
    const DayEntry* openWalkItem() const;

    /// openItemFor's item id for a set of `exerciseId` logged on `day`, read from the store.
    static std::optional<std::int64_t> openItemId(Database& database, Date day, const std::string& exerciseId);
    /// openWalkItem's item id for a walk logged on `day`, read from the store.
    static std::optional<std::int64_t> openWalkItemId(Database& database, Date day);

private:
    /// The first entry in session order that `wanted` accepts and that is not complete.
    const DayEntry* firstOpen(const std::function<bool(const DayEntry&)>& wanted) const;
};

} // namespace keel::core
