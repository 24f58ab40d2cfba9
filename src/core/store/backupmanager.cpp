// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/store/backupmanager.h"

#include "core/store/database.h"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Exception.h>
#include <SQLiteCpp/Statement.h>
#include <algorithm>
#include <cerrno>
#include <csignal>
#include <fcntl.h>
#include <set>
#include <sqlite3.h>
#include <string>
#include <unistd.h>

namespace keel::core {

namespace fs = std::filesystem;

namespace {

constexpr int kKeepDaily = 7;
constexpr std::size_t kKeepWeekly = 4;
constexpr std::size_t kKeepMonthly = 6;
constexpr int kBusyRetries = 200; ///< 200 × 50 ms: give a busy source ten seconds.

/// "keel-YYYY-MM-DD.db" is a daily backup; "keel-YYYY-MM-DD-<label>.db" any other (manual,
/// before a migration). Rotation only ever deletes daily ones.
struct BackupName {
    Date date;
    bool daily = false;
};

std::optional<BackupName> parseBackupName(const std::string& name)
{
    if (name.size() < 18 || !name.starts_with("keel-") || !name.ends_with(".db"))
        return std::nullopt;
    const auto date = Date::parse(std::string_view(name).substr(5, 10));
    if (!date)
        return std::nullopt;
    const std::string_view rest = std::string_view(name).substr(15);
    if (rest == ".db")
        return BackupName {*date, true};
    if (rest.size() > 4 && rest.front() == '-')
        return BackupName {*date, false};
    return std::nullopt;
}

std::string dailyName(Date date)
{
    return "keel-" + date.toString() + ".db";
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
/// -wal or -shm to them while it writes). Those of dead processes (a crash mid-backup) are
/// removed before the next attempt; a live process's are left alone.
fs::path tempPathFor(const fs::path& destination)
{
    return destination.parent_path()
        / ("." + destination.filename().string() + "." + std::to_string(::getpid()) + ".tmp");
}

void removeStaleTemps(const fs::path& destination)
{
    const std::string prefix = "." + destination.filename().string() + ".";
    std::error_code error;
    for (const auto& entry : fs::directory_iterator(destination.parent_path(), error)) {
        const std::string name = entry.path().filename().string();
        const std::size_t tmp = name.rfind(".tmp");
        if (!name.starts_with(prefix) || tmp == std::string::npos || tmp < prefix.size())
            continue;
        const std::string suffix = name.substr(tmp + 4);
        if (!suffix.empty() && suffix != "-journal" && suffix != "-wal" && suffix != "-shm")
            continue;
        const std::string pidText = name.substr(prefix.size(), tmp - prefix.size());
        if (pidText.empty() || pidText.size() > 9
            || !std::all_of(pidText.begin(), pidText.end(), [](char c) { return c >= '0' && c <= '9'; }))
            continue;
        const auto pid = static_cast<pid_t>(std::stol(pidText));
        const bool dead = pid != ::getpid() && ::kill(pid, 0) != 0 && errno == ESRCH;
        if (pid == ::getpid() || dead)
            fs::remove(entry.path(), error);
    }
}

/// Copies the whole database into `target` with the online backup API; `target` ends up a
/// self-contained rollback-journal file.
void copyDatabase(SQLite::Database& source, const fs::path& target)
{
    sqlite3* out = nullptr;
    int rc = sqlite3_open_v2(target.c_str(), &out, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr);
    auto failure = [&](const std::string& what) {
        const std::string message = what + ": " + (out ? sqlite3_errmsg(out) : sqlite3_errstr(rc));
        sqlite3_close(out);
        return message;
    };
    if (rc != SQLITE_OK)
        throw std::runtime_error(failure("cannot create the temporary file"));
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

void BackupManager::backupTo(Database& db, const std::filesystem::path& destination)
{
    const fs::path target = destination.parent_path().empty() ? fs::path(".") / destination : destination;
    const fs::path folder = target.parent_path();
    std::error_code error;
    if (!fs::is_directory(folder, error))
        throwBackupFailure(destination, "folder " + folder.string() + " does not exist");
    if (fs::is_directory(target, error))
        throwBackupFailure(destination, "it is a folder");
    if (!db.path().empty() && fs::exists(target, error) && fs::equivalent(target, db.path(), error))
        throwBackupFailure(destination, "that is the database itself");

    removeStaleTemps(target); // Also any left by this process.
    const fs::path temp = tempPathFor(target);
    try {
        copyDatabase(db.sql(), temp);
        syncPath(temp, O_RDONLY, destination);
    } catch (const std::exception& failure) {
        removeStaleTemps(target);
        throwBackupFailure(destination, failure.what());
    }
    // rename() replaces atomically: the final name holds the old complete file or the new one.
    if (std::rename(temp.c_str(), target.c_str()) != 0) {
        removeStaleTemps(target);
        throwBackupFailure(destination, "cannot move the finished copy into place");
    }
    syncPath(folder, O_RDONLY | O_DIRECTORY, destination);
}

std::optional<std::filesystem::path> BackupManager::dailyBackup(Database& db, Date today)
{
    const fs::path dir = db.backupDir();
    if (dir.empty())
        return std::nullopt;
    const fs::path target = dir / dailyName(today);
    std::error_code error;
    if (fs::exists(target, error))
        return std::nullopt;
    fs::create_directories(dir, error);
    if (error)
        throwBackupFailure(target, "cannot create folder " + dir.string() + ": " + error.message());
    backupTo(db, target);

    // Keep the newest backup of each of the last 7 days, 4 weeks and 6 months that have one.
    std::vector<BackupInfo> dailies;
    for (const BackupInfo& info : list(dir)) {
        if (parseBackupName(info.path.filename().string())->daily)
            dailies.push_back(info);
    }
    int days = 0;
    std::set<long> weeks;
    std::set<int> months;
    for (const BackupInfo& info : dailies) {
        bool keep = false;
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

std::vector<BackupInfo> BackupManager::list(const std::filesystem::path& dir)
{
    struct Found {
        BackupInfo info;
        fs::file_time_type written;
    };
    std::vector<Found> found;
    std::error_code error;
    for (const auto& entry : fs::directory_iterator(dir, error)) {
        if (!entry.is_regular_file(error))
            continue;
        if (const auto name = parseBackupName(entry.path().filename().string()))
            found.push_back({{entry.path(), name->date}, entry.last_write_time(error)});
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

std::optional<std::filesystem::path> BackupManager::newestGood(const std::filesystem::path& dir)
{
    for (const BackupInfo& info : list(dir)) {
        if (!backupProblem(info.path))
            return info.path;
    }
    return std::nullopt;
}

void BackupManager::restore(const std::filesystem::path& backup, const std::filesystem::path& target)
{
    if (const auto problem = backupProblem(backup))
        throw StoreError(
            StoreStatus::Damaged, "cannot restore from " + backup.string() + ": " + *problem + "; nothing was changed");
    const fs::path folder = target.parent_path().empty() ? fs::path(".") : target.parent_path();
    std::error_code error;
    if (!fs::is_directory(folder, error))
        throw StoreError(StoreStatus::CannotOpen,
            "cannot restore to " + target.string() + ": folder " + folder.string() + " does not exist");

    const fs::path temp
        = folder / ("." + target.filename().string() + ".restore." + std::to_string(::getpid()) + ".tmp");
    fs::copy_file(backup, temp, fs::copy_options::overwrite_existing, error);
    if (error)
        throw StoreError(StoreStatus::CannotOpen,
            "cannot restore to " + target.string() + ": copying " + backup.string() + " failed: " + error.message());
    try {
        syncPath(temp, O_RDONLY, target);
    } catch (const StoreError&) {
        fs::remove(temp, error);
        throw;
    }
    // Keep the replaced file (with its WAL, which belongs to it) instead of deleting it, and
    // never leave an old WAL beside the restored file: SQLite would replay it onto the wrong pages.
    const fs::path kept = target.string() + ".before-restore";
    if (fs::exists(target, error)) {
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
}

} // namespace keel::core
