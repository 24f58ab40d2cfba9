// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <span>

namespace SQLite {
class Database;
}

namespace keel::core {

/// One schema step: the SQL that takes the database from `version - 1` to `version`.
struct Migration {
    int version = 0;
    const char* sql = "";
};

/// The Keel schema as an ordered list of migrations, and the code that applies them.
class Schema {
public:
    /// Every step of the real schema, oldest first; the last one is Database::kSchemaVersion.
    static std::span<const Migration> migrations();
    /// Applies every step above the current user_version (and, from an empty file, the
    /// application_id) in one BEGIN IMMEDIATE … COMMIT, so a failed step leaves the file as it
    /// was. Returns the new version.
    static int migrate(SQLite::Database& db, std::span<const Migration> steps);
    /// The user_version of the open connection.
    static int version(SQLite::Database& db);
};

} // namespace keel::core
