// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/store/storeerror.h"
#include "core/util/date.h"

#include <cstdint>
#include <filesystem>
#include <functional>
#include <memory>
#include <string>
#include <vector>

namespace SQLite {
class Database;
}

namespace keel::core {

/// Result of PRAGMA integrity_check and foreign_key_check.
struct IntegrityReport {
    bool ok = true;
    std::vector<std::string> problems;
};

/// The Keel database file: WAL, synchronous=FULL, foreign keys, busy timeout, a fixed
/// application_id and the schema version in user_version. Opening runs quick_check, takes the
/// daily backup, and migrates (after a backup) in one transaction per step.
class Database {
public:
    static constexpr std::int32_t kApplicationId = 0x4B45454C; // "KEEL"
    static constexpr int kSchemaVersion = 1;

    /// Opens or creates the database at `path`. `today` dates the daily backup. Throws StoreError
    /// (NotKeel, TooNew, Damaged, CannotOpen) without writing anything to a refused file.
    static std::unique_ptr<Database> open(const std::filesystem::path& path, Date today);
    /// An in-memory database with the current schema, for tests.
    static std::unique_ptr<Database> openInMemory();

    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    const std::filesystem::path& path() const { return m_path; }
    /// The folder backups go to: <database folder>/backups.
    std::filesystem::path backupDir() const;

    /// Runs `work` inside BEGIN IMMEDIATE … COMMIT; rolls back and rethrows on any exception.
    /// Nested calls join the outer transaction, so one user action is always one commit.
    void transaction(const std::function<void()>& work);

    /// Full integrity_check plus foreign_key_check.
    IntegrityReport check();

    /// For repositories in core/store only.
    SQLite::Database& sql() { return *m_db; }

private:
    Database(std::unique_ptr<SQLite::Database> db, std::filesystem::path path);

    std::unique_ptr<SQLite::Database> m_db;
    std::filesystem::path m_path;
    int m_transactionDepth = 0;
};

} // namespace keel::core
