// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/model/profile.h"

namespace keel::core {

namespace {

std::optional<std::string> checkWeights(const char* what, double heaviestKg, double stepKg, Units units)
{
    auto shown = [units](double kg) { return LoadUnits::text(kg, units); };
    if (!(stepKg >= WeightLimits::kMinStepKg && stepKg <= WeightLimits::kMaxStepKg))
        return std::string(what) + " step must be between " + shown(WeightLimits::kMinStepKg) + " and "
            + shown(WeightLimits::kMaxStepKg) + ", got " + shown(stepKg);
    if (!(heaviestKg >= stepKg && heaviestKg <= WeightLimits::kMaxHeaviestKg))
        return std::string("heaviest ") + what + " must be between its step (" + shown(stepKg) + ") and "
            + shown(WeightLimits::kMaxHeaviestKg) + ", got " + shown(heaviestKg);
    return std::nullopt;
}

} // namespace

void Profile::setDefaultWeights(Units unit)
{
    const bool pounds = unit == Units::Lb;
    auto kg = [unit](double value) { return LoadUnits::fromDisplay(value, unit); };
    heaviestDumbbellKg = kg(pounds ? 50.0 : 20.0);
    dumbbellStepKg = kg(pounds ? 5.0 : 2.0);
    heaviestKettlebellKg = kg(pounds ? 50.0 : 24.0);
    kettlebellStepKg = kg(pounds ? 5.0 : 4.0);
    heaviestBarKg = kg(pounds ? 225.0 : 100.0);
    barStepKg = kg(pounds ? 5.0 : 2.5);
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
    if (auto problem = checkWeights("dumbbell", heaviestDumbbellKg, dumbbellStepKg, units))
        return problem;
    if (auto problem = checkWeights("kettlebell", heaviestKettlebellKg, kettlebellStepKg, units))
        return problem;
    if (auto problem = checkWeights("bar", heaviestBarKg, barStepKg, units))
        return problem;
    return std::nullopt;
}

} // namespace keel::core
