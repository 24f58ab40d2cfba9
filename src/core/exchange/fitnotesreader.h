// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/exchange/sourcerows.h"

#include <string_view>

namespace keel::core {

class CsvTable;

/// Reads FitNotes' CSV export: the current header with a Weight Unit column (kgs or lbs on every
/// row) or the older one with the unit in the column name (Weight (kgs) / Weight (lbs)); dates
/// only, so one day's rows are one workout; Time as H:MM:SS. Dates are ISO or follow the phone's
/// locale (03/04/2026): the order is taken from ReadOptions, or from a date in the file that only
/// one order can read, or else the file is refused with a question.
class FitNotesReader {
public:
    static bool recognises(const CsvTable& table);
    /// Reads the whole text; ExchangeError (with the line) for a broken file or ambiguous dates.
    static SourceFile read(std::string_view text, const ReadOptions& options);
};

} // namespace keel::core
