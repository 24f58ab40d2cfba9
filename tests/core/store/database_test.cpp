// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/store/backupmanager.h"
#include "core/store/database.h"
#include "core/store/logrepository.h"
#include "core/store/profilerepository.h"
#include "core/store/schema.h"
#include "core/store/sqlsupport.h"
#include "core/util/units.h"
#include "support/tempdir.h"

#include "storetestsupport.h"

#include <SQLiteCpp/Database.h>
#include <array>
#include <catch2/catch.hpp>

using namespace keel;
using core::Database;
using core::StoreError;
using core::StoreStatus;
using test::day;

namespace {

StoreStatus openStatus(const std::filesystem::path& path)
{
    try {
        Database::open(path, day("2026-03-02"));
    } catch (const StoreError& error) {
        return error.status();
    }
    return StoreStatus::Ok;
}

std::string openMessage(const std::filesystem::path& path)
{
    try {
        Database::open(path, day("2026-03-02"));
    } catch (const StoreError& error) {
        return error.what();
    }
    return {};
}

} // namespace

TEST_CASE("a new database gets the current schema, the application id and the durable pragmas")
{
    test::TempDir dir;
    const auto path = dir / "keel.db";
    auto db = Database::open(path, day("2026-03-02"));
    CHECK(db->schemaVersion() == Database::kSchemaVersion);
    CHECK(core::Schema::migrations().back().version == Database::kSchemaVersion);
    CHECK(db->sql().execAndGet("PRAGMA application_id").getInt() == Database::kApplicationId);
    CHECK(db->sql().execAndGet("PRAGMA journal_mode").getString() == "wal");
    CHECK(db->sql().execAndGet("PRAGMA synchronous").getInt() == 2); // FULL
    CHECK(db->sql().execAndGet("PRAGMA foreign_keys").getInt() == 1);
    CHECK(db->sql().execAndGet("PRAGMA busy_timeout").getInt() >= 1000);
    for (const char* table : {"profile", "plan_weeks", "planned_sessions", "planned_items", "logged_sets", "walks",
             "checkins", "progression_state", "progression_events"}) {
        INFO(table);
        CHECK(db->sql().tableExists(table));
    }
    CHECK(db->path() == path);
    CHECK(db->backupDir() == dir.path() / "backups");
    CHECK(db->check().ok);
}

TEST_CASE("reopening keeps the data and the version")
{
    test::TempDir dir;
    const auto path = dir / "keel.db";
    std::int64_t id = 0;
    {
        auto db = Database::open(path, day("2026-03-02"));
        id = core::LogRepository(*db).addSet(test::sampleSet());
    }
    auto db = Database::open(path, day("2026-03-02"));
    CHECK(db->schemaVersion() == Database::kSchemaVersion);
    CHECK(core::LogRepository(*db).set(id) == [&] {
        auto expected = test::sampleSet();
        expected.id = id;
        return expected;
    }());
}

TEST_CASE("a file from a newer Keel is refused and left byte for byte as it was")
{
    test::TempDir dir;
    const auto path = dir / "newer.db";
    for (const bool wal : {false, true}) {
        INFO("WAL: " << wal);
        std::filesystem::remove(path);
        test::writeForeignDatabase(path, Database::kApplicationId, Database::kSchemaVersion + 1, wal);
        const std::string before = test::readFile(path);
        CHECK(openStatus(path) == StoreStatus::TooNew);
        CHECK_THAT(openMessage(path), Catch::Contains("newer Keel") && Catch::Contains("not opened or changed"));
        CHECK(test::readFile(path) == before);
        CHECK_FALSE(test::hasSidecars(path));
        CHECK_FALSE(std::filesystem::exists(dir / "backups"));
    }
}

