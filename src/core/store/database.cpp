// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/store/database.h"

#include "core/store/backupmanager.h"
#include "core/store/schema.h"
#include "core/store/sqlsupport.h"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Exception.h>
#include <SQLiteCpp/Statement.h>
#include <array>
#include <cctype>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <fstream>
#include <sqlite3.h>
#include <sys/stat.h>
#include <unistd.h>

namespace keel::core {

namespace fs = std::filesystem;

namespace {

constexpr int kBusyTimeoutMs = 5000;
constexpr std::array<char, 16> kSqliteMagic
    = {'S', 'Q', 'L', 'i', 't', 'e', ' ', 'f', 'o', 'r', 'm', 'a', 't', ' ', '3', '\0'};

enum class FileKind { New, Keel };

/// An existing file as identify() found it.
struct Inspection {
    FileKind kind = FileKind::New;
    int version = 0;
    std::optional<std::string> checkedOn; ///< The day of the last passed full check, if recorded.
};

/// Where a connection that met a corruption error leaves word for the next open: beside the
/// file, never in it, since a damaged file is not written to.
fs::path suspectMarker(const fs::path& path)
{
    return path.string() + ".suspect";
}

/// What a database file says about itself before anything writes to it.
struct Identity {
    std::int32_t applicationId = 0;
    int version = 0;
    std::optional<int> schemaObjects; ///< Unknown when read from the raw header.
};

std::unique_ptr<SQLite::Database> openReadOnly(const fs::path& path)
{
    return std::make_unique<SQLite::Database>(sql::readOnlyUri(path), SQLite::OPEN_READONLY | SQLite::OPEN_URI);
}

std::string hex(std::int32_t value)
{
    char buffer[16];
    std::snprintf(buffer, sizeof buffer, "0x%08X", static_cast<unsigned>(value));
    return buffer;
}

enum class Restorable { Offer, Never };

/// `Never` for files that are not a database at all: whatever they are, no backup is theirs.
[[noreturn]] void throwDamaged(
    const fs::path& path, const std::string& detail, Restorable restorable = Restorable::Offer)
{
    std::string message = path.string() + " is damaged (" + detail + "); it was not opened or changed. ";
    if (restorable == Restorable::Never) {
        // Perhaps the wrong file was named: no backup of a logbook should replace it.
        message += "It is not a Keel database at all, so no backup is offered for it; check the path";
        throw StoreError(StoreStatus::Damaged, message);
    }
    const fs::path backups = Database::backupDirFor(path);
    const auto good = BackupManager::newestGoodFor(path);
    message += good ? "The newest good backup of it is " + good->string()
                    : "No good backup of it was found in " + backups.string();
    throw StoreError(StoreStatus::Damaged, message, good);
}

/// Refuses a file that is not ours or is newer than `knownVersion`; nothing has touched it yet.
void requireKeel(const fs::path& path, const Identity& identity, int knownVersion)
{
    if (identity.applicationId == Database::kApplicationId) {
        if (identity.version > knownVersion)
            throw StoreError(StoreStatus::TooNew,
                path.string() + " was written by a newer Keel (schema version " + std::to_string(identity.version)
                    + ", this build knows up to " + std::to_string(knownVersion)
                    + "); it was not opened or changed. Update Keel to use it");
        return;
    }
    const bool foreign = identity.applicationId != 0
        || (identity.schemaObjects && (*identity.schemaObjects > 0 || identity.version != 0));
    if (foreign)
        throw StoreError(StoreStatus::NotKeel,
            path.string() + " is not a Keel database (application_id " + hex(identity.applicationId)
                + "); it was not opened or changed");
}

std::int32_t bigEndian32(const unsigned char* bytes)
{
    const std::uint32_t value = (std::uint32_t {bytes[0]} << 24) | (std::uint32_t {bytes[1]} << 16)
        | (std::uint32_t {bytes[2]} << 8) | std::uint32_t {bytes[3]};
    return static_cast<std::int32_t>(value);
}

/// The raw 100-byte SQLite header; nullopt when the file is not an SQLite database at all.
std::optional<Identity> readHeader(const fs::path& path)
{
    std::array<unsigned char, 100> header {};
    std::ifstream in(path, std::ios::binary);
    in.read(reinterpret_cast<char*>(header.data()), header.size());
    if (in.gcount() != static_cast<std::streamsize>(header.size())
        || std::memcmp(header.data(), kSqliteMagic.data(), kSqliteMagic.size()) != 0)
        return std::nullopt;
    Identity identity;
    identity.version = bigEndian32(header.data() + 60);
    identity.applicationId = bigEndian32(header.data() + 68);
    return identity;
}

Identity readIdentity(SQLite::Database& db)
{
    Identity identity;
    identity.applicationId = db.execAndGet("PRAGMA application_id").getInt();
    identity.version = db.execAndGet("PRAGMA user_version").getInt();
    identity.schemaObjects = db.execAndGet("SELECT count(*) FROM sqlite_master").getInt();
    return identity;
}

/// Rows of a check pragma, "ok" dropped.
std::vector<std::string> pragmaProblems(SQLite::Database& db, const char* pragma)
{
    std::vector<std::string> problems;
    SQLite::Statement query(db, pragma);
    while (query.executeStep()) {
        const std::string row = query.getColumn(0).getString();
        if (row != "ok")
            problems.push_back(row);
    }
    return problems;
}

IntegrityReport runChecks(SQLite::Database& db)
{
    IntegrityReport report;
    report.problems = pragmaProblems(db, "PRAGMA integrity_check");
    SQLite::Statement foreignKeys(db, "PRAGMA foreign_key_check");
    while (foreignKeys.executeStep()) {
        const std::string table = foreignKeys.getColumn(0).getString();
        const std::string row = foreignKeys.getColumn(1).isNull() ? "?" : foreignKeys.getColumn(1).getString();
        const std::string parent = foreignKeys.getColumn(2).getString();
        report.problems.push_back("foreign key: " + table + " row " + row + " refers to a missing row in " + parent);
    }
    report.ok = report.problems.empty();
    return report;
}

bool isDamageCode(int code)
{
    return (code & 0xff) == SQLITE_NOTADB || (code & 0xff) == SQLITE_CORRUPT;
}

/// A process killed mid-transaction in rollback-journal mode (a new or restored file, before it
/// switches to WAL) leaves a hot "-journal". A read-only connection cannot undo it and fails with
/// "attempt to write a readonly database", so let SQLite's own recovery run on a writable
/// connection first: it puts back the pages the journal saved and nothing else.
void rollBackHotJournal(const fs::path& path)
{
    std::error_code error;
    const fs::path journal = path.string() + "-journal";
    if (!fs::is_regular_file(journal, error) || fs::file_size(journal, error) == 0)
        return;
    try {
        SQLite::Database recovery(path, SQLite::OPEN_READWRITE, kBusyTimeoutMs);
        recovery.execAndGet("SELECT count(*) FROM sqlite_master");
    } catch (const SQLite::Exception& failure) {
        if (isDamageCode(failure.getErrorCode()))
            throwDamaged(path, failure.what());
        throw StoreError(StoreStatus::CannotOpen,
            "cannot recover " + path.string() + " from its interrupted transaction: " + failure.what());
    }
}

/// Looks at an existing file without writing to it: refuses foreign and newer files, and
/// files too broken to read the header of. The page-by-page check is quickCheck().
Inspection identify(const fs::path& path, int knownVersion)
{
    std::error_code error;
    if (!fs::exists(path, error) || fs::file_size(path, error) == 0)
        return {};
    const auto header = readHeader(path);
    if (!header)
        throwDamaged(path, "not an SQLite database", Restorable::Never);
    requireKeel(path, *header, knownVersion);
    rollBackHotJournal(path);
    try {
        const auto db = openReadOnly(path);
        const Identity identity = readIdentity(*db);
        requireKeel(path, identity, knownVersion);
        std::optional<std::string> checkedOn;
        if (db->tableExists("meta")) {
            SQLite::Statement query(*db, "SELECT value FROM meta WHERE key = 'checked_on'");
            if (query.executeStep())
                checkedOn = query.getColumn(0).getString();
        }
        // Keel sets its mark and the first version in one transaction: a marked file without a
        // version was changed by something else, and migrating it would run over its tables.
        if (identity.applicationId == Database::kApplicationId && identity.version <= 0)
            throwDamaged(path, "it is marked as Keel's but has schema version " + std::to_string(identity.version));
        return {identity.applicationId == 0 ? FileKind::New : FileKind::Keel, identity.version, checkedOn};
    } catch (const SQLite::Exception& failure) {
        if (isDamageCode(failure.getErrorCode()))
            throwDamaged(path, failure.what());
        throw StoreError(StoreStatus::CannotOpen, "cannot read " + path.string() + ": " + failure.what());
    }
}

enum class CheckDepth { Quick, Full };

/// quick_check, or the full integrity_check with foreign_key_check, on a read-only connection of
/// its own; throws Damaged with the first problem.
void checkPages(const fs::path& path, CheckDepth depth)
{
    std::vector<std::string> problems;
    try {
        const auto db = openReadOnly(path);
        problems = depth == CheckDepth::Quick ? pragmaProblems(*db, "PRAGMA quick_check") : runChecks(*db).problems;
    } catch (const SQLite::Exception& failure) {
        if (isDamageCode(failure.getErrorCode()))
            throwDamaged(path, failure.what());
        throw StoreError(StoreStatus::CannotOpen, "cannot read " + path.string() + ": " + failure.what());
    }
    if (!problems.empty()) {
        std::string detail = (depth == CheckDepth::Quick ? "quick_check: " : "integrity check: ") + problems.front();
        if (problems.size() > 1)
            detail += " and " + std::to_string(problems.size() - 1) + " more problems";
        throwDamaged(path, detail);
    }
}

void requireUsableLocation(const fs::path& path)
{
    const fs::path folder = path.parent_path().empty() ? fs::path(".") : path.parent_path();
    const std::string prefix = "cannot open database " + path.string() + ": ";
    std::error_code error;
    if (!fs::exists(folder, error))
        throw StoreError(StoreStatus::CannotOpen, prefix + "folder " + folder.string() + " does not exist");
    if (!fs::is_directory(folder, error))
        throw StoreError(StoreStatus::CannotOpen, prefix + folder.string() + " is not a folder");
    if (::access(folder.c_str(), W_OK | X_OK) != 0)
        throw StoreError(StoreStatus::CannotOpen, prefix + "folder " + folder.string() + " is not writable");
    if (fs::exists(path, error)) {
        if (fs::is_directory(path, error))
            throw StoreError(StoreStatus::CannotOpen, prefix + "it is a folder, not a file");
        // A FIFO or device would block the first read, or never hold a database.
        if (!fs::is_regular_file(path, error))
            throw StoreError(StoreStatus::CannotOpen, prefix + "it is not a regular file (a pipe or a device?)");
        if (::access(path.c_str(), R_OK | W_OK) != 0)
            throw StoreError(StoreStatus::CannotOpen, prefix + "the file is not writable");
    }
}

/// A logbook is personal: a new file is readable by its owner only (SQLite gives its -wal and
/// -shm files the same mode), whatever the umask says.
void createPrivately(const fs::path& path)
{
    const int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_CLOEXEC, 0600);
    if (fd < 0)
        throw StoreError(
            StoreStatus::CannotOpen, "cannot create database " + path.string() + ": " + std::strerror(errno));
    struct stat info { };
    // Only a file we just made (still empty) has its mode tightened; an existing one keeps its own.
    if (::fstat(fd, &info) == 0 && info.st_size == 0)
        ::fchmod(fd, 0600);
    ::close(fd);
}

void configure(SQLite::Database& db)
{
    const std::string mode = db.execAndGet("PRAGMA journal_mode = WAL").getString();
    if (mode != "wal" && mode != "memory")
        throw StoreError(StoreStatus::CannotOpen,
            "cannot use write-ahead logging on " + db.getFilename() + " (journal mode stays " + mode + ")");
    db.exec("PRAGMA synchronous = FULL");
    db.exec("PRAGMA foreign_keys = ON");
    // Savepoints (every nested transaction, one per stored week when a year is planned) keep their
    // undo pages in memory rather than in a temporary file: a quarter of the cost of planning a year.
    db.exec("PRAGMA temp_store = MEMORY");
}

} // namespace

