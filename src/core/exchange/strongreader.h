// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/exchange/sourcerows.h"

#include <string_view>

namespace keel::core {

class CsvTable;

/// Reads Strong's CSV exports in each dialect: comma-separated without unit columns (weights in
/// the user's unit, zeros for unused distance and seconds), semicolon-separated with Weight Unit /
/// Distance Unit columns with or without a trailing Workout Duration (blanks for unused fields).
/// Set Order may be a number or W (warm-up), D (drop set), F (to failure).
class StrongReader {
public:
    /// True when the header is Strong's.
    static bool recognises(const CsvTable& table);
    /// Reads the whole text; ExchangeError (with the line) for a broken file.
    static SourceFile read(std::string_view text, const ReadOptions& options);
};

} // namespace keel::core
