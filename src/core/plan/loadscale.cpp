// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/plan/loadscale.h"

#include "core/model/phrasecode.h"
#include "core/util/units.h"

#include <algorithm>
#include <array>
#include <cmath>

namespace keel::core {

namespace {

/// A weight the profile describes: which equipment names it is, and how it comes.
struct Implement {
    std::string_view name;
    double heaviestKg;
    double stepKg;
};

/// Multiples of `stepKg` up to `heaviestKg`: the weights a person owns are whole steps of the unit they
/// were bought in (5 lb, 10 lb … or 4 kg, 8 kg …), whichever unit the loads are shown in. Counted in
/// kilograms, so a kilogram set shown in pounds keeps its heaviest bell (24 kg, not 20 kg because
/// 6 × 8.82 lb rounds past 52.91 lb).
void addMultiples(std::vector<double>& loads, double heaviestKg, double stepKg)
{
    if (stepKg <= 0.0)
        return;
    const auto count = static_cast<long>(std::floor(heaviestKg / stepKg + 1e-9));
    for (long k = 1; k <= count; ++k)
        loads.push_back(static_cast<double>(k) * stepKg);
}

/// A catalog step in pounds that a person can actually make: the nearest of the usual ones.
double poundStep(double stepKg)
{
    constexpr std::array<double, 8> kUsual = {1.0, 2.0, 2.5, 5.0, 10.0, 20.0, 25.0, 45.0};
    const double pounds = stepKg / LoadUnits::kKgPerLb;
    return *std::min_element(kUsual.begin(), kUsual.end(),
        [pounds](double a, double b) { return std::abs(a - pounds) < std::abs(b - pounds); });
}

} // namespace

LoadScale::LoadScale(const Exercise& exercise, const Profile& profile)
{
    if (exercise.load.kind != LoadKind::External)
        return;
    const std::array<Implement, 4> implements = {{
        {"dumbbell", profile.heaviestDumbbellKg, profile.dumbbellStepKg},
        {"kettlebell", profile.heaviestKettlebellKg, profile.kettlebellStepKg},
        {"barbell", profile.heaviestBarKg, profile.barStepKg},
        {"trap_bar", profile.heaviestBarKg, profile.barStepKg},
    }};
    std::vector<std::string> used;
    double heaviestOwned = 0.0;
    for (const Implement& implement : implements) {
        const bool accepted
            = std::any_of(exercise.equipment.begin(), exercise.equipment.end(), [&](const EquipmentChoice& choice) {
                  return std::find(choice.begin(), choice.end(), implement.name) != choice.end();
              });
        if (!accepted || !profile.equipment.contains(implement.name))
            continue;
        addMultiples(m_loads, implement.heaviestKg, implement.stepKg);
        heaviestOwned = std::max(heaviestOwned, implement.heaviestKg);
        used.emplace_back(implement.name == "trap_bar" ? "bar" : implement.name);
    }
    const std::optional<double> topKg = exercise.load.topKg;
    if (used.empty()) {
        // Not an owned weight: the catalog's step from the start load, in whole steps of the person's unit.
        const double step = profile.units == Units::Lb ? poundStep(exercise.load.stepKg)
                                                       : LoadUnits::toDisplay(exercise.load.stepKg, Units::Kg);
        const double start
            = std::max(step, std::round(LoadUnits::toDisplay(exercise.load.startKg, profile.units) / step) * step);
        const double top = topKg ? LoadUnits::toDisplay(*topKg, profile.units) : start;
        for (double value = start; value <= top + 1e-9; value += step)
            m_loads.push_back(LoadUnits::fromDisplay(std::round(value * 100.0) / 100.0, profile.units));
        m_ceiling = Reason(
            topKg ? PhraseCode::TopLoadFor : PhraseCode::NoTopLoad, {ReasonArg::exercise(exercise.id, exercise.name)});
        return;
    }
    std::sort(m_loads.begin(), m_loads.end());
    m_loads.erase(
        std::unique(m_loads.begin(), m_loads.end(), [](double a, double b) { return std::abs(a - b) < kToleranceKg; }),
        m_loads.end());
    if (topKg && *topKg + kToleranceKg < heaviestOwned) {
        // Keep at least the lightest weight, even when it is above a very low top load.
        const auto past = std::upper_bound(m_loads.begin(), m_loads.end(), *topKg + kToleranceKg);
        m_loads.erase(std::max(past, m_loads.begin() + 1), m_loads.end());
        m_ceiling = Reason(PhraseCode::TopLoadFor, {ReasonArg::exercise(exercise.id, exercise.name)});
    } else {
        m_ceiling = Reason(PhraseCode::HeaviestOwned, {ReasonArg::implements(used)});
    }
}

std::optional<double> LoadScale::above(double kg) const
{
    const auto next = std::upper_bound(m_loads.begin(), m_loads.end(), kg + kToleranceKg);
    return next == m_loads.end() ? std::nullopt : std::optional(*next);
}

std::optional<double> LoadScale::below(double kg) const
{
    const auto first = std::lower_bound(m_loads.begin(), m_loads.end(), kg - kToleranceKg);
    return first == m_loads.begin() ? std::nullopt : std::optional(*std::prev(first));
}

double LoadScale::fit(double kg) const
{
    if (m_loads.empty())
        return kg;
    const auto past = std::upper_bound(m_loads.begin(), m_loads.end(), kg + kToleranceKg);
    return past == m_loads.begin() ? m_loads.front() : *std::prev(past);
}

} // namespace keel::core
