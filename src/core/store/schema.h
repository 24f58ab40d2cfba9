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
    /// Applies every step above the current user_version, each with its version bump (and, for
    /// the first, the application_id) in its own BEGIN IMMEDIATE … COMMIT. Returns the new version.
    static int migrate(SQLite::Database& db, std::span<const Migration> steps);
    /// The user_version of the open connection.
    static int version(SQLite::Database& db);
};

} // namespace keel::core