Database::Database(std::unique_ptr<SQLite::Database> db, std::filesystem::path path)
    : m_db(std::move(db))
    , m_path(std::move(path))
{ }

Database::~Database() = default;

std::unique_ptr<Database> Database::open(const std::filesystem::path& path, Date today)
{
    return open(path, today, Schema::migrations());
}

std::unique_ptr<Database> Database::open(
    const std::filesystem::path& path, Date today, std::span<const Migration> migrations)
{
    auto db = openChecked(path, today, migrations, StartChecks::Now);
    if (db->m_startChecksPending) {
        // The file passed its check, so its copy is a good backup.
        db->m_startChecksPending = false;
        try {
            BackupManager::dailyBackup(*db, today);
        } catch (const std::exception& failure) {
            db->m_backupWarning = failure.what();
        }
    }
    return db;
}

std::unique_ptr<Database> Database::openDeferringChecks(const std::filesystem::path& path, Date today)
{
    return openChecked(path, today, Schema::migrations(), StartChecks::Deferred);
}

void Database::verify(const std::filesystem::path& path)
{
    checkPages(path, CheckDepth::Quick);
}

bool Database::canWrite(const std::filesystem::path& path)
{
    std::error_code error;
    if (!fs::exists(path, error))
        return true; // creating it is open()'s business, and its errors say why it cannot
    const fs::path folder = path.parent_path().empty() ? fs::path(".") : path.parent_path();
    return ::access(path.c_str(), W_OK) == 0 && ::access(folder.c_str(), W_OK | X_OK) == 0;
}

