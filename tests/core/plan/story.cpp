// SPDX-License-Identifier: GPL-3.0-or-later
#include "story.h"

#include "core/plan/weekrules.h"

#include "minicatalog.h"

#include <algorithm>
#include <catch2/catch.hpp>

namespace keel::test {

using namespace keel::core;

Story::Story(Profile profile)
    : m_profile(std::move(profile))
    , m_engine(miniCatalog(), m_profile)
{ }

const WeekPlan& Story::plan()
{
    const ProgressionUpdate prepared = m_engine.prepare(m_snapshot, weekStart());
    m_snapshot = prepared.snapshot;
    m_events.insert(m_events.end(), prepared.events.begin(), prepared.events.end());
    m_week = PlanGenerator(miniCatalog()).generate({m_profile, m_snapshot, m_events, weekStart(), 5, m_index});
    for (const RuleViolation& violation : WeekRules::check(m_week, {m_profile, miniCatalog(), &m_snapshot}))
        FAIL_CHECK(violation.toString());
    return m_week;
}

void Story::logMain(Pattern pattern, const std::vector<int>& amounts, int pain, std::optional<int> rpe)
{
    std::size_t next = 0;
    for (const PlannedSession& session : m_week.sessions) {
        const auto main = std::find_if(session.items.begin(), session.items.end(),
            [pattern](const PlannedItem& item) { return !item.warmUp && item.pattern == pattern; });
        if (main == session.items.end())
            continue;
        for (int set = 0; set < main->sets && next < amounts.size(); ++set, ++next)
            logSet(session.date, *main, amounts[next], pain, rpe);
    }
}

void Story::logSet(Date date, const PlannedItem& item, int amount, int pain, std::optional<int> rpe)
{
    LoggedSet set;
    set.date = date;
    set.exerciseId = item.exerciseId;
    if (item.reps)
        set.reps = amount;
    else if (item.seconds)
        set.seconds = amount;
    else if (item.meters)
        set.meters = amount;
    set.loadKg = item.loadKg;
    set.rpe = rpe;
    set.pain = pain;
    m_history.sets.push_back(set);
}

void Story::logWalks(int days, int pain)
{
    for (const PlannedSession& session : m_week.sessions) {
        if (session.kind != SessionKind::Walk || weekStart().daysUntil(session.date) >= days)
            continue;
        for (const PlannedItem& item : session.items)
            m_history.walks.push_back({0, session.date, item.minutes->min, std::nullopt, pain, "", std::nullopt});
    }
}

void Story::checkIn(Date date, int pain)
{
    m_history.checkIns.push_back({date, pain});
}

std::vector<ProgressionEvent> Story::review()
{
    const ProgressionUpdate update = m_engine.review(
        m_snapshot, m_week, m_history, m_events, PlanGenerator::isRecoveryWeek(m_index + 1, m_profile.recoveryEvery));
    m_snapshot = update.snapshot;
    m_events.insert(m_events.end(), update.events.begin(), update.events.end());
    ++m_index;
    return update.events;
}

const PlannedItem& Story::main(Pattern pattern) const
{
    for (const PlannedSession& session : m_week.sessions) {
        for (const PlannedItem& item : session.items) {
            if (!item.warmUp && item.pattern == pattern)
                return item;
        }
    }
    FAIL("no " << toString(pattern) << " planned");
    throw std::logic_error("unreachable");
}

std::vector<Date> Story::strengthDays() const
{
    std::vector<Date> days;
    for (const PlannedSession& session : m_week.sessions) {
        if (session.kind == SessionKind::Strength)
            days.push_back(session.date);
    }
    return days;
}

const ProgressionEvent& eventFor(const std::vector<ProgressionEvent>& events, Pattern pattern)
{
    const auto found = std::find_if(
        events.begin(), events.end(), [pattern](const ProgressionEvent& event) { return event.pattern == pattern; });
    REQUIRE(found != events.end());
    return *found;
}

Profile storyProfile(Experience experience, std::set<std::string, std::less<>> equipment, std::vector<Weekday> days)
{
    Profile result;
    result.experience = experience;
    result.equipment = std::move(equipment);
    result.preferredDays = std::move(days);
    result.recoveryEvery = 0;
    result.walkBaselineMinutes = 20;
    return result;
}

const PlannedItem& firstOf(const PlannedSession& session, Pattern pattern)
{
    const auto found = std::find_if(session.items.begin(), session.items.end(),
        [pattern](const PlannedItem& item) { return !item.warmUp && item.pattern == pattern; });
    REQUIRE(found != session.items.end());
    return *found;
}

std::vector<int> repeat(int value, std::size_t count)
{
    return std::vector<int>(count, value);
}

} // namespace keel::test
