// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/catalog/strictjsonparser.h"

#include <algorithm>
#include <cstdio>

namespace keel::core {

namespace {

using json = nlohmann::json;

// nlohmann's messages carry an id prefix and its own (byte-counted) position; we keep only
// the explanation and shorten the echoed input, which for an unterminated string can be huge.
std::string cleanMessage(const std::string& what)
{
    std::string message = what;
    if (message.starts_with("[json.exception.")) {
        if (const auto end = message.find("] "); end != std::string::npos)
            message.erase(0, end + 2);
    }
    if (message.starts_with("parse error")) {
        if (const auto colon = message.find(": "); colon != std::string::npos)
            message.erase(0, colon + 2);
    }
    if (message.starts_with("number overflow parsing "))
        message = "number out of range: " + message.substr(24);
    if (const auto dash = message.find(" - "); dash != std::string::npos && message.starts_with("syntax error"))
        message.replace(dash, 3, ": ");

    const std::string lastRead = "; last read: '";
    if (const auto start = message.find(lastRead); start != std::string::npos) {
        const auto tokenStart = start + lastRead.size();
        auto tokenEnd = message.rfind("'; expected ");
        if (tokenEnd == std::string::npos || tokenEnd < tokenStart)
            tokenEnd = message.size() - 1;
        std::string token = message.substr(tokenStart, tokenEnd - tokenStart);
        constexpr std::size_t kKeep = 40;
        if (token.size() > kKeep) {
            // The end of the token is where the parser stopped, so keep that part.
            std::size_t cut = token.size() - kKeep;
            while (cut < token.size() && (static_cast<unsigned char>(token[cut]) & 0xC0u) == 0x80u)
                ++cut;
            token = "…" + token.substr(cut);
        }
        message.replace(tokenStart, tokenEnd - tokenStart, token);
    }
    return message;
}

// For "unexpected <token>" errors the parser has read the whole token; its length lets the
// error point at the token's first character, where a reader looks for it. nlohmann's
// `last_token` is exact for strings and numbers (it restarts at each) but not for the
// literals true, false and null, whose lengths are known anyway. 0 when not applicable.
std::size_t unexpectedTokenLength(std::string_view what, std::string_view lastToken)
{
    if (what.find("unexpected string literal") != std::string_view::npos
        || what.find("unexpected number literal") != std::string_view::npos)
        return lastToken.find("<U+") == std::string_view::npos ? lastToken.size() : 0;
    if (what.find("unexpected true literal") != std::string_view::npos
        || what.find("unexpected null literal") != std::string_view::npos)
        return 4;
    if (what.find("unexpected false literal") != std::string_view::npos)
        return 5;
    return 0;
}

// Builds the document like nlohmann's own DOM parser, but checks every key against the keys
// already in its object and bounds the nesting depth.
class DomBuilder {
public:
    DomBuilder(json& root, int maxDepth, std::string_view text, std::vector<JsonProblem>& problems)
        : m_root(root)
        , m_maxDepth(static_cast<std::size_t>(std::max(maxDepth, 1)))
        , m_text(text)
        , m_problems(problems)
    {
        m_stack.reserve(m_maxDepth);
        m_keys.reserve(m_maxDepth);
    }

    bool null() { return addValue(json(nullptr)) != nullptr; }
    bool boolean(bool value) { return addValue(json(value)) != nullptr; }
    bool number_integer(json::number_integer_t value) { return addValue(json(value)) != nullptr; }
    bool number_unsigned(json::number_unsigned_t value) { return addValue(json(value)) != nullptr; }
    bool number_float(json::number_float_t value, const json::string_t&) { return addValue(json(value)) != nullptr; }
    bool string(json::string_t& value) { return addValue(json(std::move(value))) != nullptr; }
    // JSON text never produces binary values; refuse rather than guess.
    bool binary(json::binary_t&) { return false; }

    bool start_object(std::size_t) { return open(json::value_t::object); }
    bool start_array(std::size_t) { return open(json::value_t::array); }
    bool end_object() { return close(); }
    bool end_array() { return close(); }

    bool key(json::string_t& name)
    {
        auto& object = m_stack.back()->get_ref<json::object_t&>();
        const auto [it, inserted] = object.try_emplace(std::move(name));
        m_keys.back() = &it->first;
        if (!inserted) {
            m_problems.push_back({0, 0, pointerToSlot(),
                "duplicate key \"" + StrictJsonParser::printable(it->first, 80)
                    + "\" (each key may appear once per object)"});
            it->second = json();
        }
        m_slot = &it->second;
        return true;
    }

    bool parse_error(std::size_t position, const std::string& lastToken, const nlohmann::detail::exception& error)
    {
        // `position` counts the bytes read, so the offending byte is the one before it; when a
        // whole token was read (an out-of-range number, an unexpected string), point at its start.
        std::size_t offset = position > 0 ? position - 1 : 0;
        const std::size_t tokenLength
            = error.id == 406 ? lastToken.size() : unexpectedTokenLength(error.what(), lastToken);
        if (tokenLength > 0 && tokenLength <= position)
            offset = position - tokenLength;
        // A damaged byte-order mark is the file's first character, however many bytes were read.
        if (position <= 3 && std::string_view(error.what()).find("BOM") != std::string_view::npos)
            offset = 0;
        offset = std::min(offset, m_text.size());
        const auto [line, column] = StrictJsonParser::lineAndColumn(m_text, offset);
        m_problems.push_back({line, column, {}, StrictJsonParser::printable(cleanMessage(error.what()), 300)});
        return false;
    }

private:
    json* addValue(json&& value)
    {
        if (m_stack.empty()) {
            m_root = std::move(value);
            return &m_root;
        }
        json& container = *m_stack.back();
        if (container.is_array()) {
            auto& array = container.get_ref<json::array_t&>();
            array.push_back(std::move(value));
            return &array.back();
        }
        *m_slot = std::move(value);
        return m_slot;
    }

