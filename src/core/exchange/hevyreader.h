// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/exchange/sourcerows.h"

#include <string_view>

namespace keel::core {

class CsvTable;

/// Reads Hevy's CSV export: quoted headers, the weight unit in the column name (weight_kg or
/// weight_lbs, distance_km or distance_miles), dates like "7 Apr 2026, 10:14", set_type
/// normal / warmup / failure / dropset.
class HevyReader {
public:
    static bool recognises(const CsvTable& table);
    /// Reads the whole text; ExchangeError (with the line) for a broken file.
    static SourceFile read(std::string_view text);
    /// The date of "7 Apr 2026, 10:14" (English month abbreviation or name); nullopt otherwise.
    static std::optional<Date> parseDate(std::string_view text);
};

} // namespace keel::core
