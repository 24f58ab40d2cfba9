// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/util/date.h"

#include <catch2/catch.hpp>

using keel::core::Date;
using keel::core::Weekday;

TEST_CASE("dates parse strictly and print back the same")
{
    const auto date = Date::parse("2026-11-21");
    REQUIRE(date);
    CHECK(date->toString() == "2026-11-21");
    CHECK(date->year() == 2026);
    CHECK(date->month() == 11);
    CHECK(date->day() == 21);
    CHECK(date->weekday() == Weekday::Saturday);
}

TEST_CASE("impossible and malformed dates are refused")
{
    for (const char* text : {"2026-02-30", "2026-13-01", "2026-00-10", "2026-1-1", "26-01-01", "2026/01/01",
             "2026-01-01x", "", "abcd-ef-gh", "2025-02-29"}) {
        INFO(text);
        CHECK_FALSE(Date::parse(text));
    }
    CHECK(Date::parse("2024-02-29"));
}

TEST_CASE("week starts follow the chosen first day")
{
    const Date saturday = *Date::parse("2026-11-21");
    CHECK(saturday.startOfWeek(Weekday::Monday).toString() == "2026-11-16");
    CHECK(saturday.startOfWeek(Weekday::Sunday).toString() == "2026-11-15");
    CHECK(saturday.startOfWeek(Weekday::Saturday) == saturday);
    CHECK(Date::parse("2026-12-31")->addDays(1).toString() == "2027-01-01");
    CHECK(Date::parse("1970-01-01")->weekday() == Weekday::Thursday);
}

TEST_CASE("weekday names parse in short and long form")
{
    CHECK(keel::core::parseWeekday("Mon") == Weekday::Monday);
    CHECK(keel::core::parseWeekday("sunday") == Weekday::Sunday);
    CHECK_FALSE(keel::core::parseWeekday("funday"));
    CHECK(keel::core::weekdayKey(Weekday::Friday) == "fri");
}
