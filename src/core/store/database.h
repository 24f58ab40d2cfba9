// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/store/storeerror.h"
#include "core/util/date.h"

#include <cstdint>
#include <filesystem>
#include <functional>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <unordered_map>
#include <vector>

namespace SQLite {
class Database;
class Statement;
} // namespace SQLite

namespace keel::core {

struct Migration;

/// Result of PRAGMA integrity_check and foreign_key_check.
struct IntegrityReport {
    bool ok = true;
    std::vector<std::string> problems;
};

/// The Keel database file: WAL, synchronous=FULL, foreign keys, busy timeout, a fixed
/// application_id and the schema version in user_version. The first open of a day runs the full
/// integrity check and takes the daily backup; later opens that day rely on that recorded check
/// unless a corruption error was met since ("<file>.suspect"). Migrations run (after a backup)
/// in one transaction: an upgrade happens whole or not at all. The desktop app opens with openDeferringChecks() and
/// runs the two slow steps beside building its window.
class Database {
public:
    static constexpr std::int32_t kApplicationId = 0x4B45454C; // "KEEL"
    static constexpr int kSchemaVersion = 8;

    /// Opens or creates the database at `path`. `today` dates the daily backup. Throws StoreError
    /// (NotKeel, TooNew, Damaged, CannotOpen) without writing anything to a refused file.
    static std::unique_ptr<Database> open(const std::filesystem::path& path, Date today);
    /// Like open(), without the two steps whose time grows with the file: the quick_check and the
    /// daily backup. When startChecksPending() says so, the caller runs verify() (on another
    /// thread if it likes) before anything writes, and then the daily backup. Foreign and newer
    /// files are still refused here, and a file that needs a migration is checked first.
    static std::unique_ptr<Database> openDeferringChecks(const std::filesystem::path& path, Date today);
    /// The start-up quick_check of the file at `path`, on a read-only connection of its own.
    /// Throws StoreError (Damaged, with the newest good backup) when it finds a problem. Safe on
    /// another thread while this process's connections to the file only read.
    static void verify(const std::filesystem::path& path);
    /// Opens an existing Keel file only to read it, without writing anything to the file or its
    /// folder: no migration, no check recorded, no backup. For the reading commands when the file,
    /// its folder or its mount cannot be written (canWrite() is false). Throws StoreError for a
    /// missing, foreign, newer or damaged file, and for one that needs an upgrade (which writes).
    static std::unique_ptr<Database> openForReading(const std::filesystem::path& path);
    /// False when the file at `path` exists and it or its folder cannot be written (a read-only
    /// file, folder or mount): open() would refuse it, openForReading() can still read it.
    static bool canWrite(const std::filesystem::path& path);
    /// Another connection to a file this process has opened already: no checks, no backup. For
    /// work on a worker thread (the daily backup) beside the main connection.
    static std::unique_ptr<Database> connect(const std::filesystem::path& path);
    /// An in-memory database with the current schema, for tests.
    static std::unique_ptr<Database> openInMemory();
    /// Like open(), with another list of migrations standing in for the real schema (for tests).
    static std::unique_ptr<Database> open(
        const std::filesystem::path& path, Date today, std::span<const Migration> migrations);
    /// Full integrity_check and foreign_key_check of the file at `path` without opening it for
    /// writing: works on damaged files and never changes them. Also reports a foreign or newer file.
    static IntegrityReport checkFile(const std::filesystem::path& path);
    /// The backup folder for a database file: <its folder>/backups.
    static std::filesystem::path backupDirFor(const std::filesystem::path& databasePath);
    /// The identity stored in the file at `path` (schema version 2 on), read without writing;
    /// nullopt when the file has none (an older Keel's backup) or it cannot be read.
    static std::optional<std::string> readDatabaseId(const std::filesystem::path& path);

    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    /// The database file; empty for an in-memory database.
    const std::filesystem::path& path() const { return m_path; }
    /// The folder backups go to: <database folder>/backups.
    std::filesystem::path backupDir() const;
    /// True after openDeferringChecks() of an existing Keel file: verify() and the daily
    /// backup are still to do.
    bool startChecksPending() const { return m_startChecksPending; }
    /// Why the daily backup at open failed (the reason alone), if it did; the database is usable,
    /// but the user should know.
    const std::optional<Reason>& backupWarning() const { return m_backupWarning; }
    /// The schema version (user_version) of the open file.
    int schemaVersion();
    /// Records that the full check passed `today` (and clears any suspicion left by a
    /// corruption error): until the day ends, opens skip the check.
    void recordCheckPassed(Date today);
    /// The random identity given to this database when it was created (or upgraded to
    /// version 2); its backups carry the same one.
    std::string databaseId();

    /// Runs `work` inside BEGIN IMMEDIATE … COMMIT; rolls back and rethrows on any exception
    /// (an SQLite failure becomes a StoreError). Nested calls join the outer transaction, so one
    /// user action is always one commit; a nested call that throws undoes only its own work.
    void transaction(const std::function<void()>& work);

    /// Full integrity_check plus foreign_key_check.
    IntegrityReport check();

    /// SQLite's data_version for this connection: it changes whenever another connection (keel-cli,
    /// a second program) commits to the file, and never for this connection's own commits. Cheap
    /// enough to poll every fraction of a second.
    std::int64_t dataVersion();

    /// For repositories in core/store only.
    SQLite::Database& sql() { return *m_db; }
    /// For repositories in core/store only: a prepared statement kept for the connection's life,
    /// reset and with its bindings cleared. Step it to the end (or reset it) before the same text
    /// is asked for again, so no read is left open.
    SQLite::Statement& cached(const std::string& sql);
    /// True inside transaction().
    bool inTransaction() const { return m_transactionDepth > 0; }
    /// True when opened with openForReading(): every write fails.
    bool readOnly() const { return m_readOnly; }

private:
    enum class StartChecks { Now, Deferred };

    Database(std::unique_ptr<SQLite::Database> db, std::filesystem::path path);
    static std::unique_ptr<Database> openChecked(
        const std::filesystem::path& path, Date today, std::span<const Migration> migrations, StartChecks checks);

    std::unique_ptr<SQLite::Database> m_db;
    // Declared after m_db so the statements are finalised before the connection closes.
    std::unordered_map<std::string, std::unique_ptr<SQLite::Statement>> m_statements;
    std::filesystem::path m_path;
    std::optional<Reason> m_backupWarning;
    int m_transactionDepth = 0;
    bool m_startChecksPending = false;
    bool m_readOnly = false;
};

} // namespace keel::core