TEST_CASE("another program's SQLite file is refused untouched")
{
    test::TempDir dir;
    const auto path = dir / "other.db";
    SECTION("with its own application id")
    {
        test::writeForeignDatabase(path, 0x12345678, 3);
    }
    SECTION("with no application id but tables of its own")
    {
        test::writeForeignDatabase(path, 0, 0, true);
    }
    const std::string before = test::readFile(path);
    CHECK(openStatus(path) == StoreStatus::NotKeel);
    CHECK_THAT(openMessage(path), Catch::Contains("not a Keel database") && Catch::Contains(path.string()));
    CHECK(test::readFile(path) == before);
    CHECK_FALSE(test::hasSidecars(path));
}

TEST_CASE("a file that is not a database is reported damaged, and no backup is offered to replace it")
{
    test::TempDir dir;
    const auto path = dir / "keel.db";
    {
        auto db = Database::open(path, day("2026-03-01"));
        core::LogRepository(*db).addSet(test::sampleSet());
    }
    // The second day's open writes the daily backup.
    Database::open(path, day("2026-03-02"));
    const auto backup = dir.path() / "backups" / "keel-2026-03-02.db.zst";
    REQUIRE(std::filesystem::exists(backup));

    test::writeFile(path, "this is a shopping list, not a database\n");
    std::filesystem::remove(path.string() + "-wal");
    const std::string before = test::readFile(path);
    try {
        Database::open(path, day("2026-03-03"));
        FAIL("a garbage file was opened");
    } catch (const StoreError& error) {
        CHECK(error.status() == StoreStatus::Damaged);
        CHECK_FALSE(error.newestBackup());
        CHECK_THAT(error.what(), Catch::Contains("not an SQLite database") && Catch::Contains("no backup is offered"));
    }
    CHECK(test::readFile(path) == before);
}

TEST_CASE("a database with broken pages fails quick_check and is not opened")
{
    test::TempDir dir;
    const auto path = dir / "keel.db";
    {
        auto db = Database::open(path, day("2026-03-01"));
        core::LogRepository log(*db);
        for (int i = 0; i < 300; ++i)
            log.addSet(test::sampleSet());
    }
    REQUIRE_FALSE(test::hasSidecars(path));
    const auto pageSize = static_cast<std::size_t>([&] {
        SQLite::Database raw(path);
        return raw.execAndGet("PRAGMA page_size").getInt();
    }());
    test::scribble(path, pageSize * 3, pageSize * 4);
    const std::string before = test::readFile(path);
    CHECK(openStatus(path) == StoreStatus::Damaged);
    CHECK_THAT(openMessage(path), Catch::Contains("No good backup of it was found"));
    CHECK(test::readFile(path) == before);

    const core::IntegrityReport report = Database::checkFile(path);
    CHECK_FALSE(report.ok);
    CHECK_FALSE(report.problems.empty());
}

namespace {

// A Keel file with 300 sets, whose fourth page is then overwritten with garbage.
std::string writeDamagedDatabase(const std::filesystem::path& path)
{
    {
        auto db = Database::open(path, day("2026-03-01"));
        core::LogRepository log(*db);
        for (int i = 0; i < 300; ++i)
            log.addSet(test::sampleSet());
    }
    const auto pageSize = static_cast<std::size_t>([&] {
        SQLite::Database raw(path);
        return raw.execAndGet("PRAGMA page_size").getInt();
    }());
    test::scribble(path, pageSize * 3, pageSize * 4);
    return test::readFile(path);
}

} // namespace

