// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/catalog/exercisetext.h"

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
    std::string amount;
    switch (dose.kind) {
    case DoseKind::Reps:
        amount = dose.reps ? counted(*dose.reps, "rep", "reps") : "";
        break;
    case DoseKind::Hold:
        amount = dose.seconds ? rangeText(*dose.seconds) + " s hold" : "";
        break;
    case DoseKind::Distance:
        amount = dose.meters ? rangeText(*dose.meters) + " m" : "";
        break;
    case DoseKind::Minutes:
        amount = dose.minutes ? rangeText(*dose.minutes) + " min" : "";
        break;
    }
    if (dose.perSide && !amount.empty())
        amount += " per side";
    std::string text;
    if (dose.sets && dose.kind != DoseKind::Minutes)
        text = counted(*dose.sets, "set", "sets") + (amount.empty() ? "" : " × " + amount);
    else
        text = amount;
    if (dose.minutes && dose.kind != DoseKind::Minutes)
        text += " (about " + rangeText(*dose.minutes) + " min)";
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
