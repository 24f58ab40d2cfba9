// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// <string> before <compare>: Qt 6.4's moc, which reads the GUI headers that include this one,
// fails to parse <compare> when it is the first standard header it meets.
// clang-format off
#include <string>
#include <compare>
// clang-format on
#include <optional>
#include <string_view>

namespace keel::core {

/// Day of the week, Monday = 0 … Sunday = 6 (ISO order).
enum class Weekday { Monday = 0, Tuesday, Wednesday, Thursday, Friday, Saturday, Sunday };

/// Three-letter lower-case name ("mon") of a weekday.
std::string_view weekdayKey(Weekday day);
/// Parses "mon", "monday", "Mon" …; nullopt when it is not a weekday.
std::optional<Weekday> parseWeekday(std::string_view text);

/// A calendar date (proleptic Gregorian) stored as days since 1970-01-01.
/// Time is always injected: nothing in the core asks the system clock for "today".
class Date {
public:
    constexpr Date() = default;
    /// Builds a date from its parts; the caller guarantees they form a real date.
    static Date fromYmd(int year, int month, int day);
    /// Strict "YYYY-MM-DD"; nullopt for malformed or impossible dates such as 2026-02-30.
    static std::optional<Date> parse(std::string_view text);
    static constexpr Date fromDays(long days) { return Date(days); }

    /// "YYYY-MM-DD".
    std::string toString() const;
    constexpr long days() const { return m_days; }
    int year() const;
    int month() const;
    int day() const;
    Weekday weekday() const;

    constexpr Date addDays(long n) const { return Date(m_days + n); }
    /// The first day of the week containing this date, for a week that starts on `start`.
    Date startOfWeek(Weekday start = Weekday::Monday) const;
    constexpr long daysUntil(Date other) const { return other.m_days - m_days; }

    constexpr auto operator<=>(const Date&) const = default;

private:
    constexpr explicit Date(long days)
        : m_days(days)
    { }
    long m_days = 0;
};

} // namespace keel::core
