// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/profile.h"

#include <QString>

#include <optional>

namespace keel::gui {

/// Shows canonical quantities (kilograms, metres, seconds) in the units the profile asks for.
/// Storage is always kilograms; only what the user sees and types is converted.
class UnitFormat {
public:
    explicit UnitFormat(core::Units units = core::Units::Kg)
        : m_units(units)
    { }

    core::Units units() const { return m_units; }
    /// "kg" or "lb".
    QString loadSuffix() const;

    /// A load in display units, rounded as everywhere (core::LoadUnits: to the hundredth).
    double toDisplay(double kilograms) const;
    /// A typed display value back to kilograms.
    double fromDisplay(double value) const;

    /// "12.5 kg" / "25 lb" with the core's rounding; "bodyweight" for nullopt.
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
