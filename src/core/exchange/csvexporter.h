// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/logentries.h"

#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace keel::core {

/// The logbook as one CSV file a spreadsheet opens (columns in README's "CSV export"): UTF-8
/// with a byte order mark, comma-separated, CRLF line ends, RFC 4180 quoting, units in the header,
/// and every text cell that a spreadsheet could take for a formula escaped with a leading quote.
class CsvExporter {
public:
    /// The header row's cells, in order.
    static const std::vector<std::string_view>& columns();
    /// The whole file: sets, then walks, then check-ins, each by date. `exerciseName` gives the
    /// name shown beside an exercise id.
    static std::string write(const std::vector<LoggedSet>& sets, const std::vector<WalkEntry>& walks,
        const std::vector<CheckIn>& checkIns, const std::function<std::string(const std::string&)>& exerciseName);
    /// One cell: a text starting with =, +, -, @, tab or carriage return gets a leading ', then
    /// the cell is quoted when it holds a comma, a quote or a line break.
    static std::string cell(std::string_view text);
    /// A number as the shortest text that reads back as the same double.
    static std::string number(double value);
};

} // namespace keel::core
