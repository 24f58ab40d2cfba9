// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/report/progresschart.h"

#include <catch2/catch.hpp>
#include <string>
#include <vector>

using keel::core::Date;
using keel::core::dateTicks;
using keel::core::TickUnit;
using keel::core::Weekday;

namespace {

Date day(const char* text)
{
    return *Date::parse(text);
}

std::vector<std::string> texts(const keel::core::DateTicks& ticks)
{
    std::vector<std::string> out;
    for (const Date date : ticks.dates)
        out.push_back(date.toString());
    return out;
}

} // namespace

TEST_CASE("a range of a few weeks is ticked at its week starts")
{
    const auto ticks = dateTicks(day("2026-02-10"), day("2026-03-11"), Weekday::Monday);
    CHECK(ticks.unit == TickUnit::Week);
    CHECK(ticks.step == 1);
    CHECK(texts(ticks) == std::vector<std::string> {"2026-02-16", "2026-02-23", "2026-03-02", "2026-03-09"});

    // A Sunday week start moves every tick back a day; a range starting on a week start ticks it.
    CHECK(texts(dateTicks(day("2026-02-15"), day("2026-03-11"), Weekday::Sunday))
        == std::vector<std::string> {"2026-02-15", "2026-02-22", "2026-03-01", "2026-03-08"});
}

TEST_CASE("months are ticked on their first day, never on a day inside the month")
{
    // The "All" range of a history that began in June: every month start, November included.
    const auto ticks = dateTicks(day("2025-06-02"), day("2025-12-10"), Weekday::Monday);
    CHECK(ticks.unit == TickUnit::Month);
    CHECK(ticks.step == 1);
    CHECK(texts(ticks)
        == std::vector<std::string> {
            "2025-07-01", "2025-08-01", "2025-09-01", "2025-10-01", "2025-11-01", "2025-12-01"});
    // A range that starts on the first of a month ticks that month too.
    CHECK(texts(dateTicks(day("2025-12-01"), day("2026-03-11"), Weekday::Monday)).front() == "2025-12-01");
    // Three months: the default range.
    CHECK(texts(dateTicks(day("2025-12-15"), day("2026-03-11"), Weekday::Monday))
        == std::vector<std::string> {"2026-01-01", "2026-02-01", "2026-03-01"});
}

TEST_CASE("long ranges thin their ticks to quarters, half years and years")
{
    const auto twoYears = dateTicks(day("2024-03-11"), day("2026-03-11"), Weekday::Monday);
    CHECK(twoYears.unit == TickUnit::Month);
    CHECK(twoYears.step == 2);
    CHECK(texts(twoYears).front() == "2024-05-01");
    CHECK(twoYears.dates.size() <= keel::core::kMaxDateTicks);
    for (const Date date : twoYears.dates)
        CHECK((date.month() - 1) % 2 == 0);

    const auto fiveYears = dateTicks(day("2021-03-08"), day("2026-03-11"), Weekday::Monday);
    CHECK(fiveYears.unit == TickUnit::Month);
    CHECK(fiveYears.step == 6);
    CHECK(texts(fiveYears).front() == "2021-07-01");

    const auto tenYears = dateTicks(day("2016-03-14"), day("2026-03-11"), Weekday::Monday);
    CHECK(tenYears.unit == TickUnit::Year);
    CHECK(tenYears.step == 1);
    CHECK(texts(tenYears).front() == "2017-01-01");
    CHECK(texts(tenYears).back() == "2026-01-01");

    const auto thirtyYears = dateTicks(day("1996-03-11"), day("2026-03-11"), Weekday::Monday);
    CHECK(thirtyYears.unit == TickUnit::Year);
    CHECK(thirtyYears.step == 5);
    CHECK(texts(thirtyYears)
        == std::vector<std::string> {
            "2000-01-01", "2005-01-01", "2010-01-01", "2015-01-01", "2020-01-01", "2025-01-01"});
}

TEST_CASE("ticks never exceed the limit and a backwards range has none")
{
    for (std::size_t limit : {1U, 3U, 6U, 12U}) {
        for (const char* from : {"2026-02-20", "2025-12-15", "2025-03-10", "2016-03-14", "1996-03-11"}) {
            const auto ticks = dateTicks(day(from), day("2026-03-11"), Weekday::Monday, limit);
            CHECK(ticks.dates.size() <= limit);
            CHECK_FALSE(ticks.dates.empty());
            CHECK(ticks.dates.front() >= day(from));
            CHECK(ticks.dates.back() <= day("2026-03-11"));
        }
    }
    CHECK(dateTicks(day("2026-03-11"), day("2026-03-01"), Weekday::Monday).dates.empty());
}
