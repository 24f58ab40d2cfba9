// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/exchange/csvreader.h"
#include "core/model/reason.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace keel::core {

/// A CSV file with a header: the delimiter found from the header, column lookup by name, and
/// rows that must have as many fields as the header (a short last row means a file cut short).
class CsvTable {
public:
    /// Reads the header; ExchangeError when the text is empty or unreadable.
    explicit CsvTable(std::string_view text);

    char delimiter() const { return m_delimiter; }
    const std::vector<std::string>& header() const { return m_header; }
    std::size_t headerLine() const { return m_headerLine; }
    /// The index of a column, matched without regard to case or surrounding spaces.
    std::optional<std::size_t> column(std::string_view name) const;
    /// True when every named column is there.
    bool hasColumns(std::initializer_list<std::string_view> names) const;
    /// Reads the next row; ExchangeError when its field count differs from the header's.
    bool next(CsvRecord& record);

private:
    CsvReader m_reader;
    char m_delimiter;
    std::vector<std::string> m_header;
    std::vector<std::string> m_lowered; ///< The header in lower case, for lookups on every field.
    std::size_t m_headerLine = 1;
};

/// Thrown inside a format reader for a row that reads but holds nothing Keel can store; the
/// reader records it as skipped with this reason and goes on.
struct RowSkipped {
    Reason reason;
};

/// Typed access to one row's fields by column name. Every failure names the line, the column and
/// the value (ExchangeError): a number that does not read or does not fit is a broken file.
class CsvRow {
public:
    CsvRow(const CsvTable& table, const CsvRecord& record);

    std::size_t line() const { return m_record.line; }
    /// The field's text, trimmed; empty when the column is absent.
    std::string text(std::string_view column) const;
    /// A decimal (a comma may stand for the point when the file is not comma-separated); nullopt
    /// for a blank field or an absent column.
    std::optional<double> number(std::string_view column) const;
    /// A count (reps, seconds) written as a whole number, possibly as "20.0"; nullopt when blank.
    /// A fraction skips the row (RowSkipped).
    std::optional<int> count(std::string_view column) const;
    /// Throws ExchangeError for this row about `column`.
    [[noreturn]] void fail(std::string_view column, const Reason& reason) const;

private:
    const CsvTable& m_table;
    const CsvRecord& m_record;
};

/// Trims ASCII spaces and tabs from both ends.
std::string trimmed(std::string_view text);
/// ASCII lower case.
std::string lowered(std::string_view text);

} // namespace keel::core
