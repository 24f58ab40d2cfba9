// SPDX-License-Identifier: GPL-3.0-or-later
// The store side of imports: source keys make a second import add nothing, unknown names are
// kept as imported exercises, warm-up sets stay marked, and a chosen mapping is remembered.
#include "core/store/database.h"
#include "core/store/importrepository.h"
#include "core/store/logrepository.h"

#include "storetestsupport.h"

#include <catch2/catch.hpp>

using namespace keel;
using core::ImportBatch;
using core::ImportRepository;
using test::day;

namespace {

core::ImportedSet importedSet(const char* key, const char* exercise, bool warmUp = false)
{
    core::LoggedSet set = test::sampleSet("2026-01-05", exercise);
    set.warmUp = warmUp;
    return {set, key};
}

} // namespace

TEST_CASE("importing the same rows twice stores them once")
{
    auto db = core::Database::openInMemory();
    ImportRepository imports(*db);
    ImportBatch batch;
    batch.sets = {importedSet("strong|a|1", "goblet-squat"), importedSet("strong|a|2", "goblet-squat", true)};
    batch.walks = {{test::sampleWalk("2026-01-06"), "gpx|2026-01-06T07:00:00Z"}};

    const auto first = imports.write(batch);
    CHECK(first.setsAdded == 2);
    CHECK(first.walksAdded == 1);
    CHECK(first.setsAlreadyThere == 0);

    batch.sets.push_back(importedSet("strong|b|1", "plank"));
    const auto second = imports.write(batch);
    CHECK(second.setsAdded == 1);
    CHECK(second.setsAlreadyThere == 2);
    CHECK(second.walksAdded == 0);
    CHECK(second.walksAlreadyThere == 1);

    core::LogRepository log(*db);
    const auto sets = log.sets(day("2026-01-01"), day("2026-01-31"));
    REQUIRE(sets.size() == 3);
    CHECK_FALSE(sets[0].warmUp);
    CHECK(sets[1].warmUp);
    CHECK(log.walks(day("2026-01-01"), day("2026-01-31")).size() == 1);
    CHECK(imports.hasSourceKey("strong|b|1"));
    CHECK_FALSE(imports.hasSourceKey("strong|c|1"));
}

TEST_CASE("an invalid imported row names its key and writes nothing")
{
    auto db = core::Database::openInMemory();
    ImportRepository imports(*db);
    ImportBatch batch;
    batch.sets = {importedSet("strong|a|1", "goblet-squat"), importedSet("strong|a|2", "goblet-squat")};
    batch.sets[1].set.reps = 5000;
    REQUIRE_THROWS_WITH(imports.write(batch), Catch::Contains("strong|a|2") && Catch::Contains("reps 5000"));
    CHECK(imports.logbookEmpty());
}

TEST_CASE("unknown names are kept as imported exercises and can be mapped later")
{
    auto db = core::Database::openInMemory();
    ImportRepository imports(*db);
    ImportBatch batch;
    batch.exercises = {{"imported:deadlift-barbell", "Deadlift (Barbell)"}};
    batch.sets = {importedSet("s|1", "imported:deadlift-barbell"), importedSet("s|2", "imported:deadlift-barbell")};
    imports.write(batch);
    // A second import of the same name does not duplicate the entry.
    imports.write(batch);
    REQUIRE(imports.importedExercises()
        == std::vector<core::ImportedExercise> {{"imported:deadlift-barbell", "Deadlift (Barbell)"}});
    CHECK(imports.mappings().empty());

    CHECK(imports.mapImported("imported:deadlift-barbell", "deadlift barbell", "trap-bar-deadlift") == 2);
    CHECK(imports.importedExercises().empty());
    CHECK(imports.mappings() == std::map<std::string, std::string> {{"deadlift barbell", "trap-bar-deadlift"}});
    core::LogRepository log(*db);
    for (const auto& set : log.sets(day("2026-01-01"), day("2026-01-31")))
        CHECK(set.exerciseId == "trap-bar-deadlift");

    REQUIRE_THROWS_WITH(imports.mapImported("imported:nothing", "nothing", "plank"),
        Catch::Contains("no imported exercise imported:nothing"));
    REQUIRE_THROWS_WITH(imports.mapImported("imported:x", "x", "imported:y"), Catch::Contains("not a catalog"));
}

TEST_CASE("an imported exercise id must say it is imported")
{
    auto db = core::Database::openInMemory();
    ImportRepository imports(*db);
    ImportBatch batch;
    batch.exercises = {{"deadlift", "Deadlift"}};
    REQUIRE_THROWS_WITH(imports.write(batch), Catch::Contains("does not start with \"imported:\""));
}

TEST_CASE("removing a write takes back only what it added")
{
    auto db = core::Database::openInMemory();
    ImportRepository imports(*db);
    ImportBatch earlier;
    earlier.exercises = {{"imported:hack-squat", "Hack Squat"}};
    earlier.sets = {importedSet("strong|a|1", "imported:hack-squat")};
    imports.write(earlier);

    ImportBatch batch = earlier;
    batch.exercises.push_back({"imported:sled-push", "Sled Push"});
    batch.sets.push_back(importedSet("strong|b|1", "imported:sled-push"));
    batch.sets.push_back(importedSet("strong|b|2", "plank", true));
    batch.walks = {{test::sampleWalk("2026-01-06"), "gpx|2026-01-06T07:00:00Z"}};
    const auto outcome = imports.write(batch);
    CHECK(outcome.addedSetIds.size() == 2);
    CHECK(outcome.addedWalkIds.size() == 1);
    CHECK(outcome.addedExercises == std::vector<std::string> {"imported:sled-push"});

    imports.remove(outcome);
    core::LogRepository log(*db);
    const auto sets = log.sets(day("2026-01-01"), day("2026-01-31"));
    REQUIRE(sets.size() == 1);
    CHECK(sets[0].exerciseId == "imported:hack-squat");
    CHECK(log.walks(day("2026-01-01"), day("2026-01-31")).empty());
    CHECK(imports.importedExercises() == std::vector<core::ImportedExercise> {{"imported:hack-squat", "Hack Squat"}});
    CHECK_FALSE(imports.hasSourceKey("strong|b|1"));
    CHECK(imports.hasSourceKey("strong|a|1"));
}

TEST_CASE("a remembered mapping can be forgotten")
{
    auto db = core::Database::openInMemory();
    ImportRepository imports(*db);
    imports.remember("hack squat", "goblet-squat");
    REQUIRE(imports.mappings().size() == 1);
    imports.forget("hack squat");
    CHECK(imports.mappings().empty());
}
