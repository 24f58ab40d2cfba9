// SPDX-License-Identifier: GPL-3.0-or-later
// The record book as History lists it: each exercise's bests with the first day each was reached,
// read from the log in one query, warm-ups left out, and the longest walk.
#include "core/records/recordbook.h"
#include "core/store/database.h"
#include "core/store/logrepository.h"

#include <catch2/catch.hpp>

using namespace keel::core;

namespace {

Date on(int day)
{
    return Date::fromYmd(2026, 3, day);
}

LoggedSet entry(int day, const char* exercise, std::optional<int> reps, std::optional<double> kg,
    std::optional<int> seconds = std::nullopt, bool warmUp = false)
{
    LoggedSet set;
    set.date = on(day);
    set.exerciseId = exercise;
    set.reps = reps;
    set.loadKg = kg;
    set.seconds = seconds;
    set.warmUp = warmUp;
    return set;
}

} // namespace

TEST_CASE("the record book lists each exercise's bests with the day each was first reached")
{
    auto db = Database::openInMemory();
    LogRepository log(*db);
    // Goblet squat: 12 kg × 10 on the 2nd, 14 kg × 6 on the 4th, 14 kg × 8 on the 6th and again on the 9th.
    log.addSet(entry(2, "goblet-squat", 10, 12.0));
    log.addSet(entry(4, "goblet-squat", 6, 14.0));
    log.addSet(entry(6, "goblet-squat", 8, 14.0));
    log.addSet(entry(9, "goblet-squat", 8, 14.0));
    log.addSet(entry(9, "goblet-squat", 5, 30.0, std::nullopt, true)); // a heavy warm-up counts for nothing
    // Side plank: 30 s, then 45 s on the 5th, then 40 s.
    log.addSet(entry(3, "side-plank", std::nullopt, std::nullopt, 30));
    log.addSet(entry(5, "side-plank", std::nullopt, std::nullopt, 45));
    log.addSet(entry(7, "side-plank", std::nullopt, std::nullopt, 40));
    // Bird dog: bodyweight reps.
    log.addSet(entry(3, "bird-dog", 8, std::nullopt));
    log.addSet(entry(8, "bird-dog", 12, std::nullopt));
    // Only warm-ups: no records at all.
    log.addSet(entry(8, "kettlebell-deadlift", 8, 16.0, std::nullopt, true));
    WalkEntry shortWalk {0, on(2), 20, std::nullopt, std::nullopt, {}, std::nullopt};
    WalkEntry longWalk = shortWalk;
    longWalk.date = on(6);
    longWalk.minutes = 55;
    WalkEntry asLong = longWalk;
    asLong.date = on(8);
    log.addWalk(shortWalk);
    log.addWalk(longWalk);
    log.addWalk(asLong);

    const RecordBook book = RecordBook::load(*db);
    REQUIRE(book.exercises.size() == 3);
    CHECK(book.exercises[0].exerciseId == "bird-dog");
    CHECK(book.exercises[0].bests.mostRepsUnloaded == 12);
    CHECK(book.exercises[0].bests.mostRepsOn == on(8));

    const ExerciseBests& squat = book.exercises[1].bests;
    CHECK(book.exercises[1].exerciseId == "goblet-squat");
    CHECK(squat.heaviestKg == 14.0);
    CHECK(squat.heaviestReps == 8);
    CHECK(squat.heaviestOn == on(6));
    REQUIRE(squat.bestEstimateKg);
    CHECK(*squat.bestEstimateKg == Approx(14.0 * (1.0 + 8.0 / 30.0)));
    CHECK(squat.bestEstimateOn == on(6));

    CHECK(book.exercises[2].exerciseId == "side-plank");
    CHECK(book.exercises[2].bests.longestHoldSeconds == 45);
    CHECK(book.exercises[2].bests.longestHoldOn == on(5));

    REQUIRE(book.longestWalk);
    CHECK(book.longestWalk->minutes == 55);
    CHECK(book.longestWalk->date == on(6));
}

TEST_CASE("an empty log has an empty record book")
{
    auto db = Database::openInMemory();
    CHECK(RecordBook::load(*db) == RecordBook {});
}
