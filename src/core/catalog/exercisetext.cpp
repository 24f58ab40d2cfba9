// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/catalog/exercisetext.h"

#include "core/catalog/doseparts.h"

#include <cmath>
#include <nlohmann/json.hpp>

namespace keel::core {

namespace {

std::string counted(const IntRange& range, const std::string& singular, const std::string& plural)
{
    return rangeText(range) + " " + (range.max == 1 ? singular : plural);
}

// Whole numbers without a decimal point, others in the shortest form that reads back the same.
std::string kilograms(double value)
{
    const double whole = std::round(value);
    if (whole == value && std::abs(value) < 1e9)
        return std::to_string(static_cast<long long>(whole)) + " kg";
    return nlohmann::json(value).dump() + " kg";
}

} // namespace

std::string rangeText(const IntRange& range)
{
    if (range.min == range.max)
        return std::to_string(range.min);
    return std::to_string(range.min) + "–" + std::to_string(range.max);
}

std::string doseText(const Dose& dose)
{
    const DoseParts parts = DoseParts::of(dose);
    std::string amount;
    if (parts.amount) {
        switch (parts.unit) {
        case AmountUnit::Reps:
            amount = counted(*parts.amount, "rep", "reps");
            break;
        case AmountUnit::Seconds:
            amount = rangeText(*parts.amount) + " s hold";
            break;
        case AmountUnit::Metres:
            amount = rangeText(*parts.amount) + " m";
            break;
        case AmountUnit::Minutes:
            amount = rangeText(*parts.amount) + " min";
            break;
        }
    }
    if (parts.perSide)
        amount += " per side";
    std::string text = amount;
    if (parts.sets)
        text = counted(*parts.sets, "set", "sets") + (amount.empty() ? "" : " × " + amount);
    if (parts.minutes)
        text += " (about " + rangeText(*parts.minutes) + " min)";
    return text;
}

std::string loadText(const Load& load)
{
    if (load.kind == LoadKind::Bodyweight)
        return "bodyweight";
    return "external: start " + kilograms(load.startKg) + ", add " + kilograms(load.stepKg) + " per step"
        + (load.topKg ? ", top " + kilograms(*load.topKg) : std::string());
}

} // namespace keel::core
