// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/catalog/catalogloader.h"
#include "core/catalog/exercise.h"
#include "core/catalog/strictjsonparser.h"

#include <nlohmann/json.hpp>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace keel::core {

/// A JSON pointer built lazily: each node names one step and points at its parent on the
/// stack, so the happy path never allocates a path string.
class JsonPath {
public:
    JsonPath() = default;
    JsonPath(const JsonPath* parent, std::string_view key)
        : m_parent(parent)
        , m_key(key)
        , m_isRoot(false)
    { }
    JsonPath(const JsonPath* parent, std::size_t index)
        : m_parent(parent)
        , m_index(index)
        , m_isIndex(true)
        , m_isRoot(false)
    { }

    JsonPath operator/(std::string_view key) const { return JsonPath(this, key); }
    JsonPath operator/(std::size_t index) const { return JsonPath(this, index); }

    std::string toString() const
    {
        if (m_isRoot)
            return {};
        std::string pointer = m_parent ? m_parent->toString() : std::string();
        if (m_isIndex)
            StrictJsonParser::appendPointerToken(pointer, std::to_string(m_index));
        else
            StrictJsonParser::appendPointerToken(pointer, m_key);
        return pointer;
    }

private:
    const JsonPath* m_parent = nullptr;
    std::string_view m_key;
    std::size_t m_index = 0;
    bool m_isIndex = false;
    bool m_isRoot = true;
};

/// Reads typed values out of a parsed JSON document for a validator. Each reader checks the
/// JSON type and the range, appends a located CatalogIssue for anything wrong (naming the file,
/// the JSON pointer and the exercise being read) and returns nullopt, so checking carries on.
class JsonFieldReader {
public:
    JsonFieldReader(const std::string& file, std::vector<CatalogIssue>& issues);

    void error(const JsonPath& at, std::string message);
    /// The member `key` of `object`, or nullptr with an issue saying it is missing (and `why`).
    nlohmann::json* require(
        nlohmann::json::object_t& object, std::string_view key, const JsonPath& objectPath, std::string_view why = {});
    /// An issue for every key of `object` not in `allowed` (sorted), with the closest name.
    void checkKeys(
        const nlohmann::json::object_t& object, const JsonPath& at, std::span<const std::string_view> allowed);

    std::optional<int> integer(const nlohmann::json& value, const JsonPath& at, int min, int max);
    /// [min, max] of two integers in [min, max].
    std::optional<IntRange> range(const nlohmann::json& value, const JsonPath& at, int min, int max);
    std::optional<double> number(
        const nlohmann::json& value, const JsonPath& at, double min, double max, bool minExcluded);
    /// A string of 1 to `maxChars` characters (UTF-8 code points); moved out of `value`.
    std::optional<std::string> text(nlohmann::json& value, const JsonPath& at, std::size_t maxChars);
    /// An array of `minCount` to `maxCount` such strings, called `noun` in messages.
    std::optional<std::vector<std::string>> textList(nlohmann::json& value, const JsonPath& at, std::size_t minCount,
        std::size_t maxCount, std::size_t maxChars, std::string_view noun);

protected:
    const std::string& m_file;
    std::vector<CatalogIssue>& m_issues;
    std::string m_exerciseId; ///< Named in every issue; empty outside an exercise.
    std::size_t m_errorCount = 0;
};

/// How many characters (UTF-8 code points) `text` holds: what the length limits count.
std::size_t characterCount(std::string_view text);
/// A JSON text for messages, quoted and shortened.
std::string quoteText(std::string_view text);
/// What a value is, for "expected …, got …" messages.
std::string describe(const nlohmann::json& value);
std::string joinNames(std::span<const std::string_view> names);
/// " (did you mean "x"?)" for the closest of `candidates`, or "".
std::string suggestion(std::string_view word, std::span<const std::string_view> candidates);
/// The member `key` of `object`, or nullptr.
nlohmann::json* member(nlohmann::json::object_t& object, std::string_view key);

} // namespace keel::core
