// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/catalog/exercise.h"
#include "core/model/profile.h"
#include "core/model/progressionstate.h"
#include "core/model/weekplan.h"

namespace keel::core {

/// Turns a rung and its working state into numbers: the state a pattern starts with on a
/// rung, and the planned item a state prescribes.
class Prescription {
public:
    /// The state for a first week on `exercise`: the bottom of each range, the starting load,
    /// and `sets` clamped into the exercise's set range.
    static PatternState fresh(const Exercise& exercise, int sets);
    /// Sets for a new pattern: the low end of the range, the high end for building and experienced users.
    static int startingSets(const Exercise& exercise, Experience experience);
    /// `state` with every value brought inside the exercise's ranges (the catalog may have changed);
    /// sets may sit below the range (a step back on the gentlest rung) but not below one.
    static PatternState clamped(const Exercise& exercise, PatternState state);
    /// `state` with its load brought onto what `profile` can load for `exercise` (LoadScale::fit): never
    /// above the heaviest weight owned or the exercise's top load.
    static PatternState fitted(const Exercise& exercise, PatternState state, const Profile& profile);
    /// fresh(), with the starting load fitted to what `profile` can load.
    static PatternState fresh(const Exercise& exercise, int sets, const Profile& profile);
    /// The planned item for `state` on `exercise`, without a reason.
    static PlannedItem item(const Exercise& exercise, const PatternState& state);
    /// A fixed dose (the bottom of each range) for extras with no state of their own.
    static PlannedItem basic(const Exercise& exercise);
    /// The step to add to a carry's distance: a quarter of its range in whole 5 m, at least 5 m.
    static int distanceStep(const IntRange& meters);
    /// Seconds added to a hold in one step.
    static constexpr int kHoldStepSeconds = 5;
};

} // namespace keel::core
