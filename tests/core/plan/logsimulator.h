// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/traininghistory.h"
#include "core/model/weekplan.h"

#include <cstdint>
#include <random>

namespace keel::test {

/// How a simulated person logs a planned week.
enum class Behaviour {
    Perfect, ///< Every planned set at the top of its range, RPE 7, pain 1; every walk.
    Partial, ///< One strength session skipped, the rest at the working target; four walks.
    Skipped, ///< Nothing logged at all.
    PainSpike, ///< Like Perfect, but one set of one pattern hurts (6–8/10).
    BadMorning, ///< Like Perfect, but the morning after a strength day is 4–6/10 against a baseline of 1/10.
    Grind, ///< Every set at the working target with RPE 9.
};

/// Logs a planned week the way `behaviour` says; `random` picks the details.
core::TrainingHistory simulateWeek(const core::WeekPlan& week, Behaviour behaviour, std::mt19937& random);

/// Appends `more` to `into`.
void append(core::TrainingHistory& into, const core::TrainingHistory& more);

/// Drops everything logged before `date`.
void forgetBefore(core::TrainingHistory& history, core::Date date);

} // namespace keel::test
