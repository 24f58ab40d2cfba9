// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/catalog/jsonfieldreader.h"

#include "core/catalog/spelling.h"
#include "core/catalog/strictjsonparser.h"

#include <algorithm>

namespace keel::core {

using json = nlohmann::json;

std::size_t characterCount(std::string_view text)
{
    return static_cast<std::size_t>(std::count_if(
        text.begin(), text.end(), [](char c) { return (static_cast<unsigned char>(c) & 0xC0u) != 0x80u; }));
}

std::string quoteText(std::string_view text)
{
    return "\"" + StrictJsonParser::printable(text, 60) + "\"";
}

std::string describe(const json& value)
{
    switch (value.type()) {
    case json::value_t::null:
        return "null";
    case json::value_t::boolean:
        return value.get<bool>() ? "true" : "false";
    case json::value_t::number_integer:
    case json::value_t::number_unsigned:
    case json::value_t::number_float:
        return value.dump();
    case json::value_t::string:
        return "the string " + quoteText(value.get_ref<const std::string&>());
    case json::value_t::array:
        return value.empty() ? "an empty array" : "an array";
    case json::value_t::object:
        return "an object";
    default:
        return "an unsupported value";
    }
}

std::string joinNames(std::span<const std::string_view> names)
{
    std::string text;
    for (const std::string_view name : names) {
        if (!text.empty())
            text += ", ";
        text += name;
    }
    return text;
}

std::string suggestion(std::string_view word, std::span<const std::string_view> candidates)
{
    const auto match = closestMatch(word, candidates);
    return match ? " (did you mean \"" + *match + "\"?)" : std::string();
}

json* member(json::object_t& object, std::string_view key)
{
    const auto it = object.find(key);
    return it == object.end() ? nullptr : &it->second;
}

JsonFieldReader::JsonFieldReader(const std::string& file, std::vector<CatalogIssue>& issues)
    : m_file(file)
    , m_issues(issues)
{ }

void JsonFieldReader::error(const JsonPath& at, std::string message)
{
    m_issues.push_back({m_file, 0, 0, at.toString(), m_exerciseId, std::move(message)});
    ++m_errorCount;
}

json* JsonFieldReader::require(
    json::object_t& object, std::string_view key, const JsonPath& objectPath, std::string_view why)
{
    json* value = member(object, key);
    if (!value)
        error(objectPath / key, "missing required key \"" + std::string(key) + "\"" + std::string(why));
    return value;
}

void JsonFieldReader::checkKeys(
    const json::object_t& object, const JsonPath& at, std::span<const std::string_view> allowed)
{
    for (const auto& [key, value] : object) {
        if (!std::binary_search(allowed.begin(), allowed.end(), std::string_view(key)))
            error(at / key, "unknown key " + quoteText(key) + suggestion(key, allowed));
    }
}

std::optional<int> JsonFieldReader::integer(const json& value, const JsonPath& at, int min, int max)
{
    const std::string expected = "expected an integer from " + std::to_string(min) + " to " + std::to_string(max);
    // The JSON type decides: 3.7, "3" and true are refused, never rounded or converted.
    if (!value.is_number_integer()) {
        error(at, expected + ", got " + describe(value));
        return std::nullopt;
    }
    long long number = 0;
    bool inRange = false;
    if (value.is_number_unsigned()) {
        const auto unsignedValue = value.get<std::uint64_t>();
        inRange = unsignedValue <= static_cast<std::uint64_t>(max);
        number = inRange ? static_cast<long long>(unsignedValue) : 0;
        inRange = inRange && number >= min;
    } else {
        number = value.get<std::int64_t>();
        inRange = number >= min && number <= max;
    }
    if (!inRange) {
        error(at, expected + ", got " + value.dump());
        return std::nullopt;
    }
    return static_cast<int>(number);
}

std::optional<IntRange> JsonFieldReader::range(const json& value, const JsonPath& at, int min, int max)
{
    if (!value.is_array()) {
        error(at,
            "expected [min, max] with two integers from " + std::to_string(min) + " to " + std::to_string(max)
                + ", got " + describe(value));
        return std::nullopt;
    }
    if (value.size() != 2) {
        error(at,
            "expected [min, max] with exactly two integers, got " + std::to_string(value.size())
                + (value.size() == 1 ? " element" : " elements"));
        return std::nullopt;
    }
    const auto low = integer(value[0], at / std::size_t {0}, min, max);
    const auto high = integer(value[1], at / std::size_t {1}, min, max);
    if (!low || !high)
        return std::nullopt;
    if (*low > *high) {
        error(at, "min " + std::to_string(*low) + " is greater than max " + std::to_string(*high));
        return std::nullopt;
    }
    return IntRange {*low, *high};
}

std::optional<double> JsonFieldReader::number(
    const json& value, const JsonPath& at, double min, double max, bool minExcluded)
{
    auto format = [](double v) {
        const auto whole = static_cast<long long>(v);
        return static_cast<double>(whole) == v ? std::to_string(whole) : json(v).dump();
    };
    const std::string expected = minExcluded ? "expected a number above " + format(min) + " and at most " + format(max)
                                             : "expected a number from " + format(min) + " to " + format(max);
    if (!value.is_number()) {
        error(at, expected + ", got " + describe(value));
        return std::nullopt;
    }
    const double number = value.get<double>();
    if (number < min || number > max || (minExcluded && number <= min)) {
        error(at, expected + ", got " + value.dump());
        return std::nullopt;
    }
    return number;
}

std::optional<std::string> JsonFieldReader::text(json& value, const JsonPath& at, std::size_t maxChars)
{
    if (!value.is_string()) {
        error(at, "expected a string of 1–" + std::to_string(maxChars) + " characters, got " + describe(value));
        return std::nullopt;
    }
    auto& string = value.get_ref<std::string&>();
    const std::size_t chars = characterCount(string);
    if (chars == 0 || chars > maxChars) {
        error(at, "expected 1–" + std::to_string(maxChars) + " characters, got " + std::to_string(chars));
        return std::nullopt;
    }
    return std::move(string);
}

std::optional<std::vector<std::string>> JsonFieldReader::textList(json& value, const JsonPath& at, std::size_t minCount,
    std::size_t maxCount, std::size_t maxChars, std::string_view noun)
{
    const std::string counts = std::to_string(minCount) + "–" + std::to_string(maxCount);
    if (!value.is_array()) {
        error(at, "expected an array of " + counts + " " + std::string(noun) + ", got " + describe(value));
        return std::nullopt;
    }
    auto& array = value.get_ref<json::array_t&>();
    bool ok = true;
    if (array.size() < minCount || array.size() > maxCount) {
        error(at, "expected " + counts + " " + std::string(noun) + ", got " + std::to_string(array.size()));
        ok = false;
    }
    std::vector<std::string> result;
    result.reserve(array.size());
    for (std::size_t i = 0; i < array.size(); ++i) {
        if (auto item = text(array[i], at / i, maxChars))
            result.push_back(std::move(*item));
        else
            ok = false;
    }
    return ok ? std::optional(std::move(result)) : std::nullopt;
}

} // namespace keel::core
