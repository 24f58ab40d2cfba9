// SPDX-License-Identifier: GPL-3.0-or-later
// Today reads an exercise's bests from LogRepository::firstOfEachAmount (one row per distinct set)
// instead of every set ever logged; these cases hold the two to the same answer.
#include "core/records/personalrecords.h"
#include "core/store/database.h"
#include "core/store/logrepository.h"

#include <catch2/catch.hpp>
#include <random>
#include <vector>

using namespace keel;

namespace {

const core::Date kFirstDay = core::Date::fromYmd(2020, 1, 6);

/// `days` days of one exercise's sets drawn from a few loads, rep counts and holds, with warm-ups,
/// bodyweight sets, repeats of earlier amounts and several sets a day, stored through the repository.
void logHistory(core::LogRepository& log, std::mt19937& random, int days)
{
    std::uniform_int_distribution<int> pick(0, 99);
    const std::vector<double> loads = {8.0, 10.0, 12.0, 12.5, 16.0, 20.0, 24.0};
    std::vector<core::LoggedSet> sets;
    for (int day = 0; day < days; day += 1 + pick(random) % 3) {
        const int count = 1 + pick(random) % 4;
        for (int i = 0; i < count; ++i) {
            core::LoggedSet set;
            set.date = kFirstDay.addDays(day);
            set.exerciseId = "goblet-squat";
            set.warmUp = pick(random) < 15;
            const int kind = pick(random);
            if (kind < 60) {
                set.reps = 1 + pick(random) % 15;
                set.loadKg = loads[static_cast<std::size_t>(pick(random)) % loads.size()];
            } else if (kind < 80) {
                set.reps = 5 + pick(random) % 20; // bodyweight
            } else {
                set.seconds = 10 * (1 + pick(random) % 9); // a hold
            }
            sets.push_back(set);
        }
    }
    log.addSets(sets);
}

} // namespace

TEST_CASE("an exercise's bests read from the first of each amount equal those read from every set", "[records]")
{
    for (const unsigned seed : {1u, 2u, 3u, 4u, 5u, 6u, 7u, 8u}) {
        INFO("seed " << seed);
        const auto db = core::Database::openInMemory();
        core::LogRepository log(*db);
        std::mt19937 random(seed);
        logHistory(log, random, 400);
        for (const int offset : {0, 30, 150, 399}) {
            const core::Date day = kFirstDay.addDays(offset);
            INFO("up to " << day.toString());
            const std::vector<core::LoggedSet> every = log.setsOf("goblet-squat", kFirstDay, day);
            const std::vector<core::LoggedSet> amounts = log.firstOfEachAmount("goblet-squat", day);
            CHECK(amounts.size() <= every.size());
            CHECK(core::PersonalRecords::bestsOf(amounts) == core::PersonalRecords::bestsOf(every));
        }
    }
}

TEST_CASE("a new set is a record against the first of each amount exactly when it is against every set", "[records]")
{
    const auto db = core::Database::openInMemory();
    core::LogRepository log(*db);
    std::mt19937 random(11);
    logHistory(log, random, 300);
    const core::Date day = kFirstDay.addDays(300);
    const std::vector<core::LoggedSet> every = log.setsOf("goblet-squat", kFirstDay, day);
    const std::vector<core::LoggedSet> amounts = log.firstOfEachAmount("goblet-squat", day);
    std::uniform_int_distribution<int> reps(1, 16);
    std::uniform_real_distribution<double> load(5.0, 30.0);
    std::uniform_int_distribution<int> seconds(5, 120);
    for (int i = 0; i < 300; ++i) {
        core::LoggedSet set;
        set.date = day;
        set.exerciseId = "goblet-squat";
        if (i % 3 == 2) {
            set.seconds = seconds(random);
        } else {
            set.reps = reps(random);
            if (i % 3 == 0)
                set.loadKg = load(random);
        }
        CHECK(core::PersonalRecords::ofSet(set, amounts) == core::PersonalRecords::ofSet(set, every));
    }
}

TEST_CASE(
    "the first of each amount leaves warm-ups and other exercises out, and dates each amount's first day", "[records]")
{
    const auto db = core::Database::openInMemory();
    core::LogRepository log(*db);
    const auto set = [](const char* date, const char* exercise, int reps, std::optional<double> load, bool warmUp) {
        core::LoggedSet logged;
        logged.date = core::Date::parse(date).value();
        logged.exerciseId = exercise;
        logged.reps = reps;
        logged.loadKg = load;
        logged.warmUp = warmUp;
        return logged;
    };
    log.addSets({set("2026-03-02", "goblet-squat", 8, 12.0, false), set("2026-03-02", "goblet-squat", 8, 12.0, false),
        set("2026-03-04", "goblet-squat", 10, 40.0, true), set("2026-03-04", "goblet-squat", 8, 12.0, false),
        set("2026-03-06", "goblet-squat", 10, std::nullopt, false), set("2026-03-06", "farmer-carry", 1, 30.0, false),
        set("2026-03-09", "goblet-squat", 10, std::nullopt, false)});
    const std::vector<core::LoggedSet> amounts
        = log.firstOfEachAmount("goblet-squat", core::Date::parse("2026-03-31").value());
    REQUIRE(amounts.size() == 2);
    CHECK(amounts[0].date.toString() == "2026-03-02");
    CHECK(amounts[0].reps == 8);
    CHECK(amounts[0].loadKg == 12.0);
    CHECK(amounts[1].date.toString() == "2026-03-06");
    CHECK(amounts[1].reps == 10);
    CHECK_FALSE(amounts[1].loadKg);
    CHECK(log.firstOfEachAmount("goblet-squat", core::Date::parse("2026-03-01").value()).empty());
}
