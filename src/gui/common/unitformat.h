// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/plan/profile.h"

#include <QString>

#include <optional>

namespace keel::gui {

/// Shows canonical quantities (kilograms, metres, seconds) in the units the profile asks for.
/// Storage is always kilograms; only what the user sees and types is converted.
class UnitFormat {
public:
    static constexpr double kPoundsPerKilogram = 2.20462262185;

    explicit UnitFormat(core::Units units = core::Units::Kg)
        : m_units(units)
    { }

    core::Units units() const { return m_units; }
    /// "kg" or "lb".
    QString loadSuffix() const;

    /// A load in display units, rounded to what a person would read off a plate (0.1).
    double toDisplay(double kilograms) const;
    /// A typed display value back to kilograms.
    double fromDisplay(double value) const;

    /// "12.5 kg" / "27.6 lb"; "bodyweight" for nullopt.
    QString load(std::optional<double> kilograms) const;
    /// "40 m" below a kilometre, "1.25 km" above.
    QString distance(double meters) const;
    /// "45 s", "2 min", "1 min 30 s".
    static QString duration(int seconds);
    /// A countdown's "1:05", "0:30": minutes and two-digit seconds.
    static QString clock(int seconds);
    /// Trims a trailing ".0": 12.0 -> "12", 12.5 -> "12.5".
    static QString number(double value, int decimals = 1);

private:
    core::Units m_units;
};

} // namespace keel::gui
