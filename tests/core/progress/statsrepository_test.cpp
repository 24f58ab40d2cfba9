// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/store/logrepository.h"
#include "core/store/statsrepository.h"

#include "progressfixture.h"

#include <algorithm>
#include <catch2/catch.hpp>
#include <tuple>

using keel::core::Pattern;
using keel::core::SessionKind;
using keel::core::StatsRepository;
using namespace keel::test;

TEST_CASE("exercise days sum and max the given exercises' sets per day, inside the dates only")
{
    History history;
    history.sets("2025-12-31", "goblet-squat", 2, 10, 12.0, 2);
    history.sets("2025-12-31", "goblet-squat", 1, 12, 14.0, 4);
    history.sets("2025-12-31", "side-plank", 2, std::nullopt, std::nullopt, std::nullopt, 30);
    history.sets("2026-01-01", "suitcase-carry", 2, std::nullopt, 16.0, 1, std::nullopt, 40.0);
    history.sets("2026-01-02", "goblet-squat", 1); // after the range
    StatsRepository stats(history.db());

    const auto days
        = stats.exerciseDays({"goblet-squat", "side-plank", "suitcase-carry"}, day("2025-12-31"), day("2026-01-01"));
    REQUIRE(days.size() == 3);
    CHECK(days[0].date.toString() == "2025-12-31");
    CHECK(days[0].exerciseId == "goblet-squat");
    CHECK(days[0].sets == 3);
    CHECK(days[0].totalReps == 32);
    CHECK(days[0].maxReps == 12);
    CHECK(days[0].maxLoadKg == 14.0);
    CHECK(days[0].maxPain == 4);
    CHECK_FALSE(days[0].maxSeconds);
    CHECK(days[1].exerciseId == "side-plank");
    CHECK(days[1].totalSeconds == 60);
    CHECK(days[1].maxSeconds == 30);
    CHECK_FALSE(days[1].maxReps);
    CHECK_FALSE(days[1].maxLoadKg);
    CHECK(days[2].date.toString() == "2026-01-01");
    CHECK(days[2].totalMeters == 80.0);
    CHECK(days[2].maxMeters == 40.0);

    const auto squats = stats.exerciseDays({"goblet-squat", "box-squat"}, day("2025-01-01"), day("2026-12-31"));
    REQUIRE(squats.size() == 2);
    CHECK(squats[0].date.toString() == "2025-12-31");
    CHECK(squats[1].date.toString() == "2026-01-02");
    CHECK(stats.exerciseDays(std::vector<std::string> {}, day("2025-01-01"), day("2026-12-31")).empty());
    CHECK_FALSE(days[0].plannedMinutes);
}

TEST_CASE("sets that fulfil a planned item carry the minutes it prescribed")
{
    History history;
    const auto plan = history.plan(
        week("2026-01-05", {session("2026-01-06", SessionKind::Mobility, {item("cat-cow", Pattern::Mobility, 1, 6)})}));
    history.plannedSet("2026-01-06", plan.sessions.front().items.front());
    history.plannedSet("2026-01-06", plan.sessions.front().items.front());
    history.sets("2026-01-06", "hip-flexor-stretch", 1);
    const auto days = StatsRepository(history.db())
                          .exerciseDays({"cat-cow", "hip-flexor-stretch"}, day("2026-01-05"), day("2026-01-11"));
    REQUIRE(days.size() == 2);
    CHECK(days[0].exerciseId == "cat-cow");
    CHECK(days[0].sets == 2);
    CHECK(days[0].plannedMinutes == 6);
    CHECK_FALSE(days[1].plannedMinutes);
}

TEST_CASE("walk days add up the walks of a day and keep the longest")
{
    History history;
    history.walk("2025-12-30", 30, 1);
    history.walk("2025-12-30", 15, 4);
    history.walk("2026-01-01", 45);
    StatsRepository stats(history.db());
    const auto days = stats.walkDays(day("2025-12-01"), day("2026-01-31"));
    REQUIRE(days.size() == 2);
    CHECK(days[0].walks == 2);
    CHECK(days[0].minutes == 45);
    CHECK(days[0].longestMinutes == 30);
    CHECK(days[0].maxPain == 4);
    CHECK(days[1].minutes == 45);
    CHECK_FALSE(days[1].maxPain);
}