std::unique_ptr<Database> Database::openForReading(const std::filesystem::path& path)
{
    const std::string prefix = "cannot read database " + path.string() + ": ";
    std::error_code error;
    if (!fs::exists(path, error))
        throw StoreError(StoreStatus::CannotOpen, prefix + "it does not exist");
    if (!fs::is_regular_file(path, error))
        throw StoreError(StoreStatus::CannotOpen, prefix + "it is not a regular file");
    if (::access(path.c_str(), R_OK) != 0)
        throw StoreError(StoreStatus::CannotOpen, prefix + "the file is not readable");
    const Inspection found = identify(path, kSchemaVersion);
    if (found.kind == FileKind::New)
        throw StoreError(StoreStatus::CannotOpen, prefix + "it holds no Keel logbook yet");
    if (found.version < kSchemaVersion)
        throw StoreError(StoreStatus::CannotOpen,
            prefix + "it was written by an older Keel (schema version " + std::to_string(found.version)
                + ") and needs an upgrade, which needs write access to the file and its folder");
    try {
        std::unique_ptr<Database> db(new Database(openReadOnly(path), path));
        db->m_readOnly = true;
        return db;
    } catch (const SQLite::Exception& failure) {
        throw sql::toStoreError(failure, path);
    }
}

std::unique_ptr<Database> Database::connect(const std::filesystem::path& path)
{
    try {
        auto connection = std::make_unique<SQLite::Database>(path, SQLite::OPEN_READWRITE, kBusyTimeoutMs);
        configure(*connection);
        return std::unique_ptr<Database>(new Database(std::move(connection), path));
    } catch (const SQLite::Exception& failure) {
        throw sql::toStoreError(failure, path);
    }
}

