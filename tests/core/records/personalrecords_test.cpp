// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/records/personalrecords.h"

#include <catch2/catch.hpp>

using namespace keel::core;

namespace {

LoggedSet lift(std::int64_t id, int reps, double kg, const std::string& exercise = "goblet-squat")
{
    LoggedSet set;
    set.id = id;
    set.date = Date::fromYmd(2026, 3, 2);
    set.exerciseId = exercise;
    set.reps = reps;
    set.loadKg = kg;
    return set;
}

LoggedSet hold(std::int64_t id, int seconds)
{
    LoggedSet set;
    set.id = id;
    set.exerciseId = "front-plank";
    set.seconds = seconds;
    return set;
}

WalkEntry walk(std::int64_t id, int minutes)
{
    WalkEntry entry;
    entry.id = id;
    entry.minutes = minutes;
    return entry;
}

} // namespace

TEST_CASE("Epley estimates a one-rep max from load and reps, within its range")
{
    CHECK(*PersonalRecords::epleyOneRepMax(100.0, 1) == Approx(100.0));
    CHECK(*PersonalRecords::epleyOneRepMax(100.0, 10) == Approx(133.333).epsilon(1e-4));
    CHECK(*PersonalRecords::epleyOneRepMax(20.0, 12) == Approx(28.0));
    CHECK_FALSE(PersonalRecords::epleyOneRepMax(20.0, 13));
    CHECK_FALSE(PersonalRecords::epleyOneRepMax(20.0, 0));
    CHECK_FALSE(PersonalRecords::epleyOneRepMax(0.0, 5)); // bodyweight: nothing to estimate
}

TEST_CASE("a heavier set for as many reps is a record for load and for the estimate")
{
    const std::vector<LoggedSet> earlier {lift(1, 8, 12.0), lift(2, 10, 10.0), lift(3, 8, 30.0, "deadlift")};
    const auto records = PersonalRecords::ofSet(lift(0, 8, 14.0), earlier);
    REQUIRE(records.size() == 2);
    CHECK(records[0] == PersonalRecord {RecordKind::HeaviestForReps, 14.0, 12.0, 8});
    CHECK(records[1].kind == RecordKind::EstimatedOneRepMax);
    CHECK(records[1].value == Approx(14.0 * (1.0 + 8.0 / 30.0)));
    CHECK(records[1].previous == Approx(12.0 * (1.0 + 8.0 / 30.0))); // 12×8 beats 10×10
}

TEST_CASE("more reps at a lighter load can raise the estimate without a load record")
{
    const std::vector<LoggedSet> earlier {lift(1, 5, 20.0)};
    const auto records = PersonalRecords::ofSet(lift(0, 12, 18.0), earlier);
    // 20 kg was lifted for 5, not 12: no set at 12+ reps to beat for load.
    REQUIRE(records.size() == 1);
    CHECK(records[0].kind == RecordKind::EstimatedOneRepMax); // 18×12 → 25.2 kg over 20×5 → 23.3
}

TEST_CASE("ties, lighter sets and first entries are not records")
{
    const std::vector<LoggedSet> earlier {lift(1, 8, 12.0)};
    CHECK(PersonalRecords::ofSet(lift(0, 8, 12.0), earlier).empty());
    CHECK(PersonalRecords::ofSet(lift(0, 8, 10.0), earlier).empty());
    CHECK(PersonalRecords::ofSet(lift(0, 8, 40.0), {}).empty());
    CHECK(PersonalRecords::ofSet(lift(0, 8, 40.0), {lift(2, 8, 12.0, "deadlift")}).empty());
    // The set itself, already stored, is not compared with itself.
    CHECK(PersonalRecords::ofSet(lift(1, 8, 12.0), earlier).empty());
}

TEST_CASE("the longest hold and the longest walk")
{
    const auto holds = PersonalRecords::ofSet(hold(0, 45), {hold(1, 30), hold(2, 40)});
    REQUIRE(holds.size() == 1);
    CHECK(holds[0] == PersonalRecord {RecordKind::LongestHold, 45.0, 40.0, 0});
    CHECK(PersonalRecords::ofSet(hold(0, 40), {hold(1, 40)}).empty());

    const auto walks = PersonalRecords::ofWalk(walk(0, 35), {walk(1, 20), walk(2, 30)});
    REQUIRE(walks.size() == 1);
    CHECK(walks[0] == PersonalRecord {RecordKind::LongestWalk, 35.0, 30.0, 0});
    CHECK(PersonalRecords::ofWalk(walk(0, 35), {}).empty());
    CHECK(PersonalRecords::ofWalk(walk(2, 30), {walk(1, 20), walk(2, 30)}).size() == 1); // itself excluded
}

TEST_CASE("an exercise's bests: heaviest load with its most reps, best estimate, longest hold")
{
    CHECK(PersonalRecords::bestsOf({}) == ExerciseBests {});
    const ExerciseBests lifts = PersonalRecords::bestsOf({lift(1, 10, 12.0), lift(2, 6, 14.0), lift(3, 8, 14.0)});
    CHECK(lifts.heaviestKg == 14.0);
    CHECK(lifts.heaviestReps == 8);
    REQUIRE(lifts.bestEstimateKg);
    CHECK(*lifts.bestEstimateKg == Approx(14.0 * (1.0 + 8.0 / 30.0)));
    CHECK_FALSE(lifts.longestHoldSeconds);
    CHECK_FALSE(lifts.mostRepsUnloaded);
    LoggedSet bodyweight = lift(4, 15, 0.0);
    bodyweight.loadKg.reset();
    CHECK(PersonalRecords::bestsOf({bodyweight, lift(5, 9, 10.0)}).mostRepsUnloaded == 15);
    const ExerciseBests holds = PersonalRecords::bestsOf({hold(1, 30), hold(2, 45), hold(3, 40)});
    CHECK(holds.longestHoldSeconds == 45);
    CHECK_FALSE(holds.heaviestKg);
}

TEST_CASE("warm-up sets neither set a record nor stand as one")
{
    LoggedSet warmUp = lift(1, 8, 30.0);
    warmUp.warmUp = true;
    const std::vector<LoggedSet> earlier {lift(2, 8, 12.0), warmUp};
    // 14 kg beats the 12 kg working set; the heavier warm-up does not count against it.
    const auto records = PersonalRecords::ofSet(lift(0, 8, 14.0), earlier);
    REQUIRE_FALSE(records.empty());
    CHECK(records.front().kind == RecordKind::HeaviestForReps);
    LoggedSet heavyWarmUp = lift(0, 8, 40.0);
    heavyWarmUp.warmUp = true;
    CHECK(PersonalRecords::ofSet(heavyWarmUp, earlier).empty());
    const ExerciseBests bests = PersonalRecords::bestsOf(earlier);
    CHECK(bests.heaviestKg == 12.0);
}
