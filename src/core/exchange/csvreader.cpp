// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/exchange/csvreader.h"

#include "core/exchange/exchangeerror.h"
#include "core/model/phrasecode.h"

#include <array>

namespace keel::core {

CsvReader::CsvReader(std::string_view text, char delimiter)
    : m_text(withoutBom(text))
    , m_delimiter(delimiter)
{ }

std::string_view CsvReader::withoutBom(std::string_view text)
{
    constexpr std::string_view bom = "\xEF\xBB\xBF";
    return text.starts_with(bom) ? text.substr(bom.size()) : text;
}

char CsvReader::detectDelimiter(std::string_view text)
{
    text = withoutBom(text);
    constexpr std::array<char, 3> candidates = {',', ';', '\t'};
    std::array<int, 3> counts = {};
    bool quoted = false;
    for (const char c : text) {
        if (c == '"')
            quoted = !quoted;
        else if (!quoted && (c == '\n' || c == '\r'))
            break;
        for (std::size_t i = 0; i < candidates.size(); ++i) {
            if (!quoted && c == candidates[i])
                ++counts[i];
        }
    }
    std::size_t best = 0;
    for (std::size_t i = 1; i < candidates.size(); ++i) {
        if (counts[i] > counts[best])
            best = i;
    }
    return candidates[best];
}

bool CsvReader::next(CsvRecord& record)
{
    // Blank lines carry no record.
    while (m_pos < m_text.size() && (m_text[m_pos] == '\n' || m_text[m_pos] == '\r')) {
        if (m_text[m_pos] == '\n')
            ++m_line;
        ++m_pos;
    }
    if (m_pos >= m_text.size())
        return false;

    record.line = m_line;
    record.fields.clear();
    const std::size_t start = m_pos;
    std::string field;
    bool quoted = false; // inside a quoted field
    bool wasQuoted = false; // the current field was quoted and its closing quote is behind us
    while (true) {
        if (m_pos - start > kMaxRecordBytes)
            throw ExchangeError(record.line,
                Reason(PhraseCode::ImportRowTooLong, {ReasonArg::count(static_cast<long>(kMaxRecordBytes >> 20))}));
        if (m_pos >= m_text.size()) {
            if (quoted)
                throw ExchangeError(record.line, Reason(PhraseCode::ImportQuoteNotClosed));
            record.fields.push_back(std::move(field));
            return true;
        }
        const char c = m_text[m_pos++];
        if (quoted) {
            if (c == '"') {
                if (m_pos < m_text.size() && m_text[m_pos] == '"') {
                    field += '"';
                    ++m_pos;
                } else {
                    quoted = false;
                    wasQuoted = true;
                }
            } else {
                if (c == '\n')
                    ++m_line;
                field += c;
            }
            continue;
        }
        if (c == m_delimiter) {
            record.fields.push_back(std::move(field));
            field.clear();
            wasQuoted = false;
        } else if (c == '\n' || c == '\r') {
            if (c == '\r' && m_pos < m_text.size() && m_text[m_pos] == '\n')
                ++m_pos;
            ++m_line;
            record.fields.push_back(std::move(field));
            return true;
        } else if (c == '"' && field.empty() && !wasQuoted) {
            quoted = true;
        } else if (wasQuoted) {
            throw ExchangeError(m_line,
                Reason(
                    PhraseCode::ImportTextAfterQuote, {ReasonArg::count(static_cast<long>(record.fields.size() + 1))}));
        } else {
            field += c;
        }
    }
}

} // namespace keel::core
