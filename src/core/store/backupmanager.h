// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/store/database.h"
#include "core/util/date.h"

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace keel::core {

class Database;

/// A backup file found on disk.
struct BackupInfo {
    std::filesystem::path path;
    Date date;
    bool daily = false; ///< Taken by the daily schedule (only those are ever rotated away).
    /// The identity of the database it copies; nullopt for an older Keel's backup or a file
    /// that cannot be read.
    std::optional<std::string> databaseId;
    bool operator==(const BackupInfo&) const = default;
};

/// What replacing a database with a backup would throw away: rows in the current file that
/// the backup does not have.
struct RestoreLoss {
    int sets = 0;
    int walks = 0;
    int checkIns = 0;
};

/// Online backups: written with SQLite's backup API to a temp file, compressed with zstd into a
/// second temp, fsynced, renamed into place and the folder fsynced, so a crash never leaves a
/// half-written file under a final name. Backups are named after their database
/// ("<stem>-YYYY-MM-DD.db.zst" for "<stem>.db"; older Keels wrote "<stem>-YYYY-MM-DD.db", still
/// read) and carry its identity (Database::databaseId()); only backups of the same identity are
/// ever offered for it or rotated away, so logbooks sharing a folder never mix. Reading a
/// compressed backup decompresses it into a private temp file beside it, removed afterwards.
class BackupManager {
public:
    /// The name backups of `databasePath` start with: its file name without ".db".
    static std::string backupStem(const std::filesystem::path& databasePath);
    /// Copies the open database to `destination` atomically, readable by the owner only;
    /// compressed when the name ends in ".zst". Refuses the database itself and its -wal, -shm
    /// and -journal files.
    static void backupTo(Database& db, const std::filesystem::path& destination);
    /// The daily backup into db.backupDir() unless one exists for `today`; then rotates this
    /// database's daily backups (about 7 daily, 4 weekly, 6 monthly), never the one just
    /// written. Returns the new file, if one was written.
    static std::optional<std::filesystem::path> dailyBackup(Database& db, Date today);
    /// The backups named after `databasePath` in its backup folder, newest first, with the
    /// identity each one carries.
    static std::vector<BackupInfo> listFor(const std::filesystem::path& databasePath);
    /// The newest backup of `databasePath` that passes integrity_check and carries its identity.
    /// When the file's identity cannot be read (it is damaged), a backup named after it that
    /// carries an identity; an older Keel's backup (with none) is never chosen automatically.
    static std::optional<std::filesystem::path> newestGoodFor(const std::filesystem::path& databasePath);
    /// Integrity of a backup file, compressed or not: a damaged or truncated compressed file
    /// fails with a problem naming it.
    static IntegrityReport checkBackup(const std::filesystem::path& backup);
    /// The identity stored inside a backup (compressed or not), nullopt when it has none or is damaged.
    static std::optional<std::string> storedDatabaseId(const std::filesystem::path& backup);
    /// Rows of `current` that restoring `backup` would lose; nullopt when `current` cannot be read.
    static std::optional<RestoreLoss> lossOnRestore(
        const std::filesystem::path& backup, const std::filesystem::path& current);
    /// Replaces the (closed) database at `target` with `backup` after checking the backup's
    /// integrity and that it belongs to `target` (when both identities are known). The replaced
    /// file is kept as "<target>.before-restore" (numbered when that exists); returns where, if
    /// there was a file to keep.
    static std::optional<std::filesystem::path> restore(
        const std::filesystem::path& backup, const std::filesystem::path& target);
};

} // namespace keel::core
