// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/store/backupmanager.h"
#include "core/store/database.h"
#include "core/store/logrepository.h"
#include "support/tempdir.h"

#include "storetestsupport.h"

#include <SQLiteCpp/Database.h>
#include <catch2/catch.hpp>
#include <set>
#include <sys/stat.h>

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

TEST_CASE("stale temp files of dead processes are cleared by the next backup, whatever they were for")
{
    test::TempDir dir;
    auto db = Database::open(dir / "keel.db", day("2026-03-02"));
    // No process has pid 2^22 + 1 on Linux (pid_max is at most 2^22); pid 1 is always alive.
    test::writeFile(dir / ".copy.db.4194305.tmp", "half a backup");
    test::writeFile(dir / ".keel-2026-02-27.db.4194305.tmp-journal", "a daily backup killed days ago");
    test::writeFile(dir / ".keel.db.restore.4194305.tmp", "a killed restore");
    test::writeFile(dir / ".other.db.1.tmp", "a live process's");
    test::writeFile(dir / "notes.4194305.tmp", "not ours: no leading dot");
    BackupManager::backupTo(*db, dir / "copy.db");
    const auto names = namesIn(dir.path());
    CHECK_FALSE(names.contains(".copy.db.4194305.tmp"));
    CHECK_FALSE(names.contains(".keel-2026-02-27.db.4194305.tmp-journal"));
    CHECK_FALSE(names.contains(".keel.db.restore.4194305.tmp"));
    CHECK(names.contains(".other.db.1.tmp"));
    CHECK(names.contains("notes.4194305.tmp"));
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

    const auto listed = BackupManager::listFor(dir / "keel.db");
    REQUIRE(listed.size() == expected.size());
    CHECK(listed.front().date == last);
    CHECK(listed.back().path.filename() == "keel-2025-06-01-manual.db");
    for (std::size_t i = 1; i < listed.size(); ++i)
        CHECK(listed[i - 1].date >= listed[i].date);
}

TEST_CASE("newestGoodFor skips damaged backups, and restore checks the backup first")
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
    CHECK(BackupManager::newestGoodFor(path) == good);
    CHECK_FALSE(BackupManager::newestGoodFor(dir / "nothing-here" / "keel.db"));

    test::writeFile(backups / "keel-2026-03-05.db", "garbage that looks like a newer backup");
    CHECK(BackupManager::listFor(path).front().path == backups / "keel-2026-03-05.db");
    CHECK(BackupManager::newestGoodFor(path) == good);

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

namespace {

/// A database at `path` with `sets` logged sets, opened on `date` (which takes its daily backup).
void logbook(const std::filesystem::path& path, int sets, const char* date)
{
    auto db = Database::open(path, day(date));
    core::LogRepository log(*db);
    for (int i = 0; i < sets; ++i)
        log.addSet(test::sampleSet(date));
}

void damage(const std::filesystem::path& path)
{
    // Overwrite the second page onwards: the header still says SQLite, the tables are gone.
    std::string bytes = test::readFile(path);
    REQUIRE(bytes.size() > 8192);
    std::fill(bytes.begin() + 4096, bytes.end(), '\x5A');
    test::writeFile(path, bytes);
}

} // namespace

