// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/store/databasefile.h"

#include "core/model/phrasecode.h"
#include "core/store/backupmanager.h"
#include "core/store/sqlsupport.h"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Exception.h>
#include <SQLiteCpp/Statement.h>
#include <array>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <sqlite3.h>

namespace keel::core {

namespace fs = std::filesystem;

namespace {

constexpr std::array<char, 16> kSqliteMagic
    = {'S', 'Q', 'L', 'i', 't', 'e', ' ', 'f', 'o', 'r', 'm', 'a', 't', ' ', '3', '\0'};

std::string hex(std::int32_t value)
{
    char buffer[16];
    std::snprintf(buffer, sizeof buffer, "0x%08X", static_cast<unsigned>(value));
    return buffer;
}

enum class Restorable { Offer, Never };

/// `Never` for files that are not a database at all: whatever they are, no backup is theirs.
[[noreturn]] void throwDamaged(const fs::path& path, const Reason& detail, Restorable restorable = Restorable::Offer)
{
    const auto damaged = [&](const Reason& advice) {
        return Reason(
            PhraseCode::StoreDamagedNotOpened, {ReasonArg::words(path.string()), detail.asArg(), advice.asArg()});
    };
    if (restorable == Restorable::Never) {
        // Perhaps the wrong file was named: no backup of a logbook should replace it.
        throw StoreError(StoreStatus::Damaged, damaged(Reason(PhraseCode::StoreNoBackupForNonDatabase)));
    }
    const fs::path backups = Database::backupDirFor(path);
    const auto good = BackupManager::newestGoodFor(path);
    const Reason advice = good ? Reason(PhraseCode::StoreNewestGoodBackup, {ReasonArg::words(good->string())})
                               : Reason(PhraseCode::StoreNoGoodBackup, {ReasonArg::words(backups.string())});
    throw StoreError(StoreStatus::Damaged, damaged(advice), good);
}

/// SQLite's own words for what went wrong.
Reason sqliteSays(const std::exception& failure)
{
    return Reason::verbatim(failure.what());
}

[[noreturn]] void throwCannotRead(const fs::path& path, const std::exception& failure)
{
    throw StoreError(StoreStatus::CannotOpen,
        Reason(PhraseCode::StoreCannotRead, {ReasonArg::words(path.string()), ReasonArg::words(failure.what())}));
}

std::int32_t bigEndian32(const unsigned char* bytes)
{
    const std::uint32_t value = (std::uint32_t {bytes[0]} << 24) | (std::uint32_t {bytes[1]} << 16)
        | (std::uint32_t {bytes[2]} << 8) | std::uint32_t {bytes[3]};
    return static_cast<std::int32_t>(value);
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
        SQLite::Database recovery(path, SQLite::OPEN_READWRITE, DatabaseFile::kBusyTimeoutMs);
        recovery.execAndGet("SELECT count(*) FROM sqlite_master");
    } catch (const SQLite::Exception& failure) {
        if (isDamageCode(failure.getErrorCode()))
            throwDamaged(path, sqliteSays(failure));
        throw StoreError(StoreStatus::CannotOpen,
            Reason(
                PhraseCode::StoreCannotRecover, {ReasonArg::words(path.string()), ReasonArg::words(failure.what())}));
    }
}

} // namespace

fs::path DatabaseFile::suspectMarker(const fs::path& path)
{
    return path.string() + ".suspect";
}

std::unique_ptr<SQLite::Database> DatabaseFile::openReadOnly(const fs::path& path)
{
    return std::make_unique<SQLite::Database>(sql::readOnlyUri(path), SQLite::OPEN_READONLY | SQLite::OPEN_URI);
}

void DatabaseFile::requireKeel(const fs::path& path, const Identity& identity, int knownVersion)
{
    if (identity.applicationId == Database::kApplicationId) {
        if (identity.version > knownVersion)
            throw StoreError(StoreStatus::TooNew,
                Reason(PhraseCode::StoreTooNew,
                    {ReasonArg::words(path.string()), ReasonArg::count(identity.version),
                        ReasonArg::count(knownVersion)}));
        return;
    }
    const bool foreign = identity.applicationId != 0
        || (identity.schemaObjects && (*identity.schemaObjects > 0 || identity.version != 0));
    if (foreign)
        throw StoreError(StoreStatus::NotKeel,
            Reason(PhraseCode::StoreNotKeel,
                {ReasonArg::words(path.string()), ReasonArg::words(hex(identity.applicationId))}));
}

std::optional<DatabaseFile::Identity> DatabaseFile::readHeader(const fs::path& path)
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

DatabaseFile::Identity DatabaseFile::readIdentity(SQLite::Database& db)
{
    Identity identity;
    identity.applicationId = db.execAndGet("PRAGMA application_id").getInt();
    identity.version = db.execAndGet("PRAGMA user_version").getInt();
    identity.schemaObjects = db.execAndGet("SELECT count(*) FROM sqlite_master").getInt();
    return identity;
}

IntegrityReport DatabaseFile::runChecks(SQLite::Database& db)
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

DatabaseFile::Inspection DatabaseFile::identify(const fs::path& path, int knownVersion)
{
    std::error_code error;
    if (!fs::exists(path, error) || fs::file_size(path, error) == 0)
        return {};
    const auto header = readHeader(path);
    if (!header)
        throwDamaged(path, Reason(PhraseCode::StoreNotSqlite), Restorable::Never);
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
            throwDamaged(path, Reason(PhraseCode::StoreMarkedWithoutVersion, {ReasonArg::count(identity.version)}));
        return {identity.applicationId == 0 ? Kind::New : Kind::Keel, identity.version, checkedOn};
    } catch (const SQLite::Exception& failure) {
        if (isDamageCode(failure.getErrorCode()))
            throwDamaged(path, sqliteSays(failure));
        throwCannotRead(path, failure);
    }
}

void DatabaseFile::checkPages(const fs::path& path, CheckDepth depth)
{
    std::vector<std::string> problems;
    try {
        const auto db = openReadOnly(path);
        problems = depth == CheckDepth::Quick ? pragmaProblems(*db, "PRAGMA quick_check") : runChecks(*db).problems;
    } catch (const SQLite::Exception& failure) {
        if (isDamageCode(failure.getErrorCode()))
            throwDamaged(path, sqliteSays(failure));
        throwCannotRead(path, failure);
    }
    if (!problems.empty()) {
        const bool quick = depth == CheckDepth::Quick;
        const ReasonArg first = ReasonArg::words(problems.front());
        if (problems.size() == 1)
            throwDamaged(path,
                Reason(quick ? PhraseCode::StoreQuickCheckFailed : PhraseCode::StoreIntegrityCheckFailed, {first}));
        throwDamaged(path,
            Reason(quick ? PhraseCode::StoreQuickCheckFailedMore : PhraseCode::StoreIntegrityCheckFailedMore,
                {first, ReasonArg::count(static_cast<long>(problems.size() - 1))}));
    }
}

} // namespace keel::core
