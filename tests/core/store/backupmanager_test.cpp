// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/store/backupfile.h"
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

/// Logged sets in a database or backup file (a compressed one is read from a decompressed copy).
int setCount(const std::filesystem::path& path)
{
    if (core::backupfile::isCompressed(path)) {
        const std::filesystem::path plain = path.string() + ".plain";
        core::backupfile::decompress(path, plain);
        const int count = setCount(plain);
        std::filesystem::remove(plain);
        return count;
    }
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
    CHECK(namesIn(backups) == std::set<std::string> {"keel-2026-03-02.db.zst"});
    CHECK(setCount(backups / "keel-2026-03-02.db.zst") == 0);
    {
        Database::open(path, day("2026-03-02"));
    }
    CHECK(setCount(backups / "keel-2026-03-02.db.zst") == 0);
    {
        auto db = Database::open(path, day("2026-03-03"));
        CHECK_FALSE(BackupManager::dailyBackup(*db, day("2026-03-03")));
        CHECK(BackupManager::dailyBackup(*db, day("2026-03-04")) == backups / "keel-2026-03-04.db.zst");
    }
    CHECK(setCount(backups / "keel-2026-03-03.db.zst") == 1);
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
        expected.insert("keel-" + last.addDays(-i).toString() + ".db.zst");
    // The newest of each of the last 4 weeks (Mondays start them; 2026-12-31 is a Thursday).
    for (const char* sunday : {"2026-12-27", "2026-12-20", "2026-12-13"})
        expected.insert(std::string("keel-") + sunday + ".db.zst");
    // The newest of each of the last 6 months.
    for (const char* monthEnd : {"2026-11-30", "2026-10-31", "2026-09-30", "2026-08-31", "2026-07-31"})
        expected.insert(std::string("keel-") + monthEnd + ".db.zst");
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
    const auto good = backups / "keel-2026-03-02.db.zst";
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
    CHECK(namesIn(dir / "backups") == std::set<std::string> {"anna-2026-03-02.db.zst", "ben-2026-03-02.db.zst"});

    std::string annaId;
    {
        auto db = Database::open(anna, day("2026-03-02"));
        annaId = db->databaseId();
        CHECK(annaId.size() == 32);
        CHECK(annaId != Database::open(ben, day("2026-03-02"))->databaseId());
    }
    CHECK(BackupManager::storedDatabaseId(dir / "backups" / "anna-2026-03-02.db.zst") == annaId);

    // Ben's file is damaged: Keel offers Ben's backup, never Anna's (even the newer one).
    logbook(anna, 1, "2026-03-03");
    CHECK(BackupManager::listFor(anna).front().path.filename() == "anna-2026-03-03.db.zst");
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
        CHECK(error.newestBackup()->filename() == "ben-2026-03-02.db.zst");
    }
    // And a restore across databases is refused outright.
    const std::string annaBytes = test::readFile(anna);
    CHECK_THROWS_WITH(BackupManager::restore(dir / "backups" / "ben-2026-03-02.db.zst", anna),
        Catch::Contains("another database") && Catch::Contains("nothing was changed"));
    CHECK(test::readFile(anna) == annaBytes);
}

