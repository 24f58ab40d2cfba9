// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/plan/rungselector.h"
#include "core/plan/weekscheduler.h"

#include "minicatalog.h"

#include <catch2/catch.hpp>

using namespace keel::core;
using keel::test::miniCatalog;

namespace {

const Date kMonday = Date::fromYmd(2026, 11, 16);

std::vector<Weekday> daysOf(const StrengthDays& chosen)
{
    std::vector<Weekday> days;
    for (Date date : chosen.dates)
        days.push_back(date.weekday());
    return days;
}

StrengthDays choose(int count, std::vector<Weekday> preferred, Weekday weekStart = Weekday::Monday)
{
    Profile profile;
    profile.strengthDays = count;
    profile.preferredDays = std::move(preferred);
    profile.weekStart = weekStart;
    return WeekScheduler::choose(profile, kMonday.startOfWeek(weekStart));
}

} // namespace

TEST_CASE("strength days spread over the preferred days with rest between")
{
    using enum Weekday;
    CHECK(daysOf(choose(3, {Monday, Tuesday, Wednesday, Thursday, Friday})) == std::vector {Monday, Wednesday, Friday});
    CHECK(daysOf(choose(2, {Monday, Tuesday, Thursday})) == std::vector {Monday, Thursday});
    CHECK(choose(2, {Tuesday, Friday}).notes.empty());
    // Saturday and Monday beat Saturday and Sunday, and Sunday with the next Monday.
    const StrengthDays weekend = choose(2, {Saturday, Sunday, Monday});
    CHECK(daysOf(weekend) == std::vector {Monday, Saturday});
    CHECK_FALSE(weekend.backToBack);
}

TEST_CASE("forced neighbours are the best spread available, and the week says why")
{
    using enum Weekday;
    const StrengthDays forced = choose(3, {Monday, Tuesday, Wednesday});
    CHECK(daysOf(forced) == std::vector {Monday, Tuesday, Wednesday});
    CHECK(forced.backToBack);
    REQUIRE(forced.notes.size() == 1);
    CHECK(forced.notes.front().text().starts_with("strength days back to back (mon, tue, wed)"));
    const StrengthDays weekend = choose(2, {Saturday, Sunday});
    CHECK(weekend.backToBack);
}

TEST_CASE("too few preferred days are filled from the rest of the week, and the week says so")
{
    using enum Weekday;
    const StrengthDays single = choose(2, {Wednesday});
    CHECK(daysOf(single) == std::vector {Wednesday, Saturday}); // 3 and 4 days apart, week after week
    CHECK_FALSE(single.backToBack);
    CHECK(single.notes.front().text() == "1 preferred day for 2 strength days: added sat");
    const StrengthDays none = choose(3, {});
    CHECK(daysOf(none) == std::vector {Monday, Wednesday, Friday});
    CHECK(none.notes.front().text().starts_with("0 preferred days for 3 strength days"));
    // A week starting on Sunday counts its days from Sunday.
    CHECK(daysOf(choose(2, {Sunday, Saturday}, Sunday)).size() == 2);
}

TEST_CASE("rungs: a start by experience, the next rung the equipment allows, and gentle options")
{
    const RungSelector bare(miniCatalog(), {});
    CHECK(bare.startingRung(Pattern::Hinge, Experience::Starting)->id == "glute-bridge");
    CHECK(bare.startingRung(Pattern::Hinge, Experience::Building)->id == "dowel-hip-hinge");
    // Level 4's rung needs weights: the bodyweight alternative at that level.
    CHECK(bare.startingRung(Pattern::Hinge, Experience::Experienced)->id == "single-leg-romanian-deadlift");
    CHECK(bare.startingRung(Pattern::Carry, Experience::Returning)->id == "backpack-walk");

    const Exercise& dowel = *miniCatalog().find("dowel-hip-hinge");
    CHECK(bare.nextUp(dowel)->id == "single-leg-romanian-deadlift");
    CHECK(bare.nextDown(dowel)->id == "hip-hinge-to-wall");
    CHECK(bare.nextDown(*miniCatalog().find("glute-bridge")) == nullptr);
    CHECK(bare.nextUp(*miniCatalog().find("single-leg-romanian-deadlift")) == nullptr); // level 5 needs a band

    const RungSelector gym(miniCatalog(), {"dumbbell", "trap_bar"});
    CHECK(gym.nextUp(dowel)->id == "kettlebell-deadlift");
    CHECK(gym.nextUp(*miniCatalog().find("trap-bar-deadlift")) == nullptr);

    const Exercise& deadlift = *miniCatalog().find("romanian-deadlift");
    CHECK(bare.resolve(deadlift)->id == "single-leg-romanian-deadlift");
    CHECK(gym.resolve(deadlift) == &deadlift);
    CHECK(gym.flareUpOption(deadlift)->id == "hip-hinge-to-wall");
    CHECK(gym.flareUpOption(*miniCatalog().find("glute-bridge"))->id == "glute-bridge");

    // Swaps stay on the rung: same pattern and level, equipment allowing.
    const auto swaps = bare.sameRung(dowel);
    REQUIRE(swaps.size() == 1);
    CHECK(swaps.front()->id == "good-morning");
    CHECK(gym.sameRung(*miniCatalog().find("kettlebell-deadlift")).front()->id == "single-leg-romanian-deadlift");
}
