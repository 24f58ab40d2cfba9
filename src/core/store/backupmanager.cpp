// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/store/backupmanager.h"

#include "core/model/phrasecode.h"
#include "core/store/backupfile.h"
#include "core/store/backupname.h"
#include "core/store/database.h"
#include "core/store/sqlsupport.h"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Exception.h>
#include <SQLiteCpp/Statement.h>
#include <algorithm>
#include <atomic>
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

[[noreturn]] void throwBackupFailure(const fs::path& destination, const Reason& why)
{
    throw StoreError(StoreStatus::CannotOpen,
        Reason(PhraseCode::StoreBackupFailed, {ReasonArg::words(destination.string()), why.asArg()}));
}

/// A store error's own reason; any other failure's words as they are.
Reason reasonOf(const std::exception& failure)
{
    if (const auto* storeError = dynamic_cast<const StoreError*>(&failure))
        return storeError->reason();
    return Reason::verbatim(failure.what());
}

ReasonArg pathArg(const fs::path& path)
{
    return ReasonArg::words(path.string());
}

void syncPath(const fs::path& path, int flags, const fs::path& destination)
{
    const int fd = ::open(path.c_str(), flags | O_CLOEXEC);
    if (fd < 0)
        throwBackupFailure(destination, Reason(PhraseCode::StoreCannotOpenToFlush, {pathArg(path)}));
    const int result = ::fsync(fd);
    ::close(fd);
    if (result != 0)
        throwBackupFailure(destination, Reason(PhraseCode::StoreFlushFailed, {pathArg(path)}));
}

/// Temp files are ".<final name>.<pid>.tmp" beside the final name (SQLite may add -journal,
/// -wal or -shm to them while it writes); the plain copy a compressed backup is made from is
/// ".<final name>.copy.<pid>.tmp", a compressed backup being checked ".<name>.check<n>.<pid>.tmp"
/// and a restore's ".<name>.restore.<pid>.tmp". Those of
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

/// `text` with every mention of `from` (a temp file's path) replaced by `to` (the backup's),
/// so messages name the file the user knows.
std::string renamed(std::string text, const std::string& from, const std::string& to)
{
    for (std::size_t at = text.find(from); at != std::string::npos; at = text.find(from, at + to.size()))
        text.replace(at, from.size(), to);
    return text;
}

/// Why the database file at `path` cannot be restored, or nullopt when it is a sound Keel
/// database; messages name `shownAs`.
std::optional<std::string> fileProblem(const fs::path& path, const fs::path& shownAs)
{
    const IntegrityReport report = Database::checkFile(path);
    if (report.ok)
        return std::nullopt;
    return report.problems.empty() ? std::string("unknown problem")
                                   : renamed(report.problems.front(), path.string(), shownAs.string());
}

/// A backup as a plain SQLite file: the file itself, or for a compressed one a private copy
/// decompressed into a temp beside it, removed again when this goes away.
class ReadableBackup {
public:
    explicit ReadableBackup(const fs::path& backup)
        : m_path(backup)
    {
        if (!backupfile::isCompressed(backup))
            return;
        static std::atomic<int> counter {0};
        const fs::path folder = backup.parent_path().empty() ? fs::path(".") : backup.parent_path();
        m_temp = folder
            / ("." + backup.filename().string() + ".check" + std::to_string(++counter) + "."
                + std::to_string(::getpid()) + ".tmp");
        try {
            backupfile::decompress(backup, m_temp);
        } catch (const std::exception& failure) {
            m_problem = failure.what();
        }
        m_path = m_temp;
    }
    ~ReadableBackup()
    {
        if (!m_temp.empty()) {
            std::error_code ignored;
            fs::remove(m_temp, ignored);
        }
    }
    ReadableBackup(const ReadableBackup&) = delete;
    ReadableBackup& operator=(const ReadableBackup&) = delete;

