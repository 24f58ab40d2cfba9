// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/store/backupmanager.h"

#include "core/store/database.h"
#include "core/store/sqlsupport.h"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Exception.h>
#include <SQLiteCpp/Statement.h>
#include <algorithm>
#include <cerrno>
#include <csignal>
#include <cstring>
#include <fcntl.h>
#include <set>
#include <sqlite3.h>
#include <string>
#include <sys/stat.h>
#include <unistd.h>

namespace keel::core {

namespace fs = std::filesystem;

namespace {

constexpr int kKeepDaily = 7;
constexpr std::size_t kKeepWeekly = 4;
constexpr std::size_t kKeepMonthly = 6;
constexpr int kBusyRetries = 200; ///< 200 × 50 ms: give a busy source ten seconds.

/// "<stem>-YYYY-MM-DD.db" is a daily backup; "<stem>-YYYY-MM-DD-<label>.db" any other (manual,
/// before a migration). Rotation only ever deletes daily ones.
struct BackupName {
    Date date;
    bool daily = false;
};

std::optional<BackupName> parseBackupName(const std::string& name, const std::string& stem)
{
    const std::size_t dateAt = stem.size() + 1;
    if (name.size() < dateAt + 13 || !name.starts_with(stem) || name[stem.size()] != '-' || !name.ends_with(".db"))
        return std::nullopt;
    const auto date = Date::parse(std::string_view(name).substr(dateAt, 10));
    if (!date)
        return std::nullopt;
    const std::string_view rest = std::string_view(name).substr(dateAt + 10);
    if (rest == ".db")
        return BackupName {*date, true};
    if (rest.size() > 4 && rest.front() == '-')
        return BackupName {*date, false};
    return std::nullopt;
}

std::string dailyName(const std::string& stem, Date date)
{
    return stem + "-" + date.toString() + ".db";
}

[[noreturn]] void throwBackupFailure(const fs::path& destination, const std::string& why)
{
    throw StoreError(StoreStatus::CannotOpen, "backup to " + destination.string() + " failed: " + why);
}

void syncPath(const fs::path& path, int flags, const fs::path& destination)
{
    const int fd = ::open(path.c_str(), flags | O_CLOEXEC);
    if (fd < 0)
        throwBackupFailure(destination, "cannot open " + path.string() + " to flush it");
    const int result = ::fsync(fd);
    ::close(fd);
    if (result != 0)
        throwBackupFailure(destination, "flushing " + path.string() + " to disk failed");
}

/// Temp files are ".<final name>.<pid>.tmp" beside the final name (SQLite may add -journal,
/// -wal or -shm to them while it writes); a restore's are ".<name>.restore.<pid>.tmp". Those of
/// dead processes (a crash mid-backup, whatever file it was writing) are removed before the next
/// attempt; a live process's are left alone.
fs::path tempPathFor(const fs::path& destination)
{
    return destination.parent_path()
        / ("." + destination.filename().string() + "." + std::to_string(::getpid()) + ".tmp");
}

/// The process id in a temp file's name, when the name is one of ours.
std::optional<pid_t> tempOwner(const std::string& name)
{
    const std::size_t tmp = name.rfind(".tmp");
    if (!name.starts_with(".") || tmp == std::string::npos)
        return std::nullopt;
    const std::string suffix = name.substr(tmp + 4);
    if (!suffix.empty() && suffix != "-journal" && suffix != "-wal" && suffix != "-shm")
        return std::nullopt;
    const std::size_t dot = name.rfind('.', tmp - 1);
    if (dot == std::string::npos || dot == 0)
        return std::nullopt;
    const std::string pidText = name.substr(dot + 1, tmp - dot - 1);
    if (pidText.empty() || pidText.size() > 9
        || !std::all_of(pidText.begin(), pidText.end(), [](char c) { return c >= '0' && c <= '9'; }))
        return std::nullopt;
    return static_cast<pid_t>(std::stol(pidText));
}

void removeStaleTemps(const fs::path& folder)
{
    std::error_code error;
    for (const auto& entry : fs::directory_iterator(folder, error)) {
        const auto pid = tempOwner(entry.path().filename().string());
        if (!pid || entry.is_symlink(error))
            continue;
        const bool dead = *pid != ::getpid() && ::kill(*pid, 0) != 0 && errno == ESRCH;
        if (*pid == ::getpid() || dead)
            fs::remove(entry.path(), error);
    }
}

/// Creates `path` empty and private (0600) before SQLite writes into it, so a copy of a
/// personal logbook is never readable by others, whatever the umask.
void createPrivateFile(const fs::path& path)
{
    const int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC | O_NOFOLLOW, 0600);
    if (fd < 0)
        throw std::runtime_error("cannot create " + path.string() + ": " + std::strerror(errno));
    ::fchmod(fd, 0600);
    ::close(fd);
}

/// The database's own files: itself and the journals SQLite keeps beside it.
bool isDatabaseOrSidecar(const fs::path& target, const fs::path& database)
{
    if (database.empty())
        return false;
    std::error_code error;
    const fs::path resolvedTarget = fs::weakly_canonical(fs::absolute(target, error), error);
    const fs::path resolvedDb = fs::weakly_canonical(fs::absolute(database, error), error);
    for (const char* suffix : {"", "-wal", "-shm", "-journal"}) {
        const fs::path own = resolvedDb.string() + suffix;
        if (resolvedTarget == own || (fs::exists(target, error) && fs::equivalent(target, own, error)))
            return true;
    }
    return false;
}

/// Copies the whole database into `target` with the online backup API; `target` ends up a
/// self-contained rollback-journal file.
void copyDatabase(SQLite::Database& source, const fs::path& target)
{
    createPrivateFile(target);
    sqlite3* out = nullptr;
    int rc = sqlite3_open_v2(target.c_str(), &out, SQLITE_OPEN_READWRITE, nullptr);
    auto failure = [&](const std::string& what) {
        const std::string message = what + ": " + (out ? sqlite3_errmsg(out) : sqlite3_errstr(rc));
        sqlite3_close(out);
        return message;
    };
    if (rc != SQLITE_OK)
        throw std::runtime_error(failure("cannot open the temporary file"));
    sqlite3_backup* backup = sqlite3_backup_init(out, "main", source.getHandle(), "main");
    if (!backup)
        throw std::runtime_error(failure("cannot start the backup"));
    for (int attempt = 0; attempt < kBusyRetries; ++attempt) {
        rc = sqlite3_backup_step(backup, -1);
        if (rc != SQLITE_BUSY && rc != SQLITE_LOCKED)
            break;
        sqlite3_sleep(50);
    }
    const int finish = sqlite3_backup_finish(backup);
    if (rc != SQLITE_DONE || finish != SQLITE_OK)
        throw std::runtime_error(failure("copying the pages failed"));
    // The copied header still says WAL; a backup should be one file that opens anywhere.
    rc = sqlite3_exec(out, "PRAGMA journal_mode = DELETE", nullptr, nullptr, nullptr);
    if (rc != SQLITE_OK)
        throw std::runtime_error(failure("finishing the copy failed"));
    rc = sqlite3_close(out);
    out = nullptr;
    if (rc != SQLITE_OK)
        throw std::runtime_error("closing the copy failed: " + std::string(sqlite3_errstr(rc)));
}

/// Why a backup file cannot be restored, or nullopt when it is a sound Keel database.
std::optional<std::string> backupProblem(const fs::path& path)
{
    const IntegrityReport report = Database::checkFile(path);
    if (report.ok)
        return std::nullopt;
    return report.problems.empty() ? std::string("unknown problem") : report.problems.front();
}

} // namespace

