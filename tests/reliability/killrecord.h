// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What the kill test writes: every field of a set derives from one token, so a row read back
// can be checked whole (a half-written row would not match its own token).

#include "core/model/logentries.h"
#include "core/store/database.h"
#include "core/store/planrepository.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace keel::reliability {

inline const core::Date kToday = core::Date::fromYmd(2026, 3, 2);
inline const core::Date kWeek = core::Date::fromYmd(2026, 3, 2);

/// The set for `token`; every third one fulfils one of the planned `items`.
inline core::LoggedSet setFor(long token, const std::vector<std::int64_t>& items)
{
    core::LoggedSet set;
    set.date = kToday.addDays(-(token % 400));
    set.exerciseId = "kill-test-" + std::to_string(token % 7);
    set.reps = static_cast<int>(token % 1001);
    set.loadKg = static_cast<double>(token % 4001) * 0.25;
    set.seconds = static_cast<int>(token % 86401);
    set.meters = static_cast<double>(token % 2001) * 0.5;
    set.rpe = static_cast<int>(1 + token % 10);
    set.pain = static_cast<int>(token % 11);
    set.note = "token " + std::to_string(token) + " " + std::string(static_cast<std::size_t>(token % 300), 'k');
    if (token % 3 == 0 && !items.empty())
        set.plannedItemId = items[static_cast<std::size_t>(token) % items.size()];
    return set;
}

/// The token a stored note names, or nullopt when the note is not one of ours.
inline std::optional<long> tokenOf(const std::string& note)
{
    if (!note.starts_with("token "))
        return std::nullopt;
    try {
        return std::stol(note.substr(6));
    } catch (const std::exception&) {
        return std::nullopt;
    }
}

/// A planned week for the sets to point at, stored once before the first round.
inline void storePlan(core::Database& db)
{
    core::WeekPlan week;
    week.weekStart = kWeek;
    core::PlannedSession session;
    session.date = kWeek;
    for (const char* exercise : {"kill-test-a", "kill-test-b", "kill-test-c"}) {
        core::PlannedItem item;
        item.exerciseId = exercise;
        item.pattern = core::Pattern::Squat;
        item.sets = 3;
        item.reps = core::IntRange {8, 12};
        item.reason = core::Reason::verbatim("kill test");
        session.items.push_back(item);
    }
    week.sessions.push_back(session);
    core::PlanRepository(db).saveWeek(week);
}

/// The ids of the planned items storePlan wrote.
inline std::vector<std::int64_t> plannedItems(core::Database& db)
{
    std::vector<std::int64_t> ids;
    if (const auto week = core::PlanRepository(db).loadWeek(kWeek)) {
        for (const auto& session : week->sessions) {
            for (const auto& item : session.items)
                ids.push_back(item.id);
        }
    }
    return ids;
}

} // namespace keel::reliability
