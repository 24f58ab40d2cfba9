// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace keel::core {

/// One CSV record and the line it starts on (1-based, counting embedded newlines).
struct CsvRecord {
    std::size_t line = 0;
    std::vector<std::string> fields;
};

/// Reads RFC 4180 CSV with any one-character delimiter: quoted fields with doubled quotes,
/// newlines inside quotes, LF or CRLF line ends. Blank lines are skipped. Throws ExchangeError
/// naming the line for a quote never closed (a file cut short), text after a closing quote, or a
/// record longer than kMaxRecordBytes (a file that is not CSV at all).
class CsvReader {
public:
    static constexpr std::size_t kMaxRecordBytes = 1 << 20;

    /// `text` must outlive the reader; a UTF-8 byte order mark at its start is skipped.
    CsvReader(std::string_view text, char delimiter);

    /// Reads the next record into `record`; false at the end of the text.
    bool next(CsvRecord& record);

    /// The delimiter a header line uses: the one of ',', ';' and tab found most often outside quotes.
    static char detectDelimiter(std::string_view text);
    /// The text without a leading UTF-8 byte order mark.
    static std::string_view withoutBom(std::string_view text);

private:
    std::string_view m_text;
    std::size_t m_pos = 0;
    std::size_t m_line = 1;
    char m_delimiter;
};

} // namespace keel::core
