// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/exchange/csvtable.h"

#include "core/exchange/exchangeerror.h"
#include "core/model/phrasecode.h"

#include <algorithm>
#include <charconv>
#include <cmath>

namespace keel::core {

std::string trimmed(std::string_view text)
{
    const auto first = text.find_first_not_of(" \t");
    if (first == std::string_view::npos)
        return {};
    const auto last = text.find_last_not_of(" \t");
    return std::string(text.substr(first, last - first + 1));
}

std::string lowered(std::string_view text)
{
    std::string result(text);
    std::transform(result.begin(), result.end(), result.begin(),
        [](char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; });
    return result;
}

CsvTable::CsvTable(std::string_view text)
    : m_reader(text, CsvReader::detectDelimiter(text))
    , m_delimiter(CsvReader::detectDelimiter(text))
{
    CsvRecord record;
    if (!m_reader.next(record))
        throw ExchangeError(0, Reason(PhraseCode::ImportFileEmpty));
    m_headerLine = record.line;
    for (const std::string& name : record.fields) {
        m_header.push_back(trimmed(name));
        m_lowered.push_back(lowered(m_header.back()));
    }
}

std::optional<std::size_t> CsvTable::column(std::string_view name) const
{
    const std::string wanted = lowered(name);
    for (std::size_t i = 0; i < m_lowered.size(); ++i) {
        if (m_lowered[i] == wanted)
            return i;
    }
    return std::nullopt;
}

bool CsvTable::hasColumns(std::initializer_list<std::string_view> names) const
{
    return std::all_of(names.begin(), names.end(), [&](std::string_view name) { return column(name).has_value(); });
}

bool CsvTable::next(CsvRecord& record)
{
    if (!m_reader.next(record))
        return false;
    if (record.fields.size() != m_header.size()) {
        throw ExchangeError(record.line,
            Reason(PhraseCode::ImportFieldCount,
                {ReasonArg::count(static_cast<long>(record.fields.size())),
                    ReasonArg::count(static_cast<long>(m_header.size()))}));
    }
    return true;
}

CsvRow::CsvRow(const CsvTable& table, const CsvRecord& record)
    : m_table(table)
    , m_record(record)
{ }

std::string CsvRow::text(std::string_view column) const
{
    const auto index = m_table.column(column);
    return index ? trimmed(m_record.fields[*index]) : std::string();
}

std::optional<double> CsvRow::number(std::string_view column) const
{
    std::string value = text(column);
    if (value.empty())
        return std::nullopt;
    if (m_table.delimiter() != ',')
        std::replace(value.begin(), value.end(), ',', '.');
    const char first = value.front();
    if (!(first == '-' || first == '.' || (first >= '0' && first <= '9')))
        fail(column, Reason(PhraseCode::ImportNotANumber, {ReasonArg::words(value)}));
    double result = 0.0;
    const auto [end, error] = std::from_chars(value.data(), value.data() + value.size(), result);
    if (error == std::errc::result_out_of_range)
        fail(column, Reason(PhraseCode::ImportOutOfRange, {ReasonArg::words(value)}));
    if (error != std::errc() || end != value.data() + value.size() || !std::isfinite(result))
        fail(column, Reason(PhraseCode::ImportNotANumber, {ReasonArg::words(value)}));
    return result;
}

std::optional<int> CsvRow::count(std::string_view column) const
{
    const auto value = number(column);
    if (!value)
        return std::nullopt;
    if (std::floor(*value) != *value || std::fabs(*value) > 1e9)
        throw RowSkipped {Reason(
            PhraseCode::ImportNotWhole, {ReasonArg::words(std::string(column)), ReasonArg::words(text(column))})};
    return static_cast<int>(*value);
}

void CsvRow::fail(std::string_view column, const Reason& reason) const
{
    throw ExchangeError(
        m_record.line, Reason(PhraseCode::ImportInColumn, {ReasonArg::words(std::string(column)), reason.asArg()}));
}

} // namespace keel::core