std::string BackupManager::backupStem(const std::filesystem::path& databasePath)
{
    std::string stem = databasePath.filename().string();
    if (stem.ends_with(".db"))
        stem.resize(stem.size() - 3);
    return stem.empty() ? std::string("keel") : stem;
}

void BackupManager::backupTo(Database& db, const std::filesystem::path& destination)
{
    const fs::path target = destination.parent_path().empty() ? fs::path(".") / destination : destination;
    const fs::path folder = target.parent_path();
    std::error_code error;
    if (!fs::is_directory(folder, error))
        throwBackupFailure(destination, "folder " + folder.string() + " does not exist");
    if (fs::is_directory(target, error))
        throwBackupFailure(destination, "it is a folder");
    // Replacing the live -wal or -journal would throw away (or corrupt) committed work.
    if (isDatabaseOrSidecar(target, db.path()))
        throwBackupFailure(destination, "that is the database itself or one of its -wal, -shm or -journal files");

    removeStaleTemps(folder); // Also any left by this process.
    const fs::path temp = tempPathFor(target);
    try {
        copyDatabase(db.sql(), temp);
        syncPath(temp, O_RDONLY, destination);
    } catch (const std::exception& failure) {
        removeStaleTemps(folder);
        throwBackupFailure(destination, failure.what());
    }
    // rename() replaces atomically: the final name holds the old complete file or the new one.
    if (std::rename(temp.c_str(), target.c_str()) != 0) {
        removeStaleTemps(folder);
        throwBackupFailure(destination, "cannot move the finished copy into place");
    }
    syncPath(folder, O_RDONLY | O_DIRECTORY, destination);
}

