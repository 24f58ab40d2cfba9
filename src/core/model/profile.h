// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/vocabulary.h"
#include "core/util/date.h"
#include "core/util/units.h"

#include <functional>
#include <optional>
#include <set>
#include <string>
#include <vector>

namespace keel::core {

/// Limits on the weights a profile may record, in kilograms.
struct WeightLimits {
    static constexpr double kMaxHeaviestKg = 300.0;
    static constexpr double kMinStepKg = 0.25;
    static constexpr double kMaxStepKg = 50.0;
};

/// Who the plan is for and what they have.
struct Profile {
    Experience experience = Experience::Starting;
    int strengthDays = 2; ///< 2 or 3.
    std::vector<Weekday> preferredDays; ///< Sorted, unique; may be more than strengthDays.
    std::set<std::string, std::less<>> equipment; ///< Owned equipment names.
    int minutesPerDay = 40; ///< Time budget on a strength day, 10–240.
    int walkBaselineMinutes = 10; ///< Minutes a day walked now, 0–300.
    Units units = Units::Kg;
    Weekday weekStart = Weekday::Monday;
    int recoveryEvery = 6; ///< Recovery week every Nth week; 0 = off; 0–12.
    int restSeconds = 90; ///< Rest timer default, 10–600.
    /// What the person can load, in kilograms (stored canonically; entered and shown in `units`).
    /// Dumbbells and kettlebells come in multiples of their step up to the heaviest owned; a bar
    /// (barbell or trap bar) is loaded in steps of two of the smallest plates up to everything owned.
    double heaviestDumbbellKg = 20.0;
    double dumbbellStepKg = 2.0;
    double heaviestKettlebellKg = 24.0;
    double kettlebellStepKg = 4.0;
    double heaviestBarKg = 100.0;
    double barStepKg = 2.5;

    bool operator==(const Profile&) const = default;

    /// Sets the weights owned to sensible defaults in `units`: dumbbells every 2 kg to 20 kg
    /// (5 lb to 50 lb), kettlebells every 4 kg to 24 kg (5 lb to 50 lb), a bar every 2.5 kg to
    /// 100 kg (5 lb to 225 lb).
    void setDefaultWeights(Units unit);

    /// A message naming the first field that is out of range, or nullopt when valid.
    std::optional<std::string> validate() const;
};

} // namespace keel::core
