// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/plan/profile.h"

namespace keel::core {

std::string_view toString(Units units)
{
    return units == Units::Kg ? "kg" : "lb";
}

std::optional<Units> parseUnits(std::string_view text)
{
    if (text == "kg")
        return Units::Kg;
    if (text == "lb")
        return Units::Lb;
    return std::nullopt;
}

std::optional<std::string> Profile::validate() const
{
    if (strengthDays < 2 || strengthDays > 3)
        return "strength days must be 2 or 3, got " + std::to_string(strengthDays);
    if (minutesPerDay < 10 || minutesPerDay > 240)
        return "minutes per day must be between 10 and 240, got " + std::to_string(minutesPerDay);
    if (walkBaselineMinutes < 0 || walkBaselineMinutes > 300)
        return "walking baseline must be between 0 and 300 minutes, got " + std::to_string(walkBaselineMinutes);
    if (recoveryEvery < 0 || recoveryEvery > 12)
        return "recovery week interval must be between 0 (off) and 12, got " + std::to_string(recoveryEvery);
    if (restSeconds < 10 || restSeconds > 600)
        return "rest timer must be between 10 and 600 seconds, got " + std::to_string(restSeconds);
    for (const std::string& item : equipment) {
        if (!isKnownEquipment(item))
            return "unknown equipment \"" + item + "\"";
    }
    return std::nullopt;
}

} // namespace keel::core