std::optional<std::filesystem::path> BackupManager::dailyBackup(Database& db, Date today)
{
    const fs::path dir = db.backupDir();
    if (dir.empty())
        return std::nullopt;
    const std::string stem = backupStem(db.path());
    const fs::path target = dir / dailyName(stem, today);
    std::error_code error;
    if (fs::exists(target, error))
        return std::nullopt;
    if (!fs::exists(dir, error)) {
        fs::create_directories(dir, error);
        if (error)
            throwBackupFailure(target, "cannot create folder " + dir.string() + ": " + error.message());
        fs::permissions(dir, fs::perms::owner_all, error);
    }
    backupTo(db, target);

    // Keep the newest backup of each of the last 7 days, 4 weeks and 6 months that have one.
    // Only this database's own daily backups count, and only they are ever deleted; the one just
    // written always stays, even when the clock went back and newer-dated ones exist.
    const std::string id = db.databaseId();
    std::vector<BackupInfo> dailies;
    for (const BackupInfo& info : listFor(db.path())) {
        if (info.daily && info.databaseId == id)
            dailies.push_back(info);
    }
    int days = 0;
    std::set<long> weeks;
    std::set<int> months;
    for (const BackupInfo& info : dailies) {
        bool keep = info.path == target;
        if (days < kKeepDaily) {
            ++days;
            keep = true;
        }
        const long week = info.date.startOfWeek(Weekday::Monday).days();
        if (!weeks.contains(week) && weeks.size() < kKeepWeekly) {
            weeks.insert(week);
            keep = true;
        }
        const int month = info.date.year() * 12 + info.date.month();
        if (!months.contains(month) && months.size() < kKeepMonthly) {
            months.insert(month);
            keep = true;
        }
        if (!keep)
            fs::remove(info.path, error);
    }
    return target;
}

std::vector<BackupInfo> BackupManager::listFor(const std::filesystem::path& databasePath)
{
    struct Found {
        BackupInfo info;
        fs::file_time_type written;
    };
    const std::string stem = backupStem(databasePath);
    std::vector<Found> found;
    std::error_code error;
    for (const auto& entry : fs::directory_iterator(Database::backupDirFor(databasePath), error)) {
        // A symlink could point anywhere; a backup is a plain file in the backup folder.
        if (entry.is_symlink(error) || !entry.is_regular_file(error))
            continue;
        if (const auto name = parseBackupName(entry.path().filename().string(), stem)) {
            BackupInfo info {entry.path(), name->date, name->daily, Database::readDatabaseId(entry.path())};
            found.push_back({std::move(info), entry.last_write_time(error)});
        }
    }
    std::sort(found.begin(), found.end(), [](const Found& a, const Found& b) {
        if (a.info.date != b.info.date)
            return a.info.date > b.info.date;
        if (a.written != b.written)
            return a.written > b.written;
        return a.info.path > b.info.path;
    });
    std::vector<BackupInfo> backups;
    backups.reserve(found.size());
    for (Found& item : found)
        backups.push_back(std::move(item.info));
    return backups;
}

std::optional<std::filesystem::path> BackupManager::newestGoodFor(const std::filesystem::path& databasePath)
{
    const auto id = Database::readDatabaseId(databasePath);
    for (const BackupInfo& info : listFor(databasePath)) {
        if (!info.databaseId || (id && info.databaseId != id))
            continue;
        if (!backupProblem(info.path))
            return info.path;
    }
    return std::nullopt;
}

