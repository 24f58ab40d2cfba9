// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/catalog/catalog.h"
#include "core/plan/patternprogression.h"
#include "core/plan/profile.h"
#include "core/plan/progressionstate.h"
#include "core/plan/rungselector.h"
#include "core/plan/traininghistory.h"
#include "core/plan/weekplan.h"

#include <vector>

namespace keel::core {

/// A new progression state and the events that explain how it came about.
struct ProgressionUpdate {
    ProgressionSnapshot snapshot;
    std::vector<ProgressionEvent> events;
};

/// Moves each pattern forward, holds it, or steps it back after a week, for stated reasons.
/// Pure: the plan, the logs and past events in, the new state and new events out.
class ProgressionEngine {
public:
    ProgressionEngine(const Catalog& catalog, const Profile& profile);

    /// Reviews of the week starting at `weekStart` are dated the next week's start: the day they take effect.
    static Date reviewDate(Date weekStart) { return weekStart.addDays(7); }
    /// True when `events` hold a review of the week starting at `weekStart` (every review records at
    /// least one non-start event, dated reviewDate(weekStart)).
    static bool isReviewed(Date weekStart, const std::vector<ProgressionEvent>& events);

    /// Gives every pattern without a state its starting rung (and walking its starting minutes), and
    /// moves patterns whose exercise the equipment no longer allows. Events are dated `weekStart`.
    ProgressionUpdate prepare(const ProgressionSnapshot& snapshot, Date weekStart) const;

    /// Reviews the finished `week` against `history` (which may reach back before it, for check-ins and
    /// flare-up exits) and `pastEvents` (for step-backs in the last 14 days). At most one step per pattern.
    ProgressionUpdate review(const ProgressionSnapshot& before, const WeekPlan& week, const TrainingHistory& history,
        const std::vector<ProgressionEvent>& pastEvents) const;

private:
    PatternWeek patternWeek(Pattern pattern, const WeekPlan& week, const TrainingHistory& history) const;
    PatternDecision walkingDecision(
        const PatternState& state, const WeekPlan& week, const TrainingHistory& history, const PainCall& pain) const;

    const Catalog& m_catalog;
    const Profile& m_profile;
    RungSelector m_selector;
    PatternProgression m_patterns;
};

} // namespace keel::core