std::unique_ptr<Database> Database::openChecked(
    const std::filesystem::path& path, Date today, std::span<const Migration> migrations, StartChecks checks)
{
    requireUsableLocation(path);
    const int knownVersion = migrations.empty() ? 0 : migrations.back().version;
    const Inspection found = identify(path, knownVersion);
    // A migration writes, so it never runs on a file that has not passed its check. Otherwise the
    // full check runs once a day (the first open of the day, before its backup) and again
    // whenever a connection met a corruption error since: every other open relies on that
    // recorded check and on SQLite's own detection, so a command does not pay a whole-file read.
    const bool checkedToday = found.checkedOn == today.toString() && !fs::exists(suspectMarker(path));
    bool checkedNow = false;
    if (found.kind == FileKind::Keel && checks == StartChecks::Now && !checkedToday) {
        checkPages(path, CheckDepth::Full);
        checkedNow = true;
    } else if (found.kind == FileKind::Keel && found.version < knownVersion) {
        checkPages(path, CheckDepth::Quick);
    }

    if (found.kind == FileKind::New)
        createPrivately(path);
    std::unique_ptr<Database> db;
    try {
        auto connection
            = std::make_unique<SQLite::Database>(path, SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE, kBusyTimeoutMs);
        configure(*connection);
        db.reset(new Database(std::move(connection), path));
        const int version = db->schemaVersion();
        if (version > knownVersion) // Upgraded by a newer Keel between our look and our open.
            requireKeel(path, Identity {kApplicationId, version, std::nullopt}, knownVersion);
        if (version < knownVersion) {
            if (version > 0) {
                // The backup comes first: if it cannot be written, the file stays as it was.
                const std::string name = BackupManager::backupStem(path) + "-" + today.toString() + "-before-v"
                    + std::to_string(knownVersion) + ".db.zst";
                try {
                    std::error_code ignored; // backupTo names the folder if it is still missing.
                    fs::create_directories(db->backupDir(), ignored);
                    BackupManager::backupTo(*db, db->backupDir() / name);
                } catch (const StoreError& failure) {
                    throw StoreError(StoreStatus::CannotOpen,
                        "cannot upgrade " + path.string() + " without a backup first: " + failure.what());
                }
            }
            Schema::migrate(db->sql(), migrations);
        }
    } catch (const SQLite::Exception& failure) {
        throw sql::toStoreError(failure, path);
    }
    if (checkedNow)
        db->recordCheckPassed(today);
    // An existing file owes the day's backup, and (when deferred) its check before it.
    db->m_startChecksPending = found.kind == FileKind::Keel;
    return db;
}

