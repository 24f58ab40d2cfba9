// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/util/freetext.h"

#include <cstdint>
#include <cstdio>

namespace keel::core {

namespace {

std::string hexByte(unsigned char byte)
{
    char text[8];
    std::snprintf(text, sizeof text, "0x%02X", byte);
    return text;
}

std::string codePointName(std::uint32_t codePoint)
{
    char text[16];
    std::snprintf(text, sizeof text, "U+%04X", static_cast<unsigned>(codePoint));
    return text;
}

/// C0 controls, DEL and the C1 controls (which some terminals obey as escape sequences).
bool isControl(std::uint32_t codePoint)
{
    return codePoint < 0x20 || (codePoint >= 0x7F && codePoint <= 0x9F);
}

} // namespace

std::optional<FreeTextProblem> freeTextProblem(std::string_view text, bool multiline)
{
    std::size_t i = 0;
    while (i < text.size()) {
        const auto lead = static_cast<unsigned char>(text[i]);
        std::size_t length = 0;
        std::uint32_t codePoint = 0;
        std::uint32_t minimum = 0;
        if (lead < 0x80) {
            length = 1;
            codePoint = lead;
        } else if ((lead & 0xE0) == 0xC0) {
            length = 2;
            codePoint = lead & 0x1F;
            minimum = 0x80;
        } else if ((lead & 0xF0) == 0xE0) {
            length = 3;
            codePoint = lead & 0x0F;
            minimum = 0x800;
        } else if ((lead & 0xF8) == 0xF0) {
            length = 4;
            codePoint = lead & 0x07;
            minimum = 0x10000;
        } else {
            return FreeTextProblem {i, "invalid UTF-8 byte " + hexByte(lead)};
        }
        if (i + length > text.size())
            return FreeTextProblem {i, "UTF-8 sequence cut short at the end"};
        for (std::size_t k = 1; k < length; ++k) {
            const auto next = static_cast<unsigned char>(text[i + k]);
            if ((next & 0xC0) != 0x80)
                return FreeTextProblem {i, "invalid UTF-8 sequence starting with byte " + hexByte(lead)};
            codePoint = (codePoint << 6) | (next & 0x3F);
        }
        // Overlong forms, UTF-16 surrogates and values past Unicode are not valid UTF-8.
        if (codePoint < minimum || (codePoint >= 0xD800 && codePoint <= 0xDFFF) || codePoint > 0x10FFFF)
            return FreeTextProblem {i, "invalid UTF-8 sequence starting with byte " + hexByte(lead)};
        const bool allowedWhitespace = multiline && (codePoint == '\n' || codePoint == '\t');
        if (isControl(codePoint) && !allowedWhitespace)
            return FreeTextProblem {i, "control character " + codePointName(codePoint)};
        i += length;
    }
    return std::nullopt;
}

std::string printable(std::string_view text)
{
    std::string out;
    out.reserve(text.size());
    while (!text.empty()) {
        // The longest valid stretch goes out as it is; the byte that ends it is escaped.
        const auto problem = freeTextProblem(text, /*multiline=*/false);
        const std::size_t good = problem ? problem->byteOffset : text.size();
        out.append(text.substr(0, good));
        if (!problem)
            break;
        out += "\\x" + hexByte(static_cast<unsigned char>(text[good])).substr(2);
        text.remove_prefix(good + 1);
    }
    return out;
}

std::size_t utf8Length(std::string_view text)
{
    // Every byte that does not continue a sequence starts a character.
    std::size_t characters = 0;
    for (const char c : text) {
        if ((static_cast<unsigned char>(c) & 0xC0) != 0x80)
            ++characters;
    }
    return characters;
}

} // namespace keel::core