TEST_CASE("a deferred open reads at once and leaves the check and the daily backup to the caller")
{
    test::TempDir dir;
    const auto path = dir / "keel.db";
    {
        auto fresh = Database::openDeferringChecks(path, day("2026-03-01"));
        CHECK_FALSE(fresh->startChecksPending()); // nothing to check or back up in a new file
        core::LogRepository(*fresh).addSet(test::sampleSet());
    }
    auto db = Database::openDeferringChecks(path, day("2026-03-02"));
    CHECK(db->startChecksPending());
    CHECK(core::LogRepository(*db).sets(day("2026-03-02"), day("2026-03-02")).size() == 1);
    CHECK_FALSE(std::filesystem::exists(dir.path() / "backups" / "keel-2026-03-02.db.zst"));
    CHECK_NOTHROW(Database::verify(path));

    // The daily backup, on a second connection while the first one stays open.
    auto second = Database::connect(path);
    REQUIRE(core::BackupManager::dailyBackup(*second, day("2026-03-02")));
    CHECK(core::BackupManager::checkBackup(dir.path() / "backups" / "keel-2026-03-02.db.zst").ok);
    core::LogRepository(*db).addSet(test::sampleSet());
    CHECK(core::LogRepository(*second).sets(day("2026-03-02"), day("2026-03-02")).size() == 2);
}

TEST_CASE("a deferred open of a damaged file succeeds, and verify names the damage without changing it")
{
    test::TempDir dir;
    const auto path = dir / "keel.db";
    const std::string before = writeDamagedDatabase(path);
    auto db = Database::openDeferringChecks(path, day("2026-03-02"));
    REQUIRE(db->startChecksPending());
    try {
        Database::verify(path);
        FAIL("verify passed a damaged file");
    } catch (const StoreError& error) {
        CHECK(error.status() == StoreStatus::Damaged);
        CHECK_THAT(error.what(), Catch::Contains("is damaged") && Catch::Contains(path.string()));
    }
    db.reset();
    CHECK(test::readFile(path) == before);
}

TEST_CASE("a deferred open still checks a file first when it needs a migration")
{
    test::TempDir dir;
    const auto path = dir / "keel.db";
    writeDamagedDatabase(path);
    {
        SQLite::Database raw(path, SQLite::OPEN_READWRITE);
        raw.exec("PRAGMA user_version = 0"); // page 1 is intact, so this still works
    }
    const std::string before = test::readFile(path);
    try {
        Database::openDeferringChecks(path, day("2026-03-02"));
        FAIL("a damaged file was migrated");
    } catch (const StoreError& error) {
        CHECK(error.status() == StoreStatus::Damaged);
    }
    CHECK(test::readFile(path) == before);
}

TEST_CASE("a path in a missing folder, or under a file, cannot be opened")
{
    test::TempDir dir;
    const auto missing = dir / "nowhere" / "keel.db";
    CHECK(openStatus(missing) == StoreStatus::CannotOpen);
    CHECK_THAT(openMessage(missing), Catch::Contains("does not exist") && Catch::Contains("nowhere"));
    CHECK_FALSE(std::filesystem::exists(dir / "nowhere"));

    test::writeFile(dir / "plain-file", "x");
    CHECK(openStatus(dir / "plain-file" / "keel.db") == StoreStatus::CannotOpen);
    CHECK_THAT(openMessage(dir / "plain-file" / "keel.db"), Catch::Contains("is not a folder"));

    std::filesystem::create_directory(dir / "folder.db");
    CHECK(openStatus(dir / "folder.db") == StoreStatus::CannotOpen);
}

TEST_CASE("an empty file becomes a new database")
{
    test::TempDir dir;
    const auto path = dir / "keel.db";
    test::writeFile(path, "");
    auto db = Database::open(path, day("2026-03-02"));
    CHECK(db->schemaVersion() == Database::kSchemaVersion);
}

TEST_CASE("a transaction commits once, rolls back on failure, and nested calls join it")
{
    auto db = Database::openInMemory();
    core::LogRepository log(*db);
    auto count = [&] { return db->sql().execAndGet("SELECT count(*) FROM logged_sets").getInt(); };

    db->transaction([&] {
        CHECK(db->inTransaction());
        log.addSet(test::sampleSet());
        log.addSet(test::sampleSet());
    });
    CHECK_FALSE(db->inTransaction());
    CHECK(count() == 2);

    CHECK_THROWS_AS(db->transaction([&] {
        log.addSet(test::sampleSet());
        throw std::runtime_error("user cancelled");
    }),
        std::runtime_error);
    CHECK(count() == 2);

    // A nested step that fails undoes only itself when the outer work carries on.
    db->transaction([&] {
        log.addSet(test::sampleSet());
        try {
            db->transaction([&] {
                log.addSet(test::sampleSet());
                throw std::runtime_error("inner step failed");
            });
        } catch (const std::runtime_error&) { }
    });
    CHECK(count() == 3);
}

