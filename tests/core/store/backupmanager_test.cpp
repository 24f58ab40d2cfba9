// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/store/backupmanager.h"
#include "core/store/database.h"
#include "core/store/logrepository.h"
#include "support/tempdir.h"

#include "storetestsupport.h"

#include <SQLiteCpp/Database.h>
#include <catch2/catch.hpp>
#include <set>

using namespace keel;
using core::BackupManager;
using core::Database;
using test::day;

namespace {

int setCount(const std::filesystem::path& path)
{
    SQLite::Database db(path);
    return db.execAndGet("SELECT count(*) FROM logged_sets").getInt();
}

std::set<std::string> namesIn(const std::filesystem::path& dir)
{
    std::set<std::string> names;
    for (const auto& entry : std::filesystem::directory_iterator(dir))
        names.insert(entry.path().filename().string());
    return names;
}

} // namespace

TEST_CASE("a backup is a complete, self-contained copy and leaves no temp file")
{
    test::TempDir dir;
    auto db = Database::open(dir / "keel.db", day("2026-03-02"));
    core::LogRepository log(*db);
    for (int i = 0; i < 25; ++i)
        log.addSet(test::sampleSet());

    std::filesystem::create_directory(dir / "out");
    const auto target = dir / "out" / "copy.db";
    BackupManager::backupTo(*db, target);
    CHECK(namesIn(dir / "out") == std::set<std::string> {"copy.db"});
    CHECK(Database::checkFile(target).ok);
    CHECK(setCount(target) == 25);
    {
        SQLite::Database copy(target);
        CHECK(copy.execAndGet("PRAGMA journal_mode").getString() == "delete");
        CHECK(copy.execAndGet("PRAGMA application_id").getInt() == Database::kApplicationId);
    }

    // A second backup replaces the first in one step.
    log.addSet(test::sampleSet());
    BackupManager::backupTo(*db, target);
    CHECK(setCount(target) == 26);
    CHECK(namesIn(dir / "out") == std::set<std::string> {"copy.db"});
}

TEST_CASE("a backup refuses a missing folder and the database itself")
{
    test::TempDir dir;
    auto db = Database::open(dir / "keel.db", day("2026-03-02"));
    try {
        BackupManager::backupTo(*db, dir / "missing" / "copy.db");
        FAIL("wrote into a missing folder");
    } catch (const core::StoreError& error) {
        CHECK_THAT(error.what(), Catch::Contains("does not exist") && Catch::Contains("missing"));
    }
    CHECK_THROWS_AS(BackupManager::backupTo(*db, dir / "keel.db"), core::StoreError);
    CHECK(db->check().ok);
}

TEST_CASE("stale temp files of dead processes are cleared by the next backup")
{
    test::TempDir dir;
    auto db = Database::open(dir / "keel.db", day("2026-03-02"));
    // No process has pid 2^22 + 1 on Linux (pid_max is at most 2^22).
    test::writeFile(dir / ".copy.db.4194305.tmp", "half a backup");
    test::writeFile(dir / ".other.db.4194305.tmp", "someone else's");
    BackupManager::backupTo(*db, dir / "copy.db");
    const auto names = namesIn(dir.path());
    CHECK_FALSE(names.contains(".copy.db.4194305.tmp"));
    CHECK(names.contains(".other.db.4194305.tmp"));
}

TEST_CASE("the daily backup is taken on the first open of each day only")
{
    test::TempDir dir;
    const auto path = dir / "keel.db";
    const auto backups = dir / "backups";
    {
        Database::open(path, day("2026-03-01"));
    }
    CHECK_FALSE(std::filesystem::exists(backups)); // A brand-new file has nothing to protect.
    {
        auto db = Database::open(path, day("2026-03-02"));
        core::LogRepository(*db).addSet(test::sampleSet());
    }
    CHECK(namesIn(backups) == std::set<std::string> {"keel-2026-03-02.db"});
    CHECK(setCount(backups / "keel-2026-03-02.db") == 0);
    {
        Database::open(path, day("2026-03-02"));
    }
    CHECK(setCount(backups / "keel-2026-03-02.db") == 0);
    {
        auto db = Database::open(path, day("2026-03-03"));
        CHECK_FALSE(BackupManager::dailyBackup(*db, day("2026-03-03")));
        CHECK(BackupManager::dailyBackup(*db, day("2026-03-04")) == backups / "keel-2026-03-04.db");
    }
    CHECK(setCount(backups / "keel-2026-03-03.db") == 1);
    CHECK(namesIn(backups).size() == 3);
}