TEST_CASE("planned items come with their session's date and kind, for dates inside a week too")
{
    History history;
    history.plan(week("2025-12-29",
        {strengthSession("2025-12-31", 2),
            session("2026-01-03", SessionKind::Walk, {item("brisk-walk", Pattern::Walking, 0, 20)})}));
    history.plan(week("2026-01-05", {strengthSession("2026-01-06")}));
    StatsRepository stats(history.db());

    // From the middle of the first week: Wednesday's session is in, the walk on Saturday too.
    const auto items = stats.plannedItems(day("2025-12-31"), day("2026-01-04"));
    REQUIRE(items.size() == 6);
    CHECK(items[0].date.toString() == "2025-12-31");
    CHECK(items[0].sessionKind == SessionKind::Strength);
    CHECK(items[0].warmUp);
    CHECK(items[1].pattern == Pattern::Hinge);
    CHECK(items[1].sets == 2);
    CHECK(items[5].sessionKind == SessionKind::Walk);
    CHECK(items[5].minutesMin == 20);
    CHECK(stats.plannedItems(day("2026-01-01"), day("2026-01-02")).empty());

    // A plan before a date is found by its week start.
    CHECK(stats.planOrSetsBefore({}, day("2025-12-30")));
    CHECK_FALSE(stats.planOrSetsBefore({}, day("2025-12-29")));
}

TEST_CASE("logged exercises, the first log date and sets before a date span the whole history")
{
    History history;
    StatsRepository stats(history.db());
    CHECK_FALSE(stats.firstLogDate());
    CHECK(stats.loggedExerciseIds().empty());

    history.sets("2024-02-29", "goblet-squat", 2);
    history.sets("2024-02-29", "dead-bug", 2);
    history.sets("2025-06-01", "cat-cow", 1);
    history.sets("2025-06-02", "dead-bug", 1);
    history.checkIn("2023-12-31", 1);
    CHECK(stats.firstLogDate()->toString() == "2023-12-31");
    CHECK(stats.loggedExerciseIds() == std::vector<std::string> {"cat-cow", "dead-bug", "goblet-squat"});
    CHECK(stats.planOrSetsBefore({"goblet-squat", "dead-bug"}, day("2024-03-01")));
    CHECK_FALSE(stats.planOrSetsBefore({"goblet-squat", "dead-bug"}, day("2024-02-29")));
    CHECK_FALSE(stats.planOrSetsBefore({"goblet-squat"}, day("2024-02-29")));
    CHECK_FALSE(stats.planOrSetsBefore({"cat-cow"}, day("2025-06-01")));
    CHECK(stats.planOrSetsBefore({"cat-cow"}, day("2025-06-02")));
    CHECK_FALSE(stats.planOrSetsBefore({}, day("2030-01-01")));
}

TEST_CASE("all exercises' day totals match the per-exercise query and group each day by exercise")
{
    History history;
    history.sets("2025-12-31", "suitcase-carry", 1, std::nullopt, 16.0, 3, std::nullopt, 40.0);
    history.sets("2025-12-31", "goblet-squat", 2, 10, 12.0, 2);
    history.sets("2025-12-30", "goblet-squat", 1, 8, 14.0);
    history.sets("2025-12-31", "dead-bug", 2, 8, std::nullopt, 0);
    history.sets("2025-12-31", "goblet-squat", 1, 12, 12.0, 5); // logged later the same day
    history.sets("2026-01-01", "dead-bug", 1);
    StatsRepository stats(history.db());
    const auto all = stats.exerciseDays(day("2025-12-30"), day("2026-01-01"));
    std::vector<std::string> keys;
    for (const auto& row : all)
        keys.push_back(row.date.toString() + " " + row.exerciseId);
    CHECK(keys
        == std::vector<std::string> {"2025-12-30 goblet-squat", "2025-12-31 dead-bug", "2025-12-31 goblet-squat",
            "2025-12-31 suitcase-carry", "2026-01-01 dead-bug"});
    CHECK(all[2].sets == 3);
    CHECK(all[2].totalReps == 32);
    CHECK(all[2].maxReps == 12);
    CHECK(all[2].maxPain == 5);
    CHECK(all[1].maxPain == 0);
    CHECK_FALSE(all[4].maxPain);
    CHECK(all
        == stats.exerciseDays({"dead-bug", "goblet-squat", "suitcase-carry"}, day("2025-12-30"), day("2026-01-01")));
}

TEST_CASE("warm-up sets are left out of exercise days, so no load series or record counts them")
{
    History history;
    history.sets("2026-01-05", "goblet-squat", 2, 10, 12.0);
    keel::core::LoggedSet warmUp;
    warmUp.date = day("2026-01-05");
    warmUp.exerciseId = "goblet-squat";
    warmUp.reps = 5;
    warmUp.loadKg = 30.0;
    warmUp.warmUp = true;
    keel::core::LogRepository(history.db()).addSet(warmUp);
    const auto days
        = StatsRepository(history.db()).exerciseDays({"goblet-squat"}, day("2026-01-01"), day("2026-01-31"));
    REQUIRE(days.size() == 1);
    CHECK(days[0].sets == 2);
    CHECK(days[0].totalReps == 20);
    CHECK(days[0].maxLoadKg == 12.0);
}