std::optional<RestoreLoss> BackupManager::lossOnRestore(
    const std::filesystem::path& backup, const std::filesystem::path& current)
{
    std::error_code error;
    if (!fs::is_regular_file(current, error))
        return RestoreLoss {};
    try {
        // Both read-only; URI names so the attached file is opened read-only too.
        SQLite::Database db(sql::readOnlyUri(current), SQLite::OPEN_READONLY | SQLite::OPEN_URI);
        SQLite::Statement attach(db, "ATTACH DATABASE ? AS backup");
        attach.bind(1, sql::readOnlyUri(backup));
        attach.exec();
        auto missing = [&db](const std::string& table) {
            return db
                .execAndGet(
                    "SELECT count(*) FROM main." + table + " WHERE id NOT IN (SELECT id FROM backup." + table + ")")
                .getInt();
        };
        return RestoreLoss {missing("logged_sets"), missing("walks"), missing("checkins")};
    } catch (const SQLite::Exception&) {
        return std::nullopt;
    }
}

std::optional<std::filesystem::path> BackupManager::restore(
    const std::filesystem::path& backup, const std::filesystem::path& target)
{
    if (const auto problem = backupProblem(backup))
        throw StoreError(
            StoreStatus::Damaged, "cannot restore from " + backup.string() + ": " + *problem + "; nothing was changed");
    const auto backupId = Database::readDatabaseId(backup);
    const auto targetId = Database::readDatabaseId(target);
    if (backupId && targetId && backupId != targetId)
        throw StoreError(StoreStatus::InvalidInput,
            "cannot restore " + target.string() + " from " + backup.string()
                + ": the backup is of another database (its id is " + *backupId + ", this one's is " + *targetId
                + "); nothing was changed");
    const fs::path folder = target.parent_path().empty() ? fs::path(".") : target.parent_path();
    std::error_code error;
    if (!fs::is_directory(folder, error))
        throw StoreError(StoreStatus::CannotOpen,
            "cannot restore to " + target.string() + ": folder " + folder.string() + " does not exist");

    removeStaleTemps(folder);
    const fs::path temp
        = folder / ("." + target.filename().string() + ".restore." + std::to_string(::getpid()) + ".tmp");
    fs::copy_file(backup, temp, fs::copy_options::overwrite_existing, error);
    if (error)
        throw StoreError(StoreStatus::CannotOpen,
            "cannot restore to " + target.string() + ": copying " + backup.string() + " failed: " + error.message());
    fs::permissions(temp, fs::perms::owner_read | fs::perms::owner_write, error);
    try {
        syncPath(temp, O_RDONLY, target);
    } catch (const StoreError&) {
        fs::remove(temp, error);
        throw;
    }
    // Keep the replaced file (with its WAL, which belongs to it) instead of deleting it, and
    // never leave an old WAL beside the restored file: SQLite would replay it onto the wrong pages.
    // An earlier restore's kept file is a logbook too: never overwrite it.
    fs::path kept = target.string() + ".before-restore";
    for (int n = 2; fs::exists(kept, error) || fs::exists(kept.string() + "-wal", error); ++n)
        kept = target.string() + ".before-restore-" + std::to_string(n);
    const bool hadFile = fs::exists(target, error);
    if (hadFile) {
        fs::rename(target, kept, error);
        if (error) {
            fs::remove(temp, error);
            throw StoreError(StoreStatus::CannotOpen,
                "cannot restore to " + target.string() + ": cannot move it aside: " + error.message());
        }
    }
    const fs::path wal = target.string() + "-wal";
    if (fs::exists(wal, error))
        fs::rename(wal, kept.string() + "-wal", error);
    fs::remove(target.string() + "-shm", error);
    fs::rename(temp, target, error);
    if (error)
        throw StoreError(StoreStatus::CannotOpen,
            "cannot restore to " + target.string() + ": " + error.message() + "; the old file is at " + kept.string());
    syncPath(folder, O_RDONLY | O_DIRECTORY, target);
    return hadFile ? std::optional<fs::path>(kept) : std::nullopt;
}

} // namespace keel::core
