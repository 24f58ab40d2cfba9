// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/util/date.h"

#include <filesystem>
#include <optional>
#include <vector>

namespace keel::core {

class Database;

/// A backup file found on disk.
struct BackupInfo {
    std::filesystem::path path;
    Date date;
    bool operator==(const BackupInfo&) const = default;
};

/// Online backups: written with SQLite's backup API to a temp file, fsynced, renamed into
/// place and the folder fsynced, so a crash never leaves a half-written file under a final name.
class BackupManager {
public:
    /// Copies the open database to `destination` atomically.
    static void backupTo(Database& db, const std::filesystem::path& destination);
    /// The daily backup into db.backupDir() unless one exists for `today`; then rotates
    /// (about 7 daily, 4 weekly, 6 monthly). Returns the new file, if one was written.
    static std::optional<std::filesystem::path> dailyBackup(Database& db, Date today);
    /// Backups in `dir`, newest first.
    static std::vector<BackupInfo> list(const std::filesystem::path& dir);
    /// The newest backup in `dir` that passes integrity_check.
    static std::optional<std::filesystem::path> newestGood(const std::filesystem::path& dir);
    /// Replaces the (closed) database at `target` with `backup` after checking the backup's integrity.
    static void restore(const std::filesystem::path& backup, const std::filesystem::path& target);
};

} // namespace keel::core