    /// The plain database file to read.
    const fs::path& path() const { return m_path; }
    /// Why it cannot be decompressed, when it cannot.
    const std::optional<std::string>& decompressionProblem() const { return m_problem; }

private:
    fs::path m_path;
    fs::path m_temp;
    std::optional<std::string> m_problem;
};

/// A backup's soundness and the identity stored inside it (not its label).
struct BackupCheck {
    std::optional<std::string> problem;
    std::optional<std::string> databaseId;
};

BackupCheck inspectBackup(const fs::path& backup)
{
    const ReadableBackup readable(backup);
    if (readable.decompressionProblem())
        return {readable.decompressionProblem(), std::nullopt};
    if (auto problem = fileProblem(readable.path(), backup))
        return {std::move(problem), std::nullopt};
    return {std::nullopt, Database::readDatabaseId(readable.path())};
}

/// The identity a backup says it carries: read from the file, or a compressed one's label.
std::optional<std::string> labelledId(const fs::path& backup)
{
    return backupfile::isCompressed(backup) ? backupfile::readLabel(backup) : Database::readDatabaseId(backup);
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
        throwBackupFailure(destination, Reason(PhraseCode::StoreFolderMissing, {pathArg(folder)}));
    if (fs::is_directory(target, error))
        throwBackupFailure(destination, Reason(PhraseCode::StoreIsAFolder));
    // Replacing the live -wal or -journal would throw away (or corrupt) committed work.
    if (isDatabaseOrSidecar(target, db.path()))
        throwBackupFailure(destination, Reason(PhraseCode::StoreIsTheDatabase));

    removeStaleTemps(folder); // Also any left by this process.
    const fs::path temp = tempPathFor(target);
    try {
        if (backupfile::isCompressed(target)) {
            // The plain copy first (SQLite's backup API needs a database to write into), then
            // the compressed file from it; only the compressed one is flushed and kept.
            const fs::path copy
                = folder / ("." + target.filename().string() + ".copy." + std::to_string(::getpid()) + ".tmp");
            copyDatabase(db.sql(), copy);
            std::string id; // An old file being backed up before its upgrade has none yet.
            try {
                id = db.databaseId();
            } catch (const StoreError&) { }
            backupfile::compress(copy, temp, id);
            std::error_code ignored;
            fs::remove(copy, ignored);
        } else {
            copyDatabase(db.sql(), temp);
            syncPath(temp, O_RDONLY, destination);
        }
    } catch (const std::exception& failure) {
        removeStaleTemps(folder);
        throwBackupFailure(destination, reasonOf(failure));
    }
    // rename() replaces atomically: the final name holds the old complete file or the new one.
    if (std::rename(temp.c_str(), target.c_str()) != 0) {
        removeStaleTemps(folder);
        throwBackupFailure(destination, Reason(PhraseCode::StoreCannotMoveCopy));
    }
    syncPath(folder, O_RDONLY | O_DIRECTORY, destination);
}