std::unique_ptr<Database> Database::openInMemory()
{
    auto connection = std::make_unique<SQLite::Database>(
        ":memory:", SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE | SQLite::OPEN_MEMORY);
    configure(*connection);
    Schema::migrate(*connection, Schema::migrations());
    return std::unique_ptr<Database>(new Database(std::move(connection), {}));
}

IntegrityReport Database::checkFile(const std::filesystem::path& path)
{
    IntegrityReport report;
    auto fail = [&report](std::string problem) {
        report.ok = false;
        report.problems.push_back(std::move(problem));
        return report;
    };
    std::error_code error;
    if (!fs::exists(path, error))
        return fail(path.string() + " does not exist");
    if (!fs::is_regular_file(path, error))
        return fail(path.string() + " is not a regular file");
    if (fs::file_size(path, error) == 0)
        return fail(path.string() + " is empty");
    if (!readHeader(path))
        return fail(path.string() + " is not an SQLite database");
    try {
        const auto db = openReadOnly(path);
        try {
            requireKeel(path, readIdentity(*db), kSchemaVersion);
        } catch (const StoreError& refused) {
            report.ok = false;
            report.problems.emplace_back(refused.what());
        }
        IntegrityReport checks = runChecks(*db);
        report.problems.insert(report.problems.end(), checks.problems.begin(), checks.problems.end());
        report.ok = report.ok && checks.ok;
    } catch (const SQLite::Exception& failure) {
        return fail(path.string() + ": " + failure.what());
    }
    return report;
}

std::filesystem::path Database::backupDirFor(const std::filesystem::path& databasePath)
{
    const fs::path folder = databasePath.parent_path().empty() ? fs::path(".") : databasePath.parent_path();
    return folder / "backups";
}

std::filesystem::path Database::backupDir() const
{
    if (m_path.empty())
        return {};
    return backupDirFor(m_path);
}

int Database::schemaVersion()
{
    return Schema::version(*m_db);
}

