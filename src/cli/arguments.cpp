// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/arguments.h"

#include <charconv>
#include <cmath>
#include <cstdlib>
#include <utility>

namespace keel::cli {

namespace {

/// An optional sign, digits, and at most one point with digits on at least one side of it.
bool isPlainDecimal(std::string_view text)
{
    if (!text.empty() && (text.front() == '-' || text.front() == '+'))
        text.remove_prefix(1);
    std::size_t digits = 0;
    bool point = false;
    for (const char c : text) {
        if (c >= '0' && c <= '9') {
            ++digits;
        } else if (c == '.' && !point) {
            point = true;
        } else {
            return false;
        }
    }
    return digits > 0;
}

} // namespace

Arguments::Arguments(std::map<std::string, std::string, std::less<>> values, std::set<std::string, std::less<>> flags,
    std::vector<std::string> positional)
    : m_values(std::move(values))
    , m_flags(std::move(flags))
    , m_positional(std::move(positional))
{ }

bool Arguments::flag(std::string_view name) const
{
    return m_flags.contains(name);
}

std::optional<std::string> Arguments::value(std::string_view name) const
{
    const auto it = m_values.find(name);
    if (it == m_values.end())
        return std::nullopt;
    return it->second;
}

std::optional<int> Arguments::integer(std::string_view name, int min, int max) const
{
    const auto text = value(name);
    if (!text)
        return std::nullopt;
    int result = 0;
    const char* end = text->data() + text->size();
    const auto [ptr, ec] = std::from_chars(text->data(), end, result);
    if (ec != std::errc() || ptr != end)
        throw UsageError("--" + std::string(name) + ": expected a whole number, got \"" + *text + "\"");
    if (result < min || result > max)
        throw UsageError(
            "--" + std::string(name) + ": " + *text + " is outside " + std::to_string(min) + "–" + std::to_string(max));
    return result;
}

std::optional<double> Arguments::number(std::string_view name, double min, double max) const
{
    const auto text = value(name);
    if (!text)
        return std::nullopt;
    // Plain decimals only: strtod alone would also take "0x10", "1e3", "inf" and "nan".
    if (!isPlainDecimal(*text))
        throw UsageError("--" + std::string(name) + ": expected a decimal number such as 12.5, got \"" + *text + "\"");
    char* end = nullptr;
    const double result = std::strtod(text->c_str(), &end);
    if (end != text->c_str() + text->size() || !std::isfinite(result))
        throw UsageError("--" + std::string(name) + ": expected a decimal number such as 12.5, got \"" + *text + "\"");
    if (result < min || result > max) {
        auto format = [](double v) {
            std::string s = std::to_string(v);
            s.erase(s.find_last_not_of('0') + 1);
            if (!s.empty() && s.back() == '.')
                s.pop_back();
            return s;
        };
        throw UsageError("--" + std::string(name) + ": " + *text + " is outside " + format(min) + "–" + format(max));
    }
    return result;
}

} // namespace keel::cli
