// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/util/date.h"

#include <optional>
#include <string>

/// How backup files are named: "<stem>-YYYY-MM-DD.db.zst" is a daily backup;
/// "<stem>-YYYY-MM-DD-<label>.db.zst" any other (manual, before a migration). Older Keels wrote the
/// same names uncompressed, ending in ".db"; both are read. Rotation only ever deletes daily ones.
namespace keel::core::backupname {

/// What a backup's file name says about it.
struct BackupName {
    Date date;
    bool daily = false;
};

/// The date and kind of the backup file `name` of the database whose backups start with `stem`;
/// nullopt when the name is no backup of it.
std::optional<BackupName> parse(const std::string& name, const std::string& stem);

/// The file name of the daily backup for `date`.
std::string daily(const std::string& stem, Date date);

/// The uncompressed name an older Keel gave the same day's backup.
std::string oldDaily(const std::string& stem, Date date);

} // namespace keel::core::backupname