TEST_CASE("a file that is not a database is never offered a restore")
{
    test::TempDir dir;
    logbook(dir / "keel.db", 2, "2026-03-01");
    logbook(dir / "keel.db", 0, "2026-03-02");
    REQUIRE(std::filesystem::exists(dir / "backups" / "keel-2026-03-02.db.zst"));
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
    core::backupfile::decompress(dir / "backups" / "keel-2026-03-02.db.zst", legacy);
    {
        SQLite::Database raw(legacy, SQLite::OPEN_READWRITE);
        raw.exec("DROP TABLE meta");
    }
    const auto listed = BackupManager::listFor(dir / "keel.db");
    REQUIRE(listed.size() == 2);
    CHECK(listed.front().path == legacy);
    CHECK_FALSE(listed.front().databaseId);
    CHECK(BackupManager::newestGoodFor(dir / "keel.db") == dir / "backups" / "keel-2026-03-02.db.zst");
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
    CHECK(std::filesystem::exists(dir / "backups" / "keel-2026-06-30.db.zst"));
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
    CHECK(mode(dir / "backups" / "keel-2026-03-02.db.zst") == (perms::owner_read | perms::owner_write));
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
    const auto backup = dir / "backups" / "keel-2026-03-02.db.zst";
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

TEST_CASE("a daily backup is compressed, smaller than the database, and restores to the same rows")
{
    test::TempDir dir;
    const auto path = dir / "keel.db";
    {
        auto db = Database::open(path, day("2026-03-01"));
        core::LogRepository(*db).addSets(std::vector<core::LoggedSet>(2000, test::sampleSet("2026-03-01")));
    }
    std::string id;
    {
        auto db = Database::open(path, day("2026-03-02")); // Writes the day's backup.
        id = db->databaseId();
        db->sql().exec("PRAGMA wal_checkpoint(TRUNCATE)");
    }
    const auto backup = dir / "backups" / "keel-2026-03-02.db.zst";
    REQUIRE(std::filesystem::exists(backup));
    CHECK(namesIn(dir / "backups") == std::set<std::string> {"keel-2026-03-02.db.zst"});
    CHECK(test::readFile(backup).substr(0, 15) != "SQLite format 3");
    CHECK(std::filesystem::file_size(backup) * 4 < std::filesystem::file_size(path));
    CHECK(BackupManager::checkBackup(backup).ok);
    CHECK(BackupManager::storedDatabaseId(backup) == id);
    const auto listed = BackupManager::listFor(path);
    REQUIRE(listed.size() == 1);
    CHECK(listed.front().databaseId == id); // Read from the label, without decompressing.
    CHECK(listed.front().daily);
    CHECK(BackupManager::newestGoodFor(path) == backup);
    // Checking leaves nothing behind.
    CHECK(namesIn(dir / "backups") == std::set<std::string> {"keel-2026-03-02.db.zst"});

    {
        auto db = Database::open(path, day("2026-03-02"));
        core::LogRepository(*db).addSet(test::sampleSet("2026-03-02"));
    }
    const auto loss = BackupManager::lossOnRestore(backup, path);
    REQUIRE(loss);
    CHECK(loss->sets == 1);
    CHECK(BackupManager::restore(backup, path) == dir / "keel.db.before-restore");
    CHECK(setCount(path) == 2000);
    CHECK(Database::checkFile(path).ok);
    CHECK(Database::readDatabaseId(path) == id);
    CHECK(namesIn(dir / "backups") == std::set<std::string> {"keel-2026-03-02.db.zst"});
    CHECK(Database::open(path, day("2026-03-03"))->check().ok);
}

TEST_CASE("a truncated or corrupt compressed backup is damaged: never offered, and restore refuses it by name")
{
    test::TempDir dir;
    const auto path = dir / "keel.db";
    logbook(path, 300, "2026-03-01");
    logbook(path, 0, "2026-03-02");
    const auto good = dir / "backups" / "keel-2026-03-02.db.zst";
    REQUIRE(std::filesystem::exists(good));
    const std::string bytes = test::readFile(good);

    const auto truncated = dir / "backups" / "keel-2026-03-04.db.zst";
    test::writeFile(truncated, bytes.substr(0, bytes.size() / 2));
    const auto flipped = dir / "backups" / "keel-2026-03-05.db.zst";
    std::string corrupt = bytes;
    corrupt[corrupt.size() / 2] = static_cast<char>(corrupt[corrupt.size() / 2] ^ 0x40);
    test::writeFile(flipped, corrupt);
    const auto empty = dir / "backups" / "keel-2026-03-06.db.zst";
    test::writeFile(empty, "");

    // Their labels are intact, so they are listed as this database's, but never chosen.
    CHECK(BackupManager::listFor(path).size() == 4);
    CHECK(BackupManager::newestGoodFor(path) == good);
    const auto truncatedReport = BackupManager::checkBackup(truncated);
    CHECK_FALSE(truncatedReport.ok);
    REQUIRE(truncatedReport.problems.size() == 1);
    CHECK_THAT(truncatedReport.problems.front(), Catch::Contains(truncated.string()) && Catch::Contains("truncated"));
    CHECK_FALSE(BackupManager::checkBackup(flipped).ok);
    CHECK_THAT(BackupManager::checkBackup(empty).problems.front(), Catch::Contains("empty"));

    const std::string before = test::readFile(path);
    for (const auto& bad : {truncated, flipped, empty}) {
        INFO(bad.string());
        try {
            BackupManager::restore(bad, path);
            FAIL("restored from a damaged backup");
        } catch (const core::StoreError& error) {
            CHECK(error.status() == core::StoreStatus::Damaged);
            CHECK_THAT(error.what(), Catch::Contains(bad.string()) && Catch::Contains("nothing was changed"));
        }
        CHECK(test::readFile(path) == before);
    }
    CHECK_FALSE(BackupManager::lossOnRestore(truncated, path));
    // No decompressed or restore temps are left anywhere.
    for (const auto& folder : {dir.path(), dir / "backups"})
        for (const std::string& name : namesIn(folder))
            CHECK_FALSE(name.ends_with(".tmp"));
}

TEST_CASE("a compressed backup whose label lies about its database is not offered or restored")
{
    test::TempDir dir;
    logbook(dir / "anna.db", 2, "2026-03-01");
    logbook(dir / "anna.db", 0, "2026-03-02");
    logbook(dir / "ben.db", 2, "2026-03-01");
    logbook(dir / "ben.db", 0, "2026-03-02");
    const auto annaBackup = dir / "backups" / "anna-2026-03-02.db.zst";
    const auto benId = Database::readDatabaseId(dir / "ben.db");
    REQUIRE(benId);
    // Anna's copy under Ben's name and label.
    const auto plain = dir / "anna-plain.db";
    core::backupfile::decompress(annaBackup, plain);
    const auto disguised = dir / "backups" / "ben-2026-03-05.db.zst";
    core::backupfile::compress(plain, disguised, *benId);
    CHECK(BackupManager::listFor(dir / "ben.db").front().databaseId == benId);
    CHECK(BackupManager::newestGoodFor(dir / "ben.db") == dir / "backups" / "ben-2026-03-02.db.zst");
    CHECK_THROWS_WITH(BackupManager::restore(disguised, dir / "ben.db"), Catch::Contains("another database"));
}

TEST_CASE("an older Keel's uncompressed backup is still listed, checked, restored and rotated")
{
    test::TempDir dir;
    const auto path = dir / "keel.db";
    std::string id;
    {
        auto db = Database::open(path, day("2026-01-01"));
        id = db->databaseId();
        core::LogRepository(*db).addSet(test::sampleSet("2026-01-01"));
        // What an older Keel wrote: plain daily backups with the same names minus ".zst".
        std::filesystem::create_directories(db->backupDir());
        for (const char* date : {"2026-01-01", "2026-01-02", "2026-01-03"})
            BackupManager::backupTo(*db, db->backupDir() / (std::string("keel-") + date + ".db"));
        // No second backup for a day that has an old one already.
        CHECK_FALSE(BackupManager::dailyBackup(*db, day("2026-01-03")));
        core::LogRepository(*db).addSet(test::sampleSet("2026-01-04"));
    }
    const auto old = dir / "backups" / "keel-2026-01-03.db";
    CHECK(test::readFile(old).substr(0, 15) == "SQLite format 3");
    const auto listed = BackupManager::listFor(path);
    REQUIRE(listed.size() == 3);
    CHECK(listed.front().path == old);
    CHECK(listed.front().databaseId == id);
    CHECK(listed.front().daily);
    CHECK(BackupManager::checkBackup(old).ok);
    CHECK(BackupManager::newestGoodFor(path) == old);
    CHECK(BackupManager::restore(old, path));
    CHECK(setCount(path) == 1);

    // Rotation counts old and new backups alike: a year of days later, both kinds were thinned.
    {
        auto db = Database::open(path, day("2026-01-04"));
        for (core::Date date = day("2026-01-04"); date <= day("2026-12-31"); date = date.addDays(1))
            BackupManager::dailyBackup(*db, date);
    }
    std::set<std::string> expected;
    for (int i = 0; i < 7; ++i)
        expected.insert("keel-" + day("2026-12-31").addDays(-i).toString() + ".db.zst");
    for (const char* kept : {"2026-12-27", "2026-12-20", "2026-12-13", "2026-11-30", "2026-10-31", "2026-09-30",
             "2026-08-31", "2026-07-31"})
        expected.insert(std::string("keel-") + kept + ".db.zst");
    CHECK(namesIn(dir / "backups") == expected);
}

TEST_CASE("temps of a compression that was killed are cleared by the next backup")
{
    test::TempDir dir;
    auto db = Database::open(dir / "keel.db", day("2026-03-02"));
    const auto backups = dir / "backups";
    std::filesystem::create_directories(backups);
    // What a kill leaves behind at each step: the plain copy (and its journal), the half-written
    // compressed file, a decompressed copy being checked.
    for (const char* name :
        {".keel-2026-02-27.db.zst.copy.4194305.tmp", ".keel-2026-02-27.db.zst.copy.4194305.tmp-journal",
            ".keel-2026-02-27.db.zst.4194305.tmp", ".keel-2026-02-20.db.zst.check3.4194305.tmp"})
        test::writeFile(backups / name, "left by a killed process");
    REQUIRE(BackupManager::dailyBackup(*db, day("2026-03-02")));
    CHECK(namesIn(backups) == std::set<std::string> {"keel-2026-03-02.db.zst"});
}