std::string Database::databaseId()
{
    try {
        SQLite::Statement& query = cached("SELECT value FROM meta WHERE key = 'database_id'");
        const std::string id = query.executeStep() ? query.getColumn(0).getString() : std::string();
        query.reset();
        return id;
    } catch (const SQLite::Exception& failure) {
        throw sql::toStoreError(failure, m_path);
    }
}

void Database::recordCheckPassed(Date today)
{
    try {
        if (!m_db->tableExists("meta"))
            return;
        transaction([&] {
            SQLite::Statement& record = cached("INSERT INTO meta (key, value) VALUES ('checked_on', ?) "
                                               "ON CONFLICT (key) DO UPDATE SET value = excluded.value");
            record.bind(1, today.toString());
            record.exec();
        });
    } catch (const SQLite::Exception& failure) {
        throw sql::toStoreError(failure, m_path);
    }
    std::error_code ignored;
    fs::remove(suspectMarker(m_path), ignored);
}

std::optional<std::string> Database::readDatabaseId(const std::filesystem::path& path)
{
    std::error_code error;
    if (!fs::is_regular_file(path, error) || !readHeader(path))
        return std::nullopt;
    try {
        const auto db = openReadOnly(path);
        if (!db->tableExists("meta"))
            return std::nullopt;
        SQLite::Statement query(*db, "SELECT value FROM meta WHERE key = 'database_id'");
        if (!query.executeStep())
            return std::nullopt;
        return query.getColumn(0).getString();
    } catch (const SQLite::Exception&) {
        return std::nullopt;
    }
}

std::int64_t Database::dataVersion()
{
    try {
        SQLite::Statement& query = cached("PRAGMA data_version");
        const std::int64_t version = query.executeStep() ? query.getColumn(0).getInt64() : 0;
        query.reset();
        return version;
    } catch (const SQLite::Exception& failure) {
        throw sql::toStoreError(failure, m_path);
    }
}

SQLite::Statement& Database::cached(const std::string& sql)
{
    auto& statement = m_statements[sql];
    if (!statement)
        statement = std::make_unique<SQLite::Statement>(*m_db, sql);
    statement->reset();
    statement->clearBindings();
    return *statement;
}

void Database::transaction(const std::function<void()>& work)
{
    if (m_transactionDepth > 0) {
        // A savepoint lets a failed nested step undo itself while the outer one decides.
        const std::string savepoint = "keel_nested_" + std::to_string(m_transactionDepth);
        cached("SAVEPOINT " + savepoint).exec();
        ++m_transactionDepth;
        try {
            work();
        } catch (...) {
            --m_transactionDepth;
            try {
                cached("ROLLBACK TO " + savepoint).exec();
                cached("RELEASE " + savepoint).exec();
            } catch (const SQLite::Exception&) {
                // The outer transaction is already gone; its own handler rolls back.
            }
            throw;
        }
        --m_transactionDepth;
        cached("RELEASE " + savepoint).exec();
        return;
    }

    try {
        cached("BEGIN IMMEDIATE").exec();
    } catch (const SQLite::Exception& failure) {
        throw sql::toStoreError(failure, m_path);
    }
    m_transactionDepth = 1;
    try {
        work();
        cached("COMMIT").exec();
    } catch (const SQLite::Exception& failure) {
        m_transactionDepth = 0;
        sql::rollbackQuietly(*m_db);
        // A failed flush comes after the change was written: it may well be in the file after a
        // restart, so saying "nothing was saved" would have the person enter it twice.
        if (failure.getExtendedErrorCode() == SQLITE_IOERR_FSYNC)
            throw StoreError(StoreStatus::CannotOpen,
                "cannot be sure the change reached the disk holding " + m_path.string() + " (" + failure.what()
                    + " while flushing it); it may be there after a restart, so check before entering it again");
        throw sql::toStoreError(failure, m_path);
    } catch (...) {
        m_transactionDepth = 0;
        sql::rollbackQuietly(*m_db);
        throw;
    }
    m_transactionDepth = 0;
}

IntegrityReport Database::check()
{
    return runChecks(*m_db);
}

} // namespace keel::core
