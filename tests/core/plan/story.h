// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/plan/plangenerator.h"
#include "core/plan/progressionengine.h"

#include <set>
#include <string>
#include <vector>

namespace keel::test {

/// One person's weeks for scenario tests: plan, log, review, in order, all in memory over the mini catalog.
class Story {
public:
    static constexpr core::Date kFirst = core::Date::fromDays(20409); // Monday 2025-11-17

    explicit Story(core::Profile profile);

    /// Plans the next week (prepare, generate, check every weekly rule).
    const core::WeekPlan& plan();
    /// Logs the planned sets of `pattern`'s main exercise with these reps (or seconds, or metres), in order.
    void logMain(core::Pattern pattern, const std::vector<int>& amounts, int pain = 1, std::optional<int> rpe = 7);
    void logSet(core::Date date, const core::PlannedItem& item, int amount, int pain, std::optional<int> rpe = 7);
    /// Logs every planned walk in full on the first `days` days.
    void logWalks(int days = 7, int pain = 0);
    void checkIn(core::Date date, int pain);
    /// Reviews the week just planned and moves to the next; returns the review's events.
    std::vector<core::ProgressionEvent> review();

    const core::PlannedItem& main(core::Pattern pattern) const;
    const core::PatternState& state(core::Pattern pattern) const { return m_snapshot.patterns.at(pattern); }
    const core::ProgressionSnapshot& snapshot() const { return m_snapshot; }
    const core::WeekPlan& week() const { return m_week; }
    core::Date weekStart() const { return kFirst.addDays(7L * m_index); }
    std::vector<core::Date> strengthDays() const;

private:
    core::Profile m_profile;
    core::ProgressionEngine m_engine;
    core::ProgressionSnapshot m_snapshot;
    std::vector<core::ProgressionEvent> m_events;
    core::TrainingHistory m_history;
    core::WeekPlan m_week;
    int m_index = 0;
};

/// The event of `pattern` among one review's events (the test fails when there is none).
const core::ProgressionEvent& eventFor(const std::vector<core::ProgressionEvent>& events, core::Pattern pattern);
/// A profile for stories: no recovery weeks, 20 minutes of walking, Tuesday and Friday unless told.
core::Profile storyProfile(core::Experience experience, std::set<std::string, std::less<>> equipment,
    std::vector<core::Weekday> days = {core::Weekday::Tuesday, core::Weekday::Friday});
/// The first non-warm-up item of `pattern` in a session.
const core::PlannedItem& firstOf(const core::PlannedSession& session, core::Pattern pattern);
/// `count` copies of `value`.
std::vector<int> repeat(int value, std::size_t count);

} // namespace keel::test
