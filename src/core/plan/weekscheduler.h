// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/profile.h"
#include "core/model/reason.h"

#include <optional>
#include <string>
#include <vector>

namespace keel::core {

/// Which days of a week carry strength, and what the week has to say about the choice.
struct StrengthDays {
    std::vector<Date> dates; ///< In date order.
    std::vector<Date> added; ///< Days taken from outside the preferred ones (too few were preferred).
    bool backToBack = false; ///< Two strength days in a row could not be avoided.
    std::vector<Reason> notes; ///< Why the days are what they are, when it is not the plain case.
};

/// Spreads the strength days over the preferred weekdays so that no two follow each other
/// whenever the preferred days allow it.
class WeekScheduler {
public:
    /// The strength days of the week that starts on `weekStart`. `previousLast`, the last strength day of the
    /// week before, keeps the first day off the day after it when the preferred days allow.
    static StrengthDays choose(const Profile& profile, Date weekStart, std::optional<Date> previousLast = std::nullopt);
    /// The strength days of the rest of a week planned from `from` on (a first run or a profile change
    /// mid-week), given the strength sessions the week already held before it (`held`): the profile's
    /// number less those held, and no more than its share of the days left (rounded up), spread like a
    /// whole week and kept off the day next to a held one where possible. Only dates from `from` on.
    static StrengthDays chooseRest(const Profile& profile, Date weekStart, Date from, const std::vector<Date>& held,
        std::optional<Date> previousLast = std::nullopt);
};

} // namespace keel::core
