// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Unit and small-field readings shared by the CSV format readers.

#include "core/exchange/csvtable.h"
#include "core/exchange/sourcerows.h"
#include "core/model/profile.h"

#include <optional>
#include <string_view>

namespace keel::core {

/// The value when above zero; exports write 0 (or leave blank) for what a set did not use.
std::optional<double> positive(const std::optional<double>& value);
/// "kg", "kgs", "lb", "lbs" (any case) in `column`; ExchangeError naming the value otherwise.
Units weightUnitOf(const CsvRow& row, std::string_view column);
/// Metres per unit for "m", "km", "mi", "miles", "ft" in `column`; a blank means kilometres.
double metresPer(const CsvRow& row, std::string_view column);
/// RPE rounded to a whole number 1–10; nullopt when blank or 0 (not rated).
std::optional<int> rpeOf(const CsvRow& row, std::string_view column);
/// The weight in `column` (0 or blank: none) written in `unit`, as kilograms.
std::optional<double> loadKg(const CsvRow& row, std::string_view column, Units unit);
/// The reps in `column`; 0 or blank: none (a timed or distance set).
std::optional<int> repsOf(const CsvRow& row, std::string_view column);
/// Throws RowSkipped for a set with no weight, reps, time or distance.
void requireContent(const SourceSet& set);

/// Reads every remaining row of `table` with `readRow(row)`, which returns the set; a row that
/// throws RowSkipped is recorded in `file.skipped` with its line instead.
template<typename ReadRow> void readSetRows(CsvTable& table, SourceFile& file, ReadRow readRow)
{
    CsvRecord record;
    while (table.next(record)) {
        const CsvRow row(table, record);
        try {
            SourceSet set = readRow(row);
            requireContent(set);
            file.sets.push_back(std::move(set));
        } catch (const RowSkipped& skipped) {
            file.skipped.push_back({row.line(), skipped.reason});
        }
    }
}

/// "H:MM:SS", "MM:SS" or plain seconds as seconds; nullopt when blank or zero.
std::optional<int> clockSeconds(const CsvRow& row, std::string_view column);

} // namespace keel::core
