// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/util/date.h"

#include <array>
#include <cctype>
#include <chrono>
#include <cstdio>

namespace keel::core {

namespace {

constexpr std::array<std::string_view, 7> kShortNames = {"mon", "tue", "wed", "thu", "fri", "sat", "sun"};
constexpr std::array<std::string_view, 7> kLongNames
    = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"};

std::chrono::year_month_day ymd(long days)
{
    return std::chrono::year_month_day {std::chrono::sys_days {std::chrono::days {days}}};
}

} // namespace

std::string_view weekdayKey(Weekday day)
{
    return kShortNames.at(static_cast<std::size_t>(day));
}

std::optional<Weekday> parseWeekday(std::string_view text)
{
    std::string lower;
    for (char c : text)
        lower.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(c))));
    for (std::size_t i = 0; i < kShortNames.size(); ++i) {
        if (lower == kShortNames[i] || lower == kLongNames[i])
            return static_cast<Weekday>(i);
    }
    return std::nullopt;
}

Date Date::fromYmd(int year, int month, int day)
{
    const std::chrono::year_month_day date {std::chrono::year {year}, std::chrono::month {static_cast<unsigned>(month)},
        std::chrono::day {static_cast<unsigned>(day)}};
    return Date(std::chrono::sys_days {date}.time_since_epoch().count());
}

std::optional<Date> Date::parse(std::string_view text)
{
    if (text.size() != 10 || text[4] != '-' || text[7] != '-')
        return std::nullopt;
    int parts[3] = {0, 0, 0};
    const std::size_t starts[3] = {0, 5, 8};
    const std::size_t lengths[3] = {4, 2, 2};
    for (std::size_t p = 0; p < 3; ++p) {
        for (std::size_t i = 0; i < lengths[p]; ++i) {
            const char c = text[starts[p] + i];
            if (c < '0' || c > '9')
                return std::nullopt;
            parts[p] = parts[p] * 10 + (c - '0');
        }
    }
    if (parts[0] < 1900 || parts[0] > 2999)
        return std::nullopt;
    const std::chrono::year_month_day date {std::chrono::year {parts[0]},
        std::chrono::month {static_cast<unsigned>(parts[1])}, std::chrono::day {static_cast<unsigned>(parts[2])}};
    if (!date.ok())
        return std::nullopt;
    return Date(std::chrono::sys_days {date}.time_since_epoch().count());
}

std::string Date::toString() const
{
    char buffer[16];
    std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02d", year(), month(), day());
    return buffer;
}

int Date::year() const
{
    return static_cast<int>(ymd(m_days).year());
}

int Date::month() const
{
    return static_cast<int>(static_cast<unsigned>(ymd(m_days).month()));
}

int Date::day() const
{
    return static_cast<int>(static_cast<unsigned>(ymd(m_days).day()));
}

Weekday Date::weekday() const
{
    // 1970-01-01 was a Thursday (index 3 with Monday = 0).
    const long index = ((m_days % 7) + 7 + 3) % 7;
    return static_cast<Weekday>(index);
}

Date Date::startOfWeek(Weekday start) const
{
    const long offset = (static_cast<long>(weekday()) - static_cast<long>(start) + 7) % 7;
    return addDays(-offset);
}

} // namespace keel::core