TEST_CASE("a second connection sees a write only after its commit")
{
    test::TempDir dir;
    const auto path = dir / "keel.db";
    auto writer = Database::open(path, day("2026-03-02"));
    auto reader = Database::open(path, day("2026-03-02"));
    auto count = [&] { return reader->sql().execAndGet("SELECT count(*) FROM logged_sets").getInt(); };
    writer->transaction([&] {
        core::LogRepository(*writer).addSet(test::sampleSet());
        CHECK(count() == 0);
    });
    CHECK(count() == 1);
}

TEST_CASE("migrations run in one transaction after a backup, and a failed step changes nothing")
{
    test::TempDir dir;
    const auto path = dir / "keel.db";
    const auto real = core::Schema::migrations();
    // Only the first two real steps: the test brings its own later steps, whatever the real schema has.
    const auto upToTwo = real.first(2);
    {
        auto db = Database::open(path, day("2026-03-01"), upToTwo);
        // Raw SQL: the repository writes the newest schema's columns.
        db->sql().exec("INSERT INTO logged_sets (date, exercise_id, reps) VALUES ('2026-03-01', 'plank', 1)");
    }

    const std::array<core::Migration, 4> broken = {real[0], real[1],
        core::Migration {3, "CREATE TABLE extra (x INTEGER); INSERT INTO no_such_table VALUES (1);"},
        core::Migration {4, "CREATE TABLE later (x INTEGER);"}};
    CHECK_THROWS_AS(Database::open(path, day("2026-03-01"), broken), StoreError);
    {
        auto db = Database::open(path, day("2026-03-01"), upToTwo);
        CHECK(db->schemaVersion() == 2);
        CHECK_FALSE(db->sql().tableExists("extra"));
    }
    // The backup before the attempted upgrade holds the version-2 data.
    const auto before = dir.path() / "backups" / "keel-2026-03-01-before-v4.db.zst";
    REQUIRE(std::filesystem::exists(before));
    CHECK(core::BackupManager::checkBackup(before).ok);

    const std::array<core::Migration, 3> good
        = {real[0], real[1], core::Migration {3, "CREATE TABLE extra (x INTEGER);"}};
    auto db = Database::open(path, day("2026-03-01"), good);
    CHECK(db->schemaVersion() == 3);
    CHECK(db->sql().tableExists("extra"));
    CHECK(db->sql().execAndGet("SELECT count(*) FROM logged_sets").getInt() == 1);
    CHECK(std::filesystem::exists(dir.path() / "backups" / "keel-2026-03-01-before-v3.db.zst"));
}

TEST_CASE("a version-1 database gets its own identity on upgrade, after a backup, and keeps its data")
{
    test::TempDir dir;
    const auto path = dir / "keel.db";
    const auto real = core::Schema::migrations();
    {
        auto db = Database::open(path, day("2026-03-01"), real.first(1));
        CHECK(db->schemaVersion() == 1);
        // Raw SQL: the repository writes the newest schema's columns.
        db->sql().exec("INSERT INTO logged_sets (date, exercise_id, reps) VALUES ('2026-03-01', 'plank', 1)");
    }
    CHECK_FALSE(Database::readDatabaseId(path));
    std::string id;
    {
        auto db = Database::open(path, day("2026-03-01"), real.first(2));
        CHECK(db->schemaVersion() == 2);
        id = db->databaseId();
        CHECK(id.size() == 32);
        CHECK(id.find_first_not_of("0123456789abcdef") == std::string::npos);
        CHECK(db->sql().execAndGet("SELECT count(*) FROM logged_sets").getInt() == 1);
    }
    CHECK(Database::readDatabaseId(path) == id);
    CHECK(Database::open(path, day("2026-03-02"))->databaseId() == id); // Stable across opens.
    CHECK(std::filesystem::exists(dir.path() / "backups" / "keel-2026-03-01-before-v2.db.zst"));
    CHECK(core::BackupManager::storedDatabaseId(dir.path() / "backups" / "keel-2026-03-02.db.zst") == id);
}

