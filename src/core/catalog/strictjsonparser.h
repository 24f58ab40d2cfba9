// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <nlohmann/json.hpp>
#include <string>
#include <string_view>
#include <vector>

namespace keel::core {

/// A problem found while parsing: a syntax error (line and column set) or a structural one
/// such as a repeated key or too deep nesting (JSON pointer set).
struct JsonProblem {
    int line = 0; ///< 1-based; 0 when the problem is located by `pointer`.
    int column = 0; ///< 1-based, counted in characters.
    std::string pointer; ///< JSON pointer to the offending value or key.
    std::string message;
};

/// What StrictJsonParser produced.
struct StrictJsonResult {
    nlohmann::json value; ///< The document; when not `complete`, the part read before the parser stopped.
    bool complete = false; ///< The whole text was read (problems may still include duplicate keys).
    std::vector<JsonProblem> problems;
};

/// A JSON parser stricter than nlohmann's defaults: it reports repeated keys (which nlohmann
/// silently collapses), refuses nesting beyond a bound, and locates syntax errors by line and
/// column. Never throws on bad input.
class StrictJsonParser {
public:
    /// Parses `text` into a document, collecting every duplicate key and the first syntax error.
    static StrictJsonResult parse(std::string_view text, int maxDepth);

    /// Appends "/token" to a JSON pointer, escaping "~" and "/" as RFC 6901 asks.
    static void appendPointerToken(std::string& pointer, std::string_view token);

    /// 1-based line and column (in characters) of the byte at `offset` in `text`.
    static std::pair<int, int> lineAndColumn(std::string_view text, std::size_t offset);

    /// Makes arbitrary bytes safe to print on one line: control characters and invalid UTF-8
    /// become escapes, and text longer than `maxChars` characters is cut with an ellipsis.
    static std::string printable(std::string_view bytes, std::size_t maxChars);
};

} // namespace keel::core
