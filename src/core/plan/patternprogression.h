// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/catalog/catalog.h"
#include "core/model/logentries.h"
#include "core/model/profile.h"
#include "core/model/progressionstate.h"
#include "core/model/reason.h"
#include "core/plan/painmonitor.h"
#include "core/plan/rungselector.h"

#include <string>
#include <vector>

namespace keel::core {

/// The outcome for one pattern after a week: what kind of step, the new state, and why.
struct PatternDecision {
    ProgressionKind kind = ProgressionKind::Hold;
    PatternState state;
    Reason reason;
};

/// One strength pattern's week: what was planned and what was logged.
struct PatternWeek {
    const Exercise* planned = nullptr; ///< The main exercise the week planned for the pattern.
    int plannedSets = 0; ///< Over every session of the week.
    std::vector<LoggedSet> sets; ///< Every set logged for the pattern that week, any exercise.
    bool recovery = false;
};

/// The rules for one strength pattern: double progression for reps (one rep at a time up the
/// range, then the smallest load step the person can make), seconds for holds, distance then
/// load for carries, the next rung the kit allows once a load reaches its ceiling (else more
/// sets), a step back on pain. Never more than one step.
class PatternProgression {
public:
    /// RPE above this blocks progression (a set without RPE counts as fine).
    static constexpr int kMaxProgressRpe = 8;

    PatternProgression(const Catalog& catalog, const RungSelector& selector, const Profile& profile);

    /// The decision for a week that was planned and may have been logged.
    PatternDecision decide(const PatternState& state, const PatternWeek& week, const PainCall& pain) const;
    /// One rung or one load step down (or a set fewer on the gentlest rung), with `why` as the reason.
    PatternDecision stepBack(const PatternState& state, const Reason& why) const;

private:
    PatternDecision hold(const PatternState& state, Reason reason) const;
    PatternDecision performance(const Exercise& exercise, const PatternState& state, const PatternWeek& week) const;
    PatternDecision topOfRange(const Exercise& exercise, const PatternState& state, const Reason& why) const;
    PatternDecision pastTheTop(
        const Exercise& exercise, const PatternState& state, const Reason& why, const Reason& ceiling) const;

    const Catalog& m_catalog;
    const RungSelector& m_selector;
    const Profile& m_profile;
};

} // namespace keel::core