TEST_CASE("check reports foreign key problems")
{
    auto db = Database::openInMemory();
    CHECK(db->check().ok);
    db->sql().exec("PRAGMA foreign_keys = OFF");
    db->sql().exec("INSERT INTO logged_sets (date, exercise_id, reps, planned_item_id) VALUES ('2026-03-02', 'x', 1, "
                   "999)");
    const core::IntegrityReport report = db->check();
    CHECK_FALSE(report.ok);
    REQUIRE(report.problems.size() == 1);
    CHECK_THAT(report.problems.front(), Catch::Contains("logged_sets") && Catch::Contains("planned_items"));
}

TEST_CASE("checkFile reads without writing and names what is wrong")
{
    test::TempDir dir;
    CHECK_FALSE(Database::checkFile(dir / "missing.db").ok);
    test::writeFile(dir / "junk.db", std::string(4096, 'j'));
    CHECK_FALSE(Database::checkFile(dir / "junk.db").ok);

    test::writeForeignDatabase(dir / "other.db", 0x01020304, 1);
    const std::string before = test::readFile(dir / "other.db");
    const auto report = Database::checkFile(dir / "other.db");
    CHECK_FALSE(report.ok);
    CHECK_THAT(report.problems.front(), Catch::Contains("not a Keel database"));
    CHECK(test::readFile(dir / "other.db") == before);

    {
        Database::open(dir / "keel.db", day("2026-03-02"));
    }
    CHECK(Database::checkFile(dir / "keel.db").ok);
}

TEST_CASE("a file left with a hot rollback journal by a kill is recovered on open, not refused")
{
    test::TempDir dir;
    const auto live = dir / "live.db";
    {
        auto db = Database::open(live, day("2026-03-01"));
        core::LogRepository(*db).addSet(test::sampleSet());
    }
    // A file still in rollback-journal mode (as during its first open or a restore), killed in
    // the middle of a big transaction: copying it and its journal then is what the kill leaves.
    std::filesystem::create_directory(dir / "killed");
    const auto killed = dir / "killed" / "keel.db";
    {
        SQLite::Database raw(live, SQLite::OPEN_READWRITE);
        REQUIRE(raw.execAndGet("PRAGMA journal_mode = DELETE").getString() == "delete");
        raw.exec("PRAGMA cache_size = 1"); // Spill changed pages into the file before COMMIT.
        raw.exec("BEGIN IMMEDIATE");
        for (int i = 0; i < 2000; ++i) {
            raw.exec("INSERT INTO logged_sets (date, exercise_id, reps, note) VALUES ('2026-03-01', 'goblet-squat', 5, "
                     "'"
                + std::string(200, 'x') + "')");
        }
        REQUIRE(std::filesystem::exists(live.string() + "-journal"));
        std::filesystem::copy_file(live, killed);
        std::filesystem::copy_file(live.string() + "-journal", killed.string() + "-journal");
        raw.exec("ROLLBACK");
    }
    auto db = Database::open(killed, day("2026-03-02"));
    CHECK(db->check().ok);
    // The one set from before; none of the 2000 the killed transaction was writing.
    CHECK(core::LogRepository(*db).sets(day("2026-03-01"), day("2026-03-03")).size() == 1);
    CHECK_FALSE(std::filesystem::exists(killed.string() + "-journal"));
}

