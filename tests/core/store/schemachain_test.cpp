// SPDX-License-Identifier: GPL-3.0-or-later
// The schema-upgrade chain: a logbook as Keel left it at every schema version (frozen fixtures
// in tests/fixtures/schema), each opened by today's Keel. Every one upgrades to the current
// version after a backup and reads back whole; an upgrade that fails leaves the file byte for
// byte as it was. (A file from a newer Keel is refused untouched: database_test.cpp.)
#include "core/model/phrasecode.h"
#include "core/store/backupmanager.h"
#include "core/store/database.h"
#include "core/store/importrepository.h"
#include "core/store/logrepository.h"
#include "core/store/planrepository.h"
#include "core/store/profilerepository.h"
#include "core/store/progressionrepository.h"
#include "core/store/schema.h"
#include "support/tempdir.h"

#include "storetestsupport.h"
#include "testpaths.h"

#include <SQLiteCpp/Database.h>
#include <algorithm>
#include <catch2/catch.hpp>
#include <vector>

using namespace keel;
using core::Database;
using test::day;

namespace {

/// What each fixture holds, and so what its upgrade must keep.
struct Fixture {
    int version;
    int sets;
    int walks;
    int importedExercises;
};

// One row per released schema version; a new version adds its fixture (make-fixtures.py N) and a row.
const std::vector<Fixture> kFixtures = {
    {1, 4, 1, 0},
    {2, 4, 1, 0},
    {3, 6, 1, 1},
    {4, 6, 1, 1},
    {5, 6, 1, 1},
    {6, 6, 1, 1},
    {7, 6, 1, 1},
    {8, 6, 1, 1},
};

std::filesystem::path fixtureSql(int version)
{
    return std::filesystem::path(KEEL_FIXTURES_DIR) / "schema" / ("keel-v" + std::to_string(version) + ".sql");
}

/// Loads a fixture into a new file the way Keel keeps it (write-ahead log), closed cleanly.
void writeFixture(const std::filesystem::path& path, int version)
{
    SQLite::Database raw(path, SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
    raw.exec("PRAGMA journal_mode = WAL");
    raw.exec(test::readFile(fixtureSql(version)));
}

int count(Database& db, const char* table)
{
    return db.sql().execAndGet(std::string("SELECT count(*) FROM ") + table).getInt();
}

} // namespace

TEST_CASE("every released schema version upgrades to the current one and keeps the logbook")
{
    REQUIRE(kFixtures.back().version == Database::kSchemaVersion);
    for (const Fixture& fixture : kFixtures) {
        INFO("fixture keel-v" << fixture.version << ".sql");
        test::TempDir dir;
        const auto path = dir / "keel.db";
        writeFixture(path, fixture.version);

        auto db = Database::open(path, day("2026-02-09"));
        CHECK(db->schemaVersion() == Database::kSchemaVersion);
        CHECK(db->check().ok);
        // Read back through the repositories, which read every column of the current schema.
        const auto profile = core::ProfileRepository(*db).load();
        REQUIRE(profile);
        CHECK(profile->strengthDays == 2);
        CHECK_FALSE(profile->validate());
        const auto everything = std::make_pair(day("2000-01-01"), day("2100-01-01"));
        const auto sets = core::LogRepository(*db).sets(everything.first, everything.second);
        CHECK(static_cast<int>(sets.size()) == fixture.sets);
        CHECK(std::any_of(sets.begin(), sets.end(), [](const auto& set) { return set.note == "felt good"; }));
        CHECK(static_cast<int>(core::LogRepository(*db).walks(everything.first, everything.second).size())
            == fixture.walks);
        CHECK(core::LogRepository(*db).checkIns(everything.first, everything.second).size() == 2);
        const auto week = core::PlanRepository(*db).loadWeek(day("2026-02-02"));
        REQUIRE(week);
        CHECK(week->sessions.size() == 3);
        const auto progression = core::ProgressionRepository(*db).load();
        CHECK(progression.patterns.size() == 2);
        const auto events = core::ProgressionRepository(*db).eventsFrom(day("2000-01-01"));
        REQUIRE(events.size() == 2);
        // Reasons written before they had codes read as they were; later ones by their codes.
        CHECK(events.front().reason.startsWith(
            fixture.version >= 7 ? core::PhraseCode::EverySetReached : core::PhraseCode::Verbatim));
        CHECK(events.front().reason.text() == "every set reached 12 reps");
        CHECK(events.back().reason.text() == "steady");
        // Where an event went: words before schema 8, the exercise and its load as values since.
        CHECK(events.front().to.startsWith(
            fixture.version >= 8 ? core::PhraseCode::StateDoseLoad : core::PhraseCode::Verbatim));
        CHECK(events.front().to.text() == (fixture.version >= 8 ? "Kettlebell deadlift 3×8 @ 16 kg" : "16 kg"));
        CHECK(events.back().to.empty());
        CHECK(static_cast<int>(core::ImportRepository(*db).importedExercises().size()) == fixture.importedExercises);
        CHECK(count(*db, "planned_items") == 4);
        // Every version has an identity once upgraded; one that had it keeps it.
        if (fixture.version >= 2)
            CHECK(db->databaseId() == "0f1e2d3c4b5a69788796a5b4c3d2e1f0");
        else
            CHECK(db->databaseId().size() == 32);
        // An upgrade was preceded by a backup of the file as it was.
        const auto backup = dir.path() / "backups"
            / ("keel-2026-02-09-before-v" + std::to_string(Database::kSchemaVersion) + ".db.zst");
        CHECK(std::filesystem::exists(backup) == (fixture.version < Database::kSchemaVersion));
        if (fixture.version < Database::kSchemaVersion)
            CHECK(core::BackupManager::checkBackup(backup).ok);
    }
}

TEST_CASE("an upgrade that fails at any step leaves the file byte for byte as it was")
{
    const auto real = core::Schema::migrations();
    for (const Fixture& fixture : kFixtures) {
        INFO("fixture keel-v" << fixture.version << ".sql");
        test::TempDir dir;
        const auto path = dir / "keel.db";
        writeFixture(path, fixture.version);
        const std::string before = test::readFile(path);

        // Today's steps and then one that fails: the steps before it must not stay behind either.
        std::vector<core::Migration> steps(real.begin(), real.end());
        steps.push_back(
            {Database::kSchemaVersion + 1, "CREATE TABLE half_done (x INTEGER); SELECT no_such_function();"});
        CHECK_THROWS_AS(Database::open(path, day("2026-02-09"), steps), core::StoreError);
        CHECK(test::readFile(path) == before);
        CHECK_FALSE(std::filesystem::exists(path.string() + "-wal"));
        // The file still opens as it was, with its data.
        SQLite::Database raw(path, SQLite::OPEN_READONLY);
        CHECK(raw.execAndGet("PRAGMA user_version").getInt() == fixture.version);
        CHECK_FALSE(raw.tableExists("half_done"));
    }
}
