// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/catalog/vocabulary.h"
#include "core/util/date.h"

#include <functional>
#include <optional>
#include <set>
#include <string>
#include <vector>

namespace keel::core {

/// Display units for loads; storage is always kilograms.
enum class Units { Kg, Lb };

std::string_view toString(Units units);
std::optional<Units> parseUnits(std::string_view text);

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

    bool operator==(const Profile&) const = default;

    /// A message naming the first field that is out of range, or nullopt when valid.
    std::optional<std::string> validate() const;
};

} // namespace keel::core