TEST_CASE("two databases in one folder each get their own backups and are offered only their own")
{
    test::TempDir dir;
    const auto anna = dir / "anna.db";
    const auto ben = dir / "ben.db";
    logbook(anna, 3, "2026-03-01");
    logbook(ben, 5, "2026-03-01");
    logbook(anna, 0, "2026-03-02");
    logbook(ben, 0, "2026-03-02");
    CHECK(namesIn(dir / "backups") == std::set<std::string> {"anna-2026-03-02.db", "ben-2026-03-02.db"});

    std::string annaId;
    {
        auto db = Database::open(anna, day("2026-03-02"));
        annaId = db->databaseId();
        CHECK(annaId.size() == 32);
        CHECK(annaId != Database::open(ben, day("2026-03-02"))->databaseId());
    }
    CHECK(Database::readDatabaseId(dir / "backups" / "anna-2026-03-02.db") == annaId);

    // Ben's file is damaged: Keel offers Ben's backup, never Anna's (even the newer one).
    logbook(anna, 1, "2026-03-03");
    CHECK(BackupManager::listFor(anna).front().path.filename() == "anna-2026-03-03.db");
    {
        // Big enough to have pages worth damaging.
        auto db = Database::open(ben, day("2026-03-02"));
        core::LogRepository(*db).addSets(std::vector<core::LoggedSet>(800, test::sampleSet("2026-03-02")));
    }
    damage(ben);
    try {
        Database::open(ben, day("2026-03-04"));
        FAIL("opened a damaged file");
    } catch (const core::StoreError& error) {
        CHECK(error.status() == core::StoreStatus::Damaged);
        REQUIRE(error.newestBackup());
        CHECK(error.newestBackup()->filename() == "ben-2026-03-02.db");
    }
    // And a restore across databases is refused outright.
    const std::string annaBytes = test::readFile(anna);
    CHECK_THROWS_WITH(BackupManager::restore(dir / "backups" / "ben-2026-03-02.db", anna),
        Catch::Contains("another database") && Catch::Contains("nothing was changed"));
    CHECK(test::readFile(anna) == annaBytes);
}

TEST_CASE("a file that is not a database is never offered a restore")
{
    test::TempDir dir;
    logbook(dir / "keel.db", 2, "2026-03-01");
    logbook(dir / "keel.db", 0, "2026-03-02");
    REQUIRE(std::filesystem::exists(dir / "backups" / "keel-2026-03-02.db"));
    test::writeFile(dir / "keel.db", "shopping list: eggs, milk, a kettlebell");
    std::filesystem::remove(dir / "keel.db-wal");
    std::filesystem::remove(dir / "keel.db-shm");
    try {
        Database::open(dir / "keel.db", day("2026-03-03"));
        FAIL("opened a text file");
    } catch (const core::StoreError& error) {
        CHECK(error.status() == core::StoreStatus::Damaged);
        CHECK_FALSE(error.newestBackup());
    }
    CHECK(test::readFile(dir / "keel.db") == "shopping list: eggs, milk, a kettlebell");
}

TEST_CASE("an older Keel's backup without an identity is listed but never offered automatically")
{
    test::TempDir dir;
    logbook(dir / "keel.db", 1, "2026-03-01");
    logbook(dir / "keel.db", 0, "2026-03-02");
    // What an older Keel wrote: a version-1 file without the meta table.
    const auto legacy = dir / "backups" / "keel-2026-03-05.db";
    std::filesystem::copy_file(dir / "backups" / "keel-2026-03-02.db", legacy);
    {
        SQLite::Database raw(legacy, SQLite::OPEN_READWRITE);
        raw.exec("DROP TABLE meta");
    }
    const auto listed = BackupManager::listFor(dir / "keel.db");
    REQUIRE(listed.size() == 2);
    CHECK(listed.front().path == legacy);
    CHECK_FALSE(listed.front().databaseId);
    CHECK(BackupManager::newestGoodFor(dir / "keel.db") == dir / "backups" / "keel-2026-03-02.db");
}

TEST_CASE("a clock that jumps back keeps the day's backup, and rotation spares files not of this database")
{
    test::TempDir dir;
    const auto path = dir / "keel.db";
    auto db = Database::open(path, day("2026-03-01"));
    for (core::Date date = day("2026-03-01"); date <= day("2026-06-30"); date = date.addDays(1))
        BackupManager::dailyBackup(*db, date);
    // A stranger's file under our naming pattern.
    test::writeFile(dir / "backups" / "keel-2025-01-01.db", "not a Keel backup at all");
    // The clock now says January: the backup of that day is written and kept.
    const auto written = BackupManager::dailyBackup(*db, day("2026-01-15"));
    REQUIRE(written);
    CHECK(std::filesystem::exists(*written));
    CHECK(std::filesystem::exists(dir / "backups" / "keel-2025-01-01.db"));
    CHECK(std::filesystem::exists(dir / "backups" / "keel-2026-06-30.db"));
}

