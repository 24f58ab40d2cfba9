// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/util/units.h"

#include <array>
#include <cmath>
#include <cstdio>

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

std::string trimmedNumber(double value)
{
    std::array<char, 32> buffer {};
    std::snprintf(buffer.data(), buffer.size(), "%.2f", value);
    std::string text(buffer.data());
    text.erase(text.find_last_not_of('0') + 1);
    if (!text.empty() && text.back() == '.')
        text.pop_back();
    return text == "-0" ? "0" : text;
}

double LoadUnits::toDisplay(double kg, Units units)
{
    const double value = units == Units::Lb ? kg / kKgPerLb : kg;
    return std::round(value * 100.0) / 100.0;
}

double LoadUnits::fromDisplay(double value, Units units)
{
    return units == Units::Lb ? value * kKgPerLb : value;
}

std::string LoadUnits::number(double kg, Units units)
{
    return trimmedNumber(toDisplay(kg, units));
}

std::string LoadUnits::text(double kg, Units units)
{
    return number(kg, units) + " " + std::string(suffix(units));
}

std::string_view LoadUnits::suffix(Units units)
{
    return toString(units);
}

} // namespace keel::core