    bool open(json::value_t type)
    {
        if (m_stack.size() >= m_maxDepth) {
            m_problems.push_back({0, 0, pointerToSlot(),
                "nesting deeper than " + std::to_string(m_maxDepth)
                    + " levels (objects and arrays inside each other)"});
            return false;
        }
        m_stack.push_back(addValue(json(type)));
        m_keys.push_back(nullptr);
        return true;
    }

    bool close()
    {
        m_stack.pop_back();
        m_keys.pop_back();
        return true;
    }

    // The pointer to the value being added now: each open container contributes the key or
    // index of the child being built inside it.
    std::string pointerToSlot() const
    {
        std::string pointer;
        for (std::size_t level = 0; level < m_stack.size(); ++level) {
            const json& container = *m_stack[level];
            if (container.is_object()) {
                StrictJsonParser::appendPointerToken(
                    pointer, m_keys[level] ? std::string_view(*m_keys[level]) : std::string_view());
            } else {
                const bool innermost = level + 1 == m_stack.size();
                const std::size_t index = innermost ? container.size() : container.size() - 1;
                StrictJsonParser::appendPointerToken(pointer, std::to_string(index));
            }
        }
        return pointer;
    }

    json& m_root;
    std::size_t m_maxDepth;
    std::string_view m_text;
    std::vector<JsonProblem>& m_problems;
    std::vector<json*> m_stack;
    std::vector<const std::string*> m_keys;
    json* m_slot = nullptr;
};

// Length of a valid UTF-8 sequence starting at `i`, or 0 when the bytes there are not one.
std::size_t utf8SequenceLength(std::string_view bytes, std::size_t i)
{
    const auto lead = static_cast<unsigned char>(bytes[i]);
    std::size_t length = 0;
    unsigned minimum = 0;
    if (lead < 0x80u)
        return 1;
    if ((lead & 0xE0u) == 0xC0u) {
        length = 2;
        minimum = 0x80u;
    } else if ((lead & 0xF0u) == 0xE0u) {
        length = 3;
        minimum = 0x800u;
    } else if ((lead & 0xF8u) == 0xF0u) {
        length = 4;
        minimum = 0x10000u;
    } else {
        return 0;
    }
    if (i + length > bytes.size())
        return 0;
    unsigned codePoint = lead & (0xFFu >> (length + 1));
    for (std::size_t k = 1; k < length; ++k) {
        const auto next = static_cast<unsigned char>(bytes[i + k]);
        if ((next & 0xC0u) != 0x80u)
            return 0;
        codePoint = (codePoint << 6) | (next & 0x3Fu);
    }
    if (codePoint < minimum || codePoint > 0x10FFFFu || (codePoint >= 0xD800u && codePoint <= 0xDFFFu))
        return 0;
    return length;
}

} // namespace

StrictJsonResult StrictJsonParser::parse(std::string_view text, int maxDepth)
{
    StrictJsonResult result;
    DomBuilder builder(result.value, maxDepth, text, result.problems);
    try {
        result.complete = json::sax_parse(text.data(), text.data() + text.size(), &builder);
    } catch (const std::exception& error) {
        // sax_parse reports through the builder; anything thrown here (memory, say) is still
        // the document's problem, not the caller's crash.
        result.complete = false;
        result.problems.push_back({1, 1, {}, printable(cleanMessage(error.what()), 300)});
    }
    // The builder only stops without saying why for values JSON text cannot hold.
    if (!result.complete && result.problems.empty())
        result.problems.push_back({1, 1, {}, "the document could not be read as JSON"});
    return result;
}

void StrictJsonParser::appendPointerToken(std::string& pointer, std::string_view token)
{
    pointer += '/';
    for (const char c : token) {
        if (c == '~')
            pointer += "~0";
        else if (c == '/')
            pointer += "~1";
        else
            pointer += c;
    }
}

std::pair<int, int> StrictJsonParser::lineAndColumn(std::string_view text, std::size_t offset)
{
    offset = std::min(offset, text.size());
    const std::string_view before = text.substr(0, offset);
    const auto line = 1 + std::count(before.begin(), before.end(), '\n');
    std::size_t lineStart = before.rfind('\n');
    lineStart = lineStart == std::string_view::npos ? 0 : lineStart + 1;
    // An editor does not show the byte-order mark, so it does not take a column.
    if (lineStart == 0 && before.starts_with("\xEF\xBB\xBF"))
        lineStart = 3;
    int column = 1;
    for (std::size_t i = lineStart; i < offset; ++i) {
        if ((static_cast<unsigned char>(text[i]) & 0xC0u) != 0x80u)
            ++column;
    }
    return {static_cast<int>(line), column};
}

std::string StrictJsonParser::printable(std::string_view bytes, std::size_t maxChars)
{
    std::string result;
    result.reserve(std::min(bytes.size(), maxChars * 2));
    std::size_t chars = 0;
    std::size_t i = 0;
    while (i < bytes.size()) {
        if (chars == maxChars) {
            result += "…";
            break;
        }
        const auto byte = static_cast<unsigned char>(bytes[i]);
        const std::size_t length = utf8SequenceLength(bytes, i);
        if (length == 0 || byte < 0x20u || byte == 0x7Fu) {
            char escaped[8];
            std::snprintf(escaped, sizeof escaped, "\\x%02X", static_cast<unsigned>(byte));
            result += escaped;
            ++i;
        } else {
            result.append(bytes.substr(i, length));
            i += length;
        }
        ++chars;
    }
    return result;
}

} // namespace keel::core
