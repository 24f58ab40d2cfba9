// SPDX-License-Identifier: GPL-3.0-or-later
// ProgressReport's consistency calendar: which days of which weeks held training, and the streaks.
#include "core/report/chartbuilding.h"
#include "core/report/progressreport.h"
#include "core/report/progressreportdata.h"
#include "core/store/importrepository.h"
#include "core/store/logrepository.h"
#include "core/store/progressionrepository.h"
#include "core/store/statsrepository.h"
#include "core/util/translatable.h"
#include "core/util/units.h"

#include <algorithm>
#include <bit>
#include <charconv>
#include <cmath>
#include <cstdio>
#include <map>
#include <set>
#include <tuple>
#include <unordered_map>

namespace keel::core {

using namespace chartbuilding;

ConsistencyReport ProgressReport::buildConsistency(int weeks, const Data& data)
{
    enum : unsigned { kStrength = 1U, kMobility = 2U, kWalk = 4U };
    ConsistencyReport report;
    const Date thisWeek = m_today.startOfWeek(m_settings.weekStart);
    const Date first = thisWeek.addDays(-7L * (weeks - 1));
    const Date last = thisWeek.addDays(6);
    const auto dayIndex = [&](Date date) -> std::optional<std::size_t> {
        if (date < first || date > last)
            return std::nullopt;
        return static_cast<std::size_t>(first.daysUntil(date));
    };
    const std::size_t dayCount = static_cast<std::size_t>(weeks) * 7;
    std::vector<unsigned> plannedKinds(dayCount, 0U);
    std::vector<unsigned> doneKinds(dayCount, 0U);
    for (const PlannedItemStats& item : data.planned) {
        const auto index = dayIndex(item.date);
        if (!index)
            continue;
        unsigned kinds = item.sessionKind == SessionKind::Strength ? kStrength
            : item.sessionKind == SessionKind::Mobility            ? kMobility
                                                                   : kWalk;
        // A walk or a mobility block may sit inside a strength session: it is still its own kind that day.
        if (item.pattern == Pattern::Mobility && !item.warmUp)
            kinds |= kMobility;
        if (item.pattern == Pattern::Walking)
            kinds |= kWalk;
        plannedKinds[*index] |= kinds;
    }
    for (const ExerciseDayStats& row : data.exerciseDays) {
        const auto index = dayIndex(row.date);
        const Exercise* exercise = index ? m_catalog.find(row.exerciseId) : nullptr;
        if (!exercise)
            continue;
        doneKinds[*index] |= isStrength(exercise->pattern) ? kStrength
            : exercise->pattern == Pattern::Mobility       ? kMobility
                                                           : kWalk;
    }
    for (const WalkDayStats& day : data.walkDays) {
        if (const auto index = dayIndex(day.date))
            doneKinds[*index] |= kWalk;
    }

    // Streaks are counted over the weeks shown, from what was read for them: strength days
    // planned and done, week by week. Nothing older is read, so the cost follows the range.
    struct WeekTally {
        bool hasPlan = false;
        int planned = 0;
        int done = 0;
    };
    std::map<Date, WeekTally> tallies;
    std::set<std::pair<Date, SessionKind>> sessionDays;
    for (const PlannedItemStats& item : data.planned) {
        if (item.date < first || item.date > last || !sessionDays.emplace(item.date, item.sessionKind).second)
            continue;
        WeekTally& tally = tallies[item.date.startOfWeek(m_settings.weekStart)];
        tally.hasPlan = true;
        if (item.sessionKind == SessionKind::Strength)
            ++tally.planned;
    }
    std::optional<Date> lastStrengthDay;
    for (const ExerciseDayStats& row : data.exerciseDays) {
        if (row.date < first || row.date > m_today || row.date == lastStrengthDay)
            continue;
        const Exercise* exercise = m_catalog.find(row.exerciseId);
        if (!exercise || !isStrength(exercise->pattern))
            continue;
        lastStrengthDay = row.date;
        ++tallies[row.date.startOfWeek(m_settings.weekStart)].done;
    }
    // Weeks before anything was planned or logged ask for nothing: find where that was, by index.
    std::optional<Date> firstWeek = tallies.empty() ? std::nullopt : std::optional(tallies.begin()->first);
    std::vector<std::string> strengthIds;
    for (const Exercise& exercise : m_catalog.exercises()) {
        if (isStrength(exercise.pattern))
            strengthIds.push_back(exercise.id);
    }
    const bool earlier = StatsRepository(m_db).planOrSetsBefore(strengthIds, first);
    if (earlier)
        firstWeek = first.addDays(-7);
    const auto tallyOf = [&](Date weekStart) {
        const auto found = tallies.find(weekStart);
        return found == tallies.end() ? WeekTally {} : found->second;
    };
    // Later weeks without a stored plan ask for the profile's strength days.
    const auto required = [&](Date weekStart, const WeekTally& tally) {
        if (!firstWeek || weekStart < *firstWeek)
            return 0;
        return tally.hasPlan ? tally.planned : m_settings.strengthDays;
    };
    enum class WeekState { Kept, Broken, Neutral };
    const auto stateOf = [&](Date weekStart) {
        const WeekTally tally = tallyOf(weekStart);
        const int asked = required(weekStart, tally);
        if (asked == 0)
            return WeekState::Neutral;
        if (tally.done >= asked)
            return WeekState::Kept;
        return weekStart == thisWeek ? WeekState::Neutral : WeekState::Broken;
    };
    int run = 0;
    bool broken = false;
    for (Date weekStart = first; weekStart <= thisWeek; weekStart = weekStart.addDays(7)) {
        switch (stateOf(weekStart)) {
        case WeekState::Kept:
            report.bestStreak = std::max(report.bestStreak, ++run);
            break;
        case WeekState::Broken:
            run = 0;
            broken = true;
            break;
        case WeekState::Neutral:
            break;
        }
    }
    report.currentStreak = run;
    report.streakMayBeLonger = earlier && !broken && run > 0;

    bool anything = false;
    for (int week = 0; week < weeks; ++week) {
        ConsistencyWeek entry;
        entry.weekStart = first.addDays(7L * week);
        const WeekTally tally = tallyOf(entry.weekStart);
        entry.strengthPlanned = required(entry.weekStart, tally);
        entry.strengthDone = tally.done;
        entry.kept = stateOf(entry.weekStart) == WeekState::Kept;
        for (int day = 0; day < 7; ++day) {
            const std::size_t index = static_cast<std::size_t>(week * 7 + day);
            ConsistencyDay cell;
            cell.date = entry.weekStart.addDays(day);
            cell.planned = std::popcount(plannedKinds[index]);
            cell.done = std::popcount(doneKinds[index]);
            cell.plannedDone = std::popcount(plannedKinds[index] & doneKinds[index]);
            cell.future = cell.date > m_today;
            anything = anything || cell.planned > 0 || cell.done > 0;
            entry.days.push_back(cell);
        }
        report.weeks.push_back(std::move(entry));
    }
    if (!anything)
        report.emptyMessage
            = KEEL_TRANSLATE_NOOP("Report", "Generate a plan and log a week to see how consistent you are.");
    return report;
}

} // namespace keel::core
