// SPDX-License-Identifier: GPL-3.0-or-later
#include "writepaths.h"

#include "core/catalog/catalogloader.h"
#include "core/catalog/catalogpaths.h"
#include "core/exchange/exercisematcher.h"
#include "core/exchange/importer.h"
#include "core/model/profile.h"
#include "core/plan/planservice.h"
#include "core/store/backupfile.h"
#include "core/store/backupmanager.h"
#include "core/store/database.h"
#include "core/store/importrepository.h"
#include "core/store/logrepository.h"
#include "core/store/profilerepository.h"

#include "killrecord.h"

#include <SQLiteCpp/Database.h>
#include <algorithm>
#include <cstdio>
#include <optional>
#include <sstream>
#include <sys/wait.h>
#include <unistd.h>

namespace keel::reliability {

namespace fs = std::filesystem;

namespace {

/// The day the logging runs happen: the first open of it checks the file and backs it up.
const core::Date kNextDay = kToday.addDays(1);

/// Sets in the backup and restore files: the older copy, and what was logged after it.
constexpr int kOlderSets = 1500;
constexpr int kNewerSets = 500;

/// A small export in Strong's format (comma-separated, kg), written for these tests.
constexpr const char* kStrongCsv
    = "Date,Workout Name,Duration,Exercise Name,Set Order,Weight,Reps,Distance,Seconds,Notes,Workout Notes,RPE\n"
      "2026-02-23 18:05:00,Evening,35m,Deadlift (Barbell),1,50.0,8.0,0,0,,,7\n"
      "2026-02-23 18:05:00,Evening,35m,Deadlift (Barbell),2,50.0,8.0,0,0,,,8\n"
      "2026-02-23 18:05:00,Evening,35m,Goblet Squat (Kettlebell),1,12.0,10.0,0,0,,,\n"
      "2026-02-23 18:05:00,Evening,35m,Goblet Squat (Kettlebell),2,12.0,10.0,0,0,,,\n"
      "2026-02-26 18:10:00,Evening,30m,Farmers Walk,1,20.0,0,40,0,,,\n"
      "2026-02-26 18:10:00,Evening,30m,Plank,1,0,0,0,45,,,\n"
      "2026-02-26 18:10:00,Evening,30m,Plank,2,0,0,0,45,,,\n";

core::WalkEntry walkFor(long token)
{
    core::WalkEntry walk;
    walk.date = kToday.addDays(-(token % 300));
    walk.minutes = static_cast<int>(1 + token % 180);
    walk.meters = static_cast<double>(token % 50) * 100.0;
    walk.pain = static_cast<int>(token % 11);
    walk.note = "token " + std::to_string(token);
    return walk;
}

core::CheckIn checkInFor(long token)
{
    return core::CheckIn {kToday.addDays(-token), static_cast<int>(token % 11)};
}

core::Profile profile()
{
    core::Profile person;
    person.preferredDays = {core::Weekday::Monday, core::Weekday::Wednesday, core::Weekday::Friday};
    person.equipment = {"dumbbell", "kettlebell"};
    return person;
}

/// Sets numbered from `firstToken`, with notes short enough that a few thousand stay small.
std::vector<core::LoggedSet> manySets(long firstToken, int count)
{
    std::vector<core::LoggedSet> sets;
    for (long token = firstToken; token < firstToken + count; ++token) {
        core::LoggedSet set = setFor(token, {});
        set.note.resize(std::min<std::size_t>(set.note.size(), 40));
        sets.push_back(std::move(set));
    }
    return sets;
}

std::string str(std::int64_t value)
{
    return std::to_string(value);
}

bool has(const std::vector<std::string>& confirmed, const std::string& line)
{
    return std::find(confirmed.begin(), confirmed.end(), line) != confirmed.end();
}

/// Opens the file as the app would after the power came back.
std::unique_ptr<core::Database> reopen(const fs::path& path, core::Date today)
{
    try {
        auto db = core::Database::open(path, today);
        const core::IntegrityReport report = db->check();
        if (!report.ok)
            throw Failure(path.filename().string() + ": integrity check failed: " + report.problems.front());
        return db;
    } catch (const core::StoreError& error) {
        throw Failure("Keel cannot open " + path.filename().string() + " any more: " + error.what());
    }
}

int setCount(const fs::path& plainDatabase)
{
    SQLite::Database db(plainDatabase.string(), SQLite::OPEN_READONLY);
    return db.execAndGet("SELECT count(*) FROM logged_sets").getInt();
}

/// Sets in a backup, compressed or not.
int setsInBackup(const fs::path& backup)
{
    if (!core::backupfile::isCompressed(backup))
        return setCount(backup);
    const fs::path plain = backup.parent_path() / ".count-check.db";
    core::backupfile::decompress(backup, plain);
    const int count = setCount(plain);
    fs::remove(plain);
    return count;
}

/// Every backup under a final name must be whole and sound: temp files may be left, halves not.
void requireSoundBackups(const fs::path& folder)
{
    std::error_code error;
    for (const auto& entry : fs::directory_iterator(folder, error)) {
        const std::string name = entry.path().filename().string();
        if (name.starts_with(".") || !(name.ends_with(".db") || name.ends_with(".db.zst")))
            continue;
        const core::IntegrityReport report = core::BackupManager::checkBackup(entry.path());
        if (!report.ok)
            throw Failure("the backup " + name + " is damaged: " + report.problems.front());
    }
}

/// Each "set ID TOKEN", "walk ID TOKEN" and "checkin TOKEN" line is in `db` exactly as written.
void requireConfirmedEntries(core::Database& db, const std::vector<std::string>& confirmed)
{
    core::LogRepository log(db);
    for (const std::string& line : confirmed) {
        std::istringstream in(line);
        std::string kind;
        in >> kind;
        if (kind == "set") {
            std::int64_t id = 0;
            long token = 0;
            in >> id >> token;
            core::LoggedSet expected = setFor(token, {});
            expected.id = id;
            if (log.set(id) != std::optional(expected))
                throw Failure("confirmed set " + str(id) + " (token " + str(token) + ") is missing or changed");
        } else if (kind == "walk") {
            std::int64_t id = 0;
            long token = 0;
            in >> id >> token;
            core::WalkEntry expected = walkFor(token);
            expected.id = id;
            if (log.walk(id) != std::optional(expected))
                throw Failure("confirmed walk " + str(id) + " (token " + str(token) + ") is missing or changed");
        } else if (kind == "checkin") {
            long token = 0;
            in >> token;
            if (log.checkIn(checkInFor(token).date) != std::optional(checkInFor(token)))
                throw Failure("confirmed check-in of " + checkInFor(token).date.toString() + " is missing or changed");
        }
    }
}

/// Log entries in `db` beyond the 200 sets prepared and the `confirmed` ones.
int entriesBeyond(core::Database& db, const std::vector<std::string>& confirmed)
{
    core::LogRepository log(db);
    const core::Date from = kToday.addDays(-1000);
    const std::size_t stored
        = log.sets(from, kNextDay).size() + log.walks(from, kNextDay).size() + log.checkIns(from, kNextDay).size();
    return static_cast<int>(stored) - 200 - static_cast<int>(confirmed.size());
}

WritePath logging(const core::Catalog& catalog)
{
    WritePath path;
    path.name = "log";
    path.errorMentions = {"keel.db"};
    path.prepare = [](const fs::path& dir) {
        auto db = core::Database::open(dir / "keel.db", kToday);
        core::ProfileRepository(*db).save(profile());
        core::LogRepository(*db).addSets(manySets(100000, 200));
    };
    path.run = [&catalog](const fs::path& dir, const Confirm& confirm) {
        auto db = core::Database::open(dir / "keel.db", kNextDay);
        core::PlanService service(*db, catalog);
        core::LogRepository log(*db);
        // As keel-cli's log verbs do: refresh, one transaction, print the id, refresh.
        auto logOne = [&](const std::function<std::string()>& write) {
            service.refresh(kNextDay);
            std::string line;
            db->transaction([&] { line = write(); });
            confirm(line);
            service.refresh(kNextDay);
        };
        for (long token = 1; token <= 3; ++token) {
            logOne([&] { return "set " + str(log.addSet(setFor(token, {}))) + " " + str(token); });
            logOne([&] { return "walk " + str(log.addWalk(walkFor(token))) + " " + str(token); });
            logOne([&] {
                log.saveCheckIn(checkInFor(token));
                return "checkin " + str(token);
            });
        }
    };
    path.verify = [](const fs::path& dir, const std::vector<std::string>& confirmed, bool) -> int {
        requireSoundBackups(dir / "backups");
        auto db = reopen(dir / "keel.db", kNextDay);
        requireConfirmedEntries(*db, confirmed);
        if (setCount(dir / "keel.db") < 200)
            throw Failure("sets saved before the run are gone");
        return entriesBeyond(*db, confirmed);
    };
    return path;
}

WritePath backup()
{
    WritePath path;
    path.name = "backup";
    path.errorMentions = {"keel.db", "backup"}; // Logging first, then the backup.
    path.prepare = [](const fs::path& dir) {
        auto db = core::Database::open(dir / "keel.db", kToday);
        core::LogRepository(*db).addSets(manySets(1, kOlderSets));
        fs::create_directories(dir / "out");
        core::BackupManager::backupTo(*db, dir / "out" / "keel-manual.db.zst");
    };
    path.run = [](const fs::path& dir, const Confirm& confirm) {
        auto db = core::Database::open(dir / "keel.db", kToday);
        core::LogRepository(*db).addSets(manySets(kOlderSets + 1, kNewerSets));
        confirm("added");
        core::BackupManager::backupTo(*db, dir / "out" / "keel-manual.db.zst");
        confirm("backed-up");
    };
    path.verify = [](const fs::path& dir, const std::vector<std::string>& confirmed, bool) -> int {
        const fs::path copy = dir / "out" / "keel-manual.db.zst";
        if (!fs::exists(copy))
            throw Failure("the backup under its final name is gone");
        requireSoundBackups(dir / "out");
        const int inCopy = setsInBackup(copy);
        if (inCopy != kOlderSets && inCopy != kOlderSets + kNewerSets)
            throw Failure("the backup holds " + str(inCopy) + " sets: neither the old copy nor the new one");
        if (has(confirmed, "backed-up") && inCopy != kOlderSets + kNewerSets)
            throw Failure("the backup was confirmed but the old copy is still in its place");
        reopen(dir / "keel.db", kToday);
        const int inDatabase = setCount(dir / "keel.db");
        if (inDatabase != kOlderSets + kNewerSets && (has(confirmed, "added") || inDatabase != kOlderSets))
            throw Failure("the database holds " + str(inDatabase) + " sets after the cut");
        return inDatabase > kOlderSets && !has(confirmed, "added") ? 1 : 0;
    };
    return path;
}

/// Opens the database at `path` in a child process, logs `sets` and dies without closing it, as a
/// crash would: the sets stay in the WAL beside the file, not yet folded into it.
void crashAfterLogging(const fs::path& path, const std::vector<core::LoggedSet>& sets)
{
    const pid_t pid = ::fork();
    if (pid < 0)
        throw std::runtime_error("fork failed");
    if (pid == 0) {
        try {
            auto db = core::Database::open(path, kToday);
            core::LogRepository(*db).addSets(sets);
            std::_Exit(0); // With the connection open: no checkpoint, the WAL stays.
        } catch (const std::exception& error) {
            std::fprintf(stderr, "crashAfterLogging: %s\n", error.what());
            std::_Exit(1);
        }
        std::_Exit(0);
    }
    int status = 0;
    ::waitpid(pid, &status, 0);
    if (!WIFEXITED(status) || WEXITSTATUS(status) != 0 || !fs::exists(path.string() + "-wal"))
        throw std::runtime_error(
            "could not leave sets in the WAL of " + path.string() + " (status " + std::to_string(status) + ")");
}

WritePath restore()
{
    // The backup holds 1000 sets; the file 2000, the last 500 of them only in the WAL a crash left
    // beside it (that WAL belongs to the old file and must never be read with the restored one).
    constexpr int inBackup = 1000;
    constexpr int folded = 1500;
    constexpr int all = 2000;
    WritePath path;
    path.name = "restore";
    path.errorMentions = {"restore"};
    const auto backupFile = [](const fs::path& dir) { return dir / "backups" / "keel-2026-03-01-manual.db.zst"; };
    path.prepare = [backupFile](const fs::path& dir) {
        {
            auto db = core::Database::open(dir / "keel.db", kToday);
            core::LogRepository log(*db);
            log.addSets(manySets(1, inBackup));
            fs::create_directories(dir / "backups");
            core::BackupManager::backupTo(*db, backupFile(dir));
            log.addSets(manySets(inBackup + 1, folded - inBackup));
        }
        crashAfterLogging(dir / "keel.db", manySets(folded + 1, all - folded));
    };
    path.run = [backupFile](const fs::path& dir, const Confirm& confirm) {
        core::BackupManager::restore(backupFile(dir), dir / "keel.db");
        confirm("restored");
    };
    path.verify = [](const fs::path& dir, const std::vector<std::string>& confirmed, bool) -> int {
        const fs::path file = dir / "keel.db";
        const fs::path kept = dir / "keel.db.before-restore";
        if (!fs::exists(file))
            throw Failure("keel.db is gone: neither the old file nor the restored one is in its place");
        const core::IntegrityReport report = core::Database::checkFile(file);
        if (!report.ok)
            throw Failure("keel.db is damaged: " + report.problems.front());
        const int sets = setCount(file);
        // The old file without its WAL is what a cut between moving the WAL aside and swapping in
        // the restored file leaves (see BackupManager::restore); the WAL must then be kept with it.
        const bool oldWithoutWal = sets == folded && fs::exists(kept.string() + "-wal");
        if (sets != all && sets != inBackup && !oldWithoutWal)
            throw Failure("keel.db holds " + str(sets) + " sets: neither the old file nor the backup");
        if (has(confirmed, "restored") && sets != inBackup)
            throw Failure("the restore was confirmed but keel.db is still the old file");
        if (sets != all) {
            // Whatever replaced the old file, the old logbook is kept whole, with its WAL.
            if (!fs::exists(kept) || setCount(kept) != all)
                throw Failure("the replaced logbook was not kept whole at keel.db.before-restore");
        }
        reopen(file, kToday);
        return sets == inBackup && !has(confirmed, "restored") ? 1 : 0;
    };
    return path;
}

WritePath creation()
{
    WritePath path;
    path.name = "create";
    path.errorMentions = {"keel.db"};
    path.prepare = [](const fs::path&) {};
    path.run = [](const fs::path& dir, const Confirm& confirm) {
        auto db = core::Database::open(dir / "keel.db", kToday);
        confirm("created");
        core::LogRepository log(*db);
        for (long token = 1; token <= 2; ++token)
            confirm("set " + str(log.addSet(setFor(token, {}))) + " " + str(token));
    };
    path.verify = [](const fs::path& dir, const std::vector<std::string>& confirmed, bool) -> int {
        const fs::path file = dir / "keel.db";
        if (has(confirmed, "created") && !fs::exists(file))
            throw Failure("the created database is gone");
        // Whatever the cut left, the next start must open it (or create it afresh).
        auto db = reopen(file, kToday);
        requireConfirmedEntries(*db, confirmed);
        const int confirmedSets = static_cast<int>(std::count_if(
            confirmed.begin(), confirmed.end(), [](const std::string& line) { return line.starts_with("set"); }));
        return setCount(file) - confirmedSets;
    };
    return path;
}

core::ImportPlan importPlan(const core::Catalog& catalog, const std::map<std::string, std::string>& mappings)
{
    core::ReadOptions options;
    const core::SourceFile source = core::Importer::read(kStrongCsv, std::nullopt, options);
    return core::Importer::plan(source, core::ExerciseMatcher(catalog, mappings));
}

WritePath import(const core::Catalog& catalog)
{
    WritePath path;
    path.name = "import";
    path.errorMentions = {"keel.db"};
    path.prepare = [](const fs::path& dir) {
        auto db = core::Database::open(dir / "keel.db", kToday);
        core::ProfileRepository(*db).save(profile());
    };
    path.run = [&catalog](const fs::path& dir, const Confirm& confirm) {
        // As keel-cli import does: mappings from the file, read and plan, one transaction.
        auto db = core::Database::open(dir / "keel.db", kToday);
        const core::ImportPlan plan = importPlan(catalog, core::ImportRepository(*db).mappings());
        core::ImportOutcome outcome;
        db->transaction([&] { outcome = core::ImportRepository(*db).write(plan.batch); });
        std::string line = "imported";
        for (const std::int64_t id : outcome.addedSetIds)
            line += " " + str(id);
        confirm(line);
    };
    path.verify = [&catalog](const fs::path& dir, const std::vector<std::string>& confirmed, bool) -> int {
        auto db = reopen(dir / "keel.db", kToday);
        const std::size_t planned = importPlan(catalog, {}).batch.sets.size();
        const auto sets = static_cast<std::size_t>(setCount(dir / "keel.db"));
        if (sets != 0 && sets != planned)
            throw Failure("the import left " + str(static_cast<std::int64_t>(sets)) + " of "
                + str(static_cast<std::int64_t>(planned)) + " sets: an import is all or nothing");
        core::LogRepository log(*db);
        for (const std::string& line : confirmed) {
            std::istringstream in(line);
            std::string word;
            in >> word;
            std::int64_t id = 0;
            while (in >> id) {
                if (!log.set(id))
                    throw Failure("imported set " + str(id) + " was confirmed but is missing");
            }
        }
        if (!confirmed.empty() && sets != planned)
            throw Failure("the import was confirmed but its sets are not all there");
        return confirmed.empty() && sets > 0 ? 1 : 0;
    };
    return path;
}

} // namespace

std::vector<WritePath> writePaths(const core::Catalog& catalog)
{
    return {logging(catalog), backup(), restore(), creation(), import(catalog)};
}

core::Catalog loadBuiltInCatalog()
{
    core::CatalogLoadResult loaded = core::CatalogLoader::loadWithOverrides(core::builtInCatalogDir(), {});
    if (!loaded.ok())
        throw std::runtime_error("the built-in catalog does not load: " + loaded.errors.front().toString());
    return std::move(loaded.catalog);
}

} // namespace keel::reliability