TEST_CASE("rotation through a symlinked backup folder deletes only this database's own backups")
{
    test::TempDir dir;
    std::filesystem::create_directories(dir / "elsewhere");
    // Someone else's files that happen to look like daily backups.
    for (const char* name : {"keel-2025-01-01.db", "keel-2025-02-01.db", "keel-2025-03-01.db"})
        test::writeFile(dir / "elsewhere" / name, "precious, not Keel's");
    std::filesystem::create_directories(dir / "home");
    std::filesystem::create_directory_symlink(dir / "elsewhere", dir / "home" / "backups");
    {
        auto db = Database::open(dir / "home" / "keel.db", day("2026-01-01"));
        for (core::Date date = day("2026-01-01"); date <= day("2026-12-31"); date = date.addDays(1))
            BackupManager::dailyBackup(*db, date);
    }
    for (const char* name : {"keel-2025-01-01.db", "keel-2025-02-01.db", "keel-2025-03-01.db"})
        CHECK(test::readFile(dir / "elsewhere" / name) == "precious, not Keel's");
    CHECK(namesIn(dir / "elsewhere").size() < 25); // Its own were rotated as usual.
}

TEST_CASE("databases and backups are private to their owner")
{
    test::TempDir dir;
    const mode_t previous = ::umask(022);
    logbook(dir / "keel.db", 1, "2026-03-01");
    logbook(dir / "keel.db", 0, "2026-03-02");
    ::umask(previous);
    auto mode = [](const std::filesystem::path& path) {
        return std::filesystem::status(path).permissions() & std::filesystem::perms::all;
    };
    using std::filesystem::perms;
    CHECK(mode(dir / "keel.db") == (perms::owner_read | perms::owner_write));
    CHECK(mode(dir / "backups") == perms::owner_all);
    CHECK(mode(dir / "backups" / "keel-2026-03-02.db") == (perms::owner_read | perms::owner_write));
}

TEST_CASE("a backup refuses the database's own -wal, -shm and -journal files")
{
    test::TempDir dir;
    auto db = Database::open(dir / "keel.db", day("2026-03-02"));
    core::LogRepository(*db).addSet(test::sampleSet());
    for (const char* suffix : {"-wal", "-shm", "-journal"}) {
        INFO(suffix);
        CHECK_THROWS_WITH(BackupManager::backupTo(*db, dir / (std::string("keel.db") + suffix)),
            Catch::Contains("-wal, -shm or -journal"));
    }
    CHECK(db->check().ok);
    CHECK(core::LogRepository(*db).sets(day("2026-03-01"), day("2026-03-03")).size() == 1);
}

TEST_CASE("a restore counts what it would lose and keeps every replaced file")
{
    test::TempDir dir;
    const auto path = dir / "keel.db";
    logbook(path, 2, "2026-03-01");
    logbook(path, 3, "2026-03-02"); // The backup of 03-02 holds the first 2 sets.
    {
        auto db = Database::open(path, day("2026-03-02"));
        core::LogRepository log(*db);
        core::CheckIn checkIn;
        checkIn.date = day("2026-03-02");
        checkIn.pain = 3;
        log.setCheckIn(checkIn);
    }
    const auto backup = dir / "backups" / "keel-2026-03-02.db";
    const auto loss = BackupManager::lossOnRestore(backup, path);
    REQUIRE(loss);
    CHECK(loss->sets == 3);
    CHECK(loss->walks == 0);
    CHECK(loss->checkIns == 1);

    CHECK(BackupManager::restore(backup, path) == dir / "keel.db.before-restore");
    CHECK(BackupManager::restore(backup, path) == dir / "keel.db.before-restore-2");
    CHECK(setCount(dir / "keel.db.before-restore") == 5);
    CHECK(setCount(path) == 2);
}
