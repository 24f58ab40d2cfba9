// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace keel::core {

/// Display units for loads; storage is always kilograms.
enum class Units { Kg, Lb };

std::string_view toString(Units units);
std::optional<Units> parseUnits(std::string_view text);

/// A number rounded to the hundredth and written without trailing zeros: 2, 2.5, 1.25.
std::string trimmedNumber(double value);

/// The one home for turning stored kilograms into what a person reads and types, in kg or lb.
/// Every front end (plan text, Today, History, charts, keel-cli) shows loads through it, so a
/// load reads the same everywhere: the display value is rounded to the hundredth of its unit and
/// written without trailing zeros. Prescribed loads are exact multiples of what the person can
/// load (see LoadScale), so they always read as whole steps: 25 lb, 41.25 kg.
class LoadUnits {
public:
    /// The international pound, exactly.
    static constexpr double kKgPerLb = 0.45359237;

    /// `kg` in `units`, rounded to the hundredth.
    static double toDisplay(double kg, Units units);
    /// A value in `units` back to kilograms (exact; no rounding).
    static double fromDisplay(double value, Units units);
    /// The display value without its unit: "25", "41.25", "26.46".
    static std::string number(double kg, Units units);
    /// The display value with its unit: "25 lb", "41.25 kg".
    static std::string text(double kg, Units units);
    /// "kg" or "lb".
    static std::string_view suffix(Units units);
};

} // namespace keel::core
