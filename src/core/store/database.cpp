// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/store/database.h"

#include "core/model/phrasecode.h"
#include "core/store/backupmanager.h"
#include "core/store/databasefile.h"
#include "core/store/schema.h"
#include "core/store/sqlsupport.h"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Exception.h>
#include <SQLiteCpp/Statement.h>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sqlite3.h>
#include <sys/stat.h>
#include <unistd.h>

namespace keel::core {

namespace fs = std::filesystem;

namespace {

void requireUsableLocation(const fs::path& path)
{
    const fs::path folder = path.parent_path().empty() ? fs::path(".") : path.parent_path();
    const auto refuse = [&](const Reason& why) {
        throw StoreError(StoreStatus::CannotOpen,
            Reason(PhraseCode::StoreCannotOpenDatabase, {ReasonArg::words(path.string()), why.asArg()}));
    };
    const ReasonArg folderName = ReasonArg::words(folder.string());
    std::error_code error;
    if (!fs::exists(folder, error))
        refuse(Reason(PhraseCode::StoreFolderMissing, {folderName}));
    if (!fs::is_directory(folder, error))
        refuse(Reason(PhraseCode::StoreNotAFolder, {folderName}));
    if (::access(folder.c_str(), W_OK | X_OK) != 0)
        refuse(Reason(PhraseCode::StoreFolderNotWritable, {folderName}));
    if (fs::exists(path, error)) {
        if (fs::is_directory(path, error))
            refuse(Reason(PhraseCode::StoreFolderNotFile));
        // A FIFO or device would block the first read, or never hold a database.
        if (!fs::is_regular_file(path, error))
            refuse(Reason(PhraseCode::StoreNotRegularFileDevice));
        if (::access(path.c_str(), R_OK | W_OK) != 0)
            refuse(Reason(PhraseCode::StoreFileNotWritable));
    }
}

/// A logbook is personal: a new file is readable by its owner only (SQLite gives its -wal and
/// -shm files the same mode), whatever the umask says.
void createPrivately(const fs::path& path)
{
    const int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_CLOEXEC, 0600);
    if (fd < 0)
        throw StoreError(StoreStatus::CannotOpen,
            Reason(PhraseCode::StoreCannotCreateDatabase,
                {ReasonArg::words(path.string()), ReasonArg::words(std::strerror(errno))}));
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
            Reason(PhraseCode::StoreNoWriteAheadLog, {ReasonArg::words(db.getFilename()), ReasonArg::words(mode)}));
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
        } catch (const StoreError& failure) {
            db->m_backupWarning = failure.reason();
        } catch (const std::exception& failure) {
            db->m_backupWarning = Reason::verbatim(failure.what());
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
    DatabaseFile::checkPages(path, DatabaseFile::CheckDepth::Quick);
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
    const auto refuse = [&](const Reason& why) {
        throw StoreError(StoreStatus::CannotOpen,
            Reason(PhraseCode::StoreCannotReadDatabase, {ReasonArg::words(path.string()), why.asArg()}));
    };
    std::error_code error;
    if (!fs::exists(path, error))
        refuse(Reason(PhraseCode::StoreDoesNotExist));
    if (!fs::is_regular_file(path, error))
        refuse(Reason(PhraseCode::StoreNotRegularFile));
    if (::access(path.c_str(), R_OK) != 0)
        refuse(Reason(PhraseCode::StoreFileNotReadable));
    const DatabaseFile::Inspection found = DatabaseFile::identify(path, kSchemaVersion);
    if (found.kind == DatabaseFile::Kind::New)
        refuse(Reason(PhraseCode::StoreNoLogbookYet));
    if (found.version < kSchemaVersion)
        refuse(Reason(PhraseCode::StoreNeedsUpgrade, {ReasonArg::count(found.version)}));
    try {
        std::unique_ptr<Database> db(new Database(DatabaseFile::openReadOnly(path), path));
        db->m_readOnly = true;
        return db;
    } catch (const SQLite::Exception& failure) {
        throw sql::toStoreError(failure, path);
    }
}

std::unique_ptr<Database> Database::connect(const std::filesystem::path& path)
{
    try {
        auto connection
            = std::make_unique<SQLite::Database>(path, SQLite::OPEN_READWRITE, DatabaseFile::kBusyTimeoutMs);
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
    const DatabaseFile::Inspection found = DatabaseFile::identify(path, knownVersion);
    // A migration writes, so it never runs on a file that has not passed its check. Otherwise the
    // full check runs once a day (the first open of the day, before its backup) and again
    // whenever a connection met a corruption error since: every other open relies on that
    // recorded check and on SQLite's own detection, so a command does not pay a whole-file read.
    const bool checkedToday = found.checkedOn == today.toString() && !fs::exists(DatabaseFile::suspectMarker(path));
    bool checkedNow = false;
    if (found.kind == DatabaseFile::Kind::Keel && checks == StartChecks::Now && !checkedToday) {
        DatabaseFile::checkPages(path, DatabaseFile::CheckDepth::Full);
        checkedNow = true;
    } else if (found.kind == DatabaseFile::Kind::Keel && found.version < knownVersion) {
        DatabaseFile::checkPages(path, DatabaseFile::CheckDepth::Quick);
    }

    if (found.kind == DatabaseFile::Kind::New)
        createPrivately(path);
    std::unique_ptr<Database> db;
    try {
        auto connection = std::make_unique<SQLite::Database>(
            path, SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE, DatabaseFile::kBusyTimeoutMs);
        configure(*connection);
        db.reset(new Database(std::move(connection), path));
        const int version = db->schemaVersion();
        if (version > knownVersion) // Upgraded by a newer Keel between our look and our open.
            DatabaseFile::requireKeel(
                path, DatabaseFile::Identity {kApplicationId, version, std::nullopt}, knownVersion);
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
                        Reason(PhraseCode::StoreUpgradeNeedsBackup,
                            {ReasonArg::words(path.string()), failure.reason().asArg()}));
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
    db->m_startChecksPending = found.kind == DatabaseFile::Kind::Keel;
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
    if (!DatabaseFile::readHeader(path))
        return fail(path.string() + " is not an SQLite database");
    try {
        const auto db = DatabaseFile::openReadOnly(path);
        try {
            DatabaseFile::requireKeel(path, DatabaseFile::readIdentity(*db), kSchemaVersion);
        } catch (const StoreError& refused) {
            report.ok = false;
            report.problems.emplace_back(refused.what());
        }
        IntegrityReport checks = DatabaseFile::runChecks(*db);
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
    fs::remove(DatabaseFile::suspectMarker(m_path), ignored);
}

std::optional<std::string> Database::readDatabaseId(const std::filesystem::path& path)
{
    std::error_code error;
    if (!fs::is_regular_file(path, error) || !DatabaseFile::readHeader(path))
        return std::nullopt;
    try {
        const auto db = DatabaseFile::openReadOnly(path);
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
                Reason(PhraseCode::StoreFlushUncertain,
                    {ReasonArg::words(m_path.string()), ReasonArg::words(failure.what())}));
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
    return DatabaseFile::runChecks(*m_db);
}

} // namespace keel::core
