// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/catalog/exercise.h"
#include "core/model/intrange.h"
#include "core/model/weekplan.h"

#include <optional>

namespace keel::core {

/// What the amount of one set counts.
enum class AmountUnit { Reps, Seconds, Metres, Minutes };

/// A dose taken apart into what every wording of it says, in the order it says it: sets, the
/// amount and its unit, per side, the load, then the minutes beside the amount. keel-cli
/// (PlanText::dose, doseText) and the GUI (PrescriptionText, ExerciseText) word a dose only from
/// this, each in its own language, so they cannot disagree about what is in it.
struct DoseParts {
    std::optional<IntRange> sets; ///< Absent when the dose has no sets (a walk, a timed block).
    std::optional<IntRange> amount; ///< How much of one set, counted in `unit`.
    AmountUnit unit = AmountUnit::Reps;
    bool perSide = false; ///< Set only when there is a set count or an amount to do on each side.
    std::optional<double> loadKg; ///< External load in kilograms; absent for bodyweight and catalog doses.
    std::optional<IntRange> minutes; ///< Time beside an amount: a drill's estimate, a mobility block's share.

    /// A catalog dose: sets and amount as ranges, the minutes a drill takes beside them.
    static DoseParts of(const Dose& dose);
    /// A planned item's prescription: its sets, its first amount (reps, seconds, metres or minutes),
    /// its load, and its minutes when another amount comes first.
    static DoseParts of(const PlannedItem& item);

    bool operator==(const DoseParts&) const = default;
};

} // namespace keel::core