std::optional<std::filesystem::path> BackupManager::dailyBackup(Database& db, Date today)
{
    const fs::path dir = db.backupDir();
    if (dir.empty())
        return std::nullopt;
    const std::string stem = backupStem(db.path());
    const fs::path target = dir / backupname::daily(stem, today);
    std::error_code error;
    if (fs::exists(target, error) || fs::exists(dir / backupname::oldDaily(stem, today), error))
        return std::nullopt;
    if (!fs::exists(dir, error)) {
        fs::create_directories(dir, error);
        if (error)
            throwBackupFailure(
                target, Reason(PhraseCode::StoreCannotCreateFolder, {pathArg(dir), ReasonArg::words(error.message())}));
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
        if (const auto name = backupname::parse(entry.path().filename().string(), stem)) {
            BackupInfo info {entry.path(), name->date, name->daily, labelledId(entry.path())};
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
        // The label of a compressed backup is only a hint: what counts is the copy inside.
        const BackupCheck check = inspectBackup(info.path);
        if (!check.problem && check.databaseId == info.databaseId)
            return info.path;
    }
    return std::nullopt;
}

IntegrityReport BackupManager::checkBackup(const std::filesystem::path& backup)
{
    const BackupCheck check = inspectBackup(backup);
    IntegrityReport report;
    if (check.problem) {
        report.ok = false;
        report.problems.push_back(*check.problem);
    }
    return report;
}

std::optional<std::string> BackupManager::storedDatabaseId(const std::filesystem::path& backup)
{
    return inspectBackup(backup).databaseId;
}

std::optional<RestoreLoss> BackupManager::lossOnRestore(
    const std::filesystem::path& backup, const std::filesystem::path& current)
{
    std::error_code error;
    if (!fs::is_regular_file(current, error))
        return RestoreLoss {};
    const ReadableBackup readable(backup);
    if (readable.decompressionProblem())
        return std::nullopt;
    try {
        // Both read-only; URI names so the attached file is opened read-only too.
        SQLite::Database db(sql::readOnlyUri(current), SQLite::OPEN_READONLY | SQLite::OPEN_URI);
        SQLite::Statement attach(db, "ATTACH DATABASE ? AS backup");
        attach.bind(1, sql::readOnlyUri(readable.path()));
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
    const bool compressed = backupfile::isCompressed(backup);
    const auto refuseForeign = [&](const std::optional<std::string>& backupId) {
        const auto targetId = Database::readDatabaseId(target);
        if (backupId && targetId && backupId != targetId)
            throw StoreError(StoreStatus::InvalidInput,
                Reason(PhraseCode::StoreRestoreForeign,
                    {pathArg(target), pathArg(backup), ReasonArg::words(*backupId), ReasonArg::words(*targetId)})
                += Reason(PhraseCode::StoreNothingChanged));
    };
    const auto refuseDamaged = [&](const std::string& problem) {
        throw StoreError(StoreStatus::Damaged,
            Reason(PhraseCode::StoreRestoreFrom, {pathArg(backup), ReasonArg::words(problem)})
            += Reason(PhraseCode::StoreNothingChanged));
    };
    // Why a restore to `target` failed, when it failed there.
    const auto cannotRestoreTo = [&](const Reason& why) {
        return Reason(PhraseCode::StoreRestoreTo, {pathArg(target), why.asArg()});
    };
    if (!compressed) {
        if (const auto problem = fileProblem(backup, backup))
            refuseDamaged(*problem);
        refuseForeign(Database::readDatabaseId(backup));
    }
    const fs::path folder = target.parent_path().empty() ? fs::path(".") : target.parent_path();
    std::error_code error;
    if (!fs::is_directory(folder, error))
        throw StoreError(
            StoreStatus::CannotOpen, cannotRestoreTo(Reason(PhraseCode::StoreFolderMissing, {pathArg(folder)})));

    removeStaleTemps(folder);
    const fs::path temp
        = folder / ("." + target.filename().string() + ".restore." + std::to_string(::getpid()) + ".tmp");
    if (compressed) {
        // Decompressed straight into the file that will replace the database, and that file is
        // what gets checked: integrity, then the identity stored inside it.
        try {
            backupfile::decompress(backup, temp);
        } catch (const std::exception& failure) {
            fs::remove(temp, error);
            refuseDamaged(renamed(failure.what(), backup.string() + ": ", ""));
        }
        try {
            if (const auto problem = fileProblem(temp, backup))
                refuseDamaged(*problem);
            refuseForeign(Database::readDatabaseId(temp));
        } catch (const StoreError&) {
            fs::remove(temp, error);
            throw;
        }
    } else {
        fs::copy_file(backup, temp, fs::copy_options::overwrite_existing, error);
        if (error)
            throw StoreError(StoreStatus::CannotOpen,
                cannotRestoreTo(
                    Reason(PhraseCode::StoreCopyingFailed, {pathArg(backup), ReasonArg::words(error.message())})));
    }
    fs::permissions(temp, fs::perms::owner_read | fs::perms::owner_write, error);
    // syncPath words its failures for a backup; a restore says what happened to the database.
    const auto flushFailed = [&](const fs::path& path, const Reason& outcome) {
        return StoreError(
            StoreStatus::CannotOpen, cannotRestoreTo(Reason(PhraseCode::StoreFlushFailed, {pathArg(path)}) += outcome));
    };
    try {
        syncPath(temp, O_RDONLY, target);
    } catch (const StoreError&) {
        fs::remove(temp, error);
        throw flushFailed(temp, Reason(PhraseCode::StoreNothingChanged));
    }
    // Keep the replaced file (with its WAL, which belongs to it) instead of deleting it, and
    // never leave an old WAL beside the restored file: SQLite would replay it onto the wrong pages.
    // An earlier restore's kept file is a logbook too: never overwrite it.
    fs::path kept = target.string() + ".before-restore";
    for (int n = 2; fs::exists(kept, error) || fs::exists(kept.string() + "-wal", error); ++n)
        kept = target.string() + ".before-restore-" + std::to_string(n);
    // The old file gets its second name as a hard link, so the database's own name holds a whole
    // file at every moment: the old one until the rename below swaps in the restored one. Moving
    // it aside first left a moment with no file at all, and a crash (or a failed rename) there
    // made the next start create an empty logbook. Where links are not supported (FAT), moving
    // it aside is the fallback.
    const bool hadFile = fs::exists(target, error);
    bool linked = false;
    if (hadFile) {
        fs::create_hard_link(target, kept, error);
        linked = !error;
        if (!linked)
            fs::rename(target, kept, error);
        if (error) {
            fs::remove(temp, error);
            throw StoreError(StoreStatus::CannotOpen,
                cannotRestoreTo(Reason(PhraseCode::StoreCannotMoveAside, {ReasonArg::words(error.message())})));
        }
    }
    const fs::path wal = target.string() + "-wal";
    const fs::path keptWal = kept.string() + "-wal";
    const bool hadWal = fs::exists(wal, error);
    std::error_code walError;
    if (hadWal)
        fs::rename(wal, keptWal, walError);
    const bool movedWal = hadWal && !walError;
    if (hadWal && !movedWal) {
        // Left beside the restored file, the old WAL would be replayed into it: stop here.
        const std::string why = walError.message();
        if (linked)
            fs::remove(kept, error);
        else
            fs::rename(kept, target, error);
        fs::remove(temp, error);
        throw StoreError(StoreStatus::CannotOpen,
            cannotRestoreTo(Reason(PhraseCode::StoreCannotMoveWal, {ReasonArg::words(why)})
                += Reason(PhraseCode::StoreNothingChanged)));
    }
    fs::remove(target.string() + "-shm", error);
    fs::rename(temp, target, error);
    if (error) {
        const std::string why = error.message();
        fs::remove(temp, error);
        // Nothing was replaced: the old file stays in use, with its WAL put back beside it. If the
        // WAL cannot go back, the whole old logbook is the kept file with its WAL: keep both.
        const bool walBack = !movedWal || (fs::rename(keptWal, wal, error), !error);
        if (linked && walBack) {
            fs::remove(kept, error);
            throw StoreError(StoreStatus::CannotOpen,
                cannotRestoreTo(Reason::verbatim(why) += Reason(PhraseCode::StoreNothingChanged)));
        }
        throw StoreError(StoreStatus::CannotOpen,
            cannotRestoreTo(Reason::verbatim(why) += Reason(PhraseCode::StoreOldFileAt, {pathArg(kept)})));
    }
    try {
        syncPath(folder, O_RDONLY | O_DIRECTORY, target);
    } catch (const StoreError&) {
        Reason outcome(PhraseCode::StoreRestoredUnsafe);
        if (hadFile)
            outcome += Reason(PhraseCode::StoreOldFileAlsoAt, {pathArg(kept)});
        throw flushFailed(folder, outcome);
    }
    return hadFile ? std::optional<fs::path>(kept) : std::nullopt;
}

} // namespace keel::core