TEST_CASE("the full check runs on the first open of a day and after a corruption error, not on every open")
{
    test::TempDir dir;
    const auto path = dir / "keel.db";
    {
        auto db = Database::open(path, day("2026-03-01"));
        core::LogRepository(*db).addSet(test::sampleSet());
    }
    auto checkedOn = [&path] {
        SQLite::Database raw(path);
        SQLite::Statement query(raw, "SELECT value FROM meta WHERE key = 'checked_on'");
        return query.executeStep() ? query.getColumn(0).getString() : std::string();
    };
    CHECK(checkedOn().empty()); // A new file has nothing to check yet.
    Database::open(path, day("2026-03-02"));
    CHECK(checkedOn() == "2026-03-02");

    // A dangling reference written behind the store's back: every page reads fine, so only the
    // full check (its foreign_key_check) sees it.
    {
        SQLite::Database raw(path, SQLite::OPEN_READWRITE);
        raw.exec("PRAGMA foreign_keys = OFF");
        raw.exec(
            "INSERT INTO logged_sets (date, exercise_id, reps, planned_item_id) VALUES ('2026-03-02', 'x', 1, 999)");
    }
    // Later the same day the recorded check stands; a corruption error marks the file suspect,
    // and the next open checks again and refuses it.
    CHECK_NOTHROW(Database::open(path, day("2026-03-02")));
    core::sql::markSuspect(path);
    CHECK_THROWS_AS(Database::open(path, day("2026-03-02")), StoreError);
    // The next day checks anyway.
    std::filesystem::remove(path.string() + ".suspect");
    CHECK_THROWS_AS(Database::open(path, day("2026-03-03")), StoreError);
}

TEST_CASE("a passed check lifts a suspicion left by a corruption error")
{
    test::TempDir dir;
    const auto path = dir / "keel.db";
    Database::open(path, day("2026-03-01"));
    Database::open(path, day("2026-03-02"));
    core::sql::markSuspect(path);
    REQUIRE(std::filesystem::exists(path.string() + ".suspect"));
    Database::open(path, day("2026-03-02"));
    CHECK_FALSE(std::filesystem::exists(path.string() + ".suspect"));
}

TEST_CASE("a version-3 profile gains the weights owned on upgrade to 5, in its own units")
{
    test::TempDir dir;
    const auto path = dir / "keel.db";
    const auto real = core::Schema::migrations();
    REQUIRE(real[2].version == 3);
    {
        auto db = Database::open(path, day("2026-03-01"), real.first(3));
        CHECK(db->schemaVersion() == 3);
        // Raw SQL: the repository writes the newest schema's columns.
        db->sql().exec(
            "INSERT INTO profile (id, experience, strength_days, preferred_days, equipment, minutes_per_day, "
            "walk_baseline_minutes, units, week_start, recovery_every, rest_seconds) VALUES (1, 'building', "
            "2, 'tue,fri', 'dumbbell,kettlebell', 40, 10, 'lb', 'mon', 6, 90)");
    }
    auto db = Database::open(path, day("2026-03-02"));
    CHECK(db->schemaVersion() == core::Database::kSchemaVersion);
    const auto profile = core::ProfileRepository(*db).load();
    REQUIRE(profile);
    CHECK(profile->equipment.contains("kettlebell"));
    CHECK(core::LoadUnits::text(profile->dumbbellStepKg, core::Units::Lb) == "5 lb");
    CHECK(core::LoadUnits::text(profile->heaviestKettlebellKg, core::Units::Lb) == "50 lb");
    CHECK(core::LoadUnits::text(profile->heaviestBarKg, core::Units::Lb) == "225 lb");
    CHECK_FALSE(profile->validate());
    // The backup is named after the version the upgrade ends at (every pending step runs at once).
    CHECK(std::filesystem::exists(dir.path() / "backups"
        / ("keel-2026-03-02-before-v" + std::to_string(core::Database::kSchemaVersion) + ".db.zst")));
}
