// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Unit and small-field readings shared by the CSV format readers.

#include "core/plan/profile.h"

#include <optional>
#include <string_view>

namespace keel::core {

class CsvRow;

/// The value when above zero; exports write 0 (or leave blank) for what a set did not use.
std::optional<double> positive(const std::optional<double>& value);
/// "kg", "kgs", "lb", "lbs" (any case) in `column`; ExchangeError naming the value otherwise.
Units weightUnitOf(const CsvRow& row, std::string_view column);
/// Metres per unit for "m", "km", "mi", "miles", "ft" in `column`; a blank means kilometres.
double metresPer(const CsvRow& row, std::string_view column);
/// RPE rounded to a whole number 1–10; nullopt when blank or 0 (not rated).
std::optional<int> rpeOf(const CsvRow& row, std::string_view column);
/// "H:MM:SS", "MM:SS" or plain seconds as seconds; nullopt when blank or zero.
std::optional<int> clockSeconds(const CsvRow& row, std::string_view column);

} // namespace keel::core