TEST_CASE("rotation keeps about 7 daily, 4 weekly and 6 monthly backups")
{
    test::TempDir dir;
    auto db = Database::open(dir / "keel.db", day("2026-01-01"));
    test::writeFile(dir / "backups" / "keel-2025-06-01-manual.db", "kept: not a daily backup");
    const core::Date first = day("2026-01-01");
    const core::Date last = day("2026-12-31");
    for (core::Date date = first; date <= last; date = date.addDays(1))
        BackupManager::dailyBackup(*db, date);

    std::set<std::string> expected = {"keel-2025-06-01-manual.db"};
    // The last 7 days.
    for (int i = 0; i < 7; ++i)
        expected.insert("keel-" + last.addDays(-i).toString() + ".db");
    // The newest of each of the last 4 weeks (Mondays start them; 2026-12-31 is a Thursday).
    for (const char* sunday : {"2026-12-27", "2026-12-20", "2026-12-13"})
        expected.insert(std::string("keel-") + sunday + ".db");
    // The newest of each of the last 6 months.
    for (const char* monthEnd : {"2026-11-30", "2026-10-31", "2026-09-30", "2026-08-31", "2026-07-31"})
        expected.insert(std::string("keel-") + monthEnd + ".db");
    CHECK(namesIn(dir / "backups") == expected);

    const auto listed = BackupManager::list(dir / "backups");
    REQUIRE(listed.size() == expected.size());
    CHECK(listed.front().date == last);
    CHECK(listed.back().path.filename() == "keel-2025-06-01-manual.db");
    for (std::size_t i = 1; i < listed.size(); ++i)
        CHECK(listed[i - 1].date >= listed[i].date);
}

TEST_CASE("newestGood skips damaged backups, and restore checks the backup first")
{
    test::TempDir dir;
    const auto path = dir / "keel.db";
    const auto backups = dir / "backups";
    {
        auto db = Database::open(path, day("2026-03-01"));
        core::LogRepository(*db).addSet(test::sampleSet());
    }
    {
        Database::open(path, day("2026-03-02"));
    }
    const auto good = backups / "keel-2026-03-02.db";
    REQUIRE(std::filesystem::exists(good));
    CHECK(BackupManager::newestGood(backups) == good);
    CHECK_FALSE(BackupManager::newestGood(dir / "nothing-here"));

    test::writeFile(backups / "keel-2026-03-05.db", "garbage that looks like a newer backup");
    CHECK(BackupManager::list(backups).front().path == backups / "keel-2026-03-05.db");
    CHECK(BackupManager::newestGood(backups) == good);

    // A damaged backup is refused and the database stays as it is.
    {
        auto db = Database::open(path, day("2026-03-02"));
        core::LogRepository(*db).addSet(test::sampleSet());
    }
    const std::string before = test::readFile(path);
    CHECK_THROWS_AS(BackupManager::restore(backups / "keel-2026-03-05.db", path), core::StoreError);
    CHECK(test::readFile(path) == before);

    // A good backup replaces it; the replaced file is kept beside it.
    BackupManager::restore(good, path);
    CHECK(std::filesystem::exists(dir / "keel.db.before-restore"));
    CHECK_FALSE(test::hasSidecars(path));
    auto db = Database::open(path, day("2026-03-02"));
    CHECK(db->sql().execAndGet("SELECT count(*) FROM logged_sets").getInt() == 1);
    CHECK(db->check().ok);
}
