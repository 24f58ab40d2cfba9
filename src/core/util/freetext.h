// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace keel::core {

/// What is wrong with a piece of free text (a note, a name), if anything. Text must be valid
/// UTF-8 without control characters: stored bytes are later printed to terminals and written
/// as JSON, so an escape sequence or a broken byte would act there or break the output for good.
/// Newlines and tabs are allowed only when `multiline` says so.
struct FreeTextProblem {
    std::size_t byteOffset = 0; ///< Where the first offending byte is.
    std::string what; ///< e.g. "invalid UTF-8 byte 0xFF", "control character U+001B".
};

std::optional<FreeTextProblem> freeTextProblem(std::string_view text, bool multiline);

/// `text` safe to print on a terminal: control characters and bytes that are not UTF-8 are
/// written as \xNN, so an error message that quotes user input never carries an escape sequence.
std::string printable(std::string_view text);

/// The number of characters (code points) in valid UTF-8 text.
std::size_t utf8Length(std::string_view text);

} // namespace keel::core
