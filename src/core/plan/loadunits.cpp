// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/plan/loadunits.h"

#include "core/plan/reasontext.h"

#include <cmath>

namespace keel::core {

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
    return ReasonText::number(toDisplay(kg, units));
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
