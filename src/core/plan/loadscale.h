// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/catalog/exercise.h"
#include "core/model/profile.h"
#include "core/model/reason.h"

#include <optional>
#include <string>
#include <vector>

namespace keel::core {

/// The loads a person can actually put on one exercise, in kilograms, lightest first: the one
/// place that knows what is loadable. A dumbbell, kettlebell or bar the profile owns (and the
/// exercise accepts) gives the multiples of its step, in the person's unit, up to the heaviest
/// owned; several accepted weights merge. A load that is no owned weight (a backpack, a cable
/// stack, a sandbag) goes in the catalog's step, in the person's unit. Nothing goes above the
/// exercise's top load or the heaviest weight owned.
class LoadScale {
public:
    LoadScale(const Exercise& exercise, const Profile& profile);

    /// Every loadable load, ascending; empty for a bodyweight exercise.
    const std::vector<double>& loads() const { return m_loads; }
    /// The heaviest loadable load (0 when there is none).
    double top() const { return m_loads.empty() ? 0.0 : m_loads.back(); }
    /// The smallest loadable load above `kg`; nullopt at the ceiling.
    std::optional<double> above(double kg) const;
    /// The largest loadable load below `kg`; nullopt at the lightest.
    std::optional<double> below(double kg) const;
    /// `kg` when loadable, else the heaviest loadable below it, else the lightest there is.
    double fit(double kg) const;
    /// Why top() is the ceiling: "the heaviest dumbbell you own" or "its top load".
    const Reason& ceiling() const { return m_ceiling; }

    /// Loads closer than this are the same load (float noise from unit conversions).
    static constexpr double kToleranceKg = 1e-6;

private:
    std::vector<double> m_loads;
    Reason m_ceiling;
};

} // namespace keel::core
