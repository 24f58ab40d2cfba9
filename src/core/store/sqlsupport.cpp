// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/store/sqlsupport.h"

#include "core/model/phrasecode.h"

#include <SQLiteCpp/Column.h>
#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Exception.h>
#include <SQLiteCpp/Statement.h>
#include <cctype>
#include <cstdio>
#include <fstream>
#include <sqlite3.h>

namespace keel::core::sql {

ResetOnExit::~ResetOnExit()
{
    m_statement.tryReset();
}

void bind(SQLite::Statement& statement, int index, const std::optional<int>& value)
{
    if (value)
        statement.bind(index, *value);
    else
        statement.bind(index);
}

void bind(SQLite::Statement& statement, int index, const std::optional<double>& value)
{
    if (value)
        statement.bind(index, *value);
    else
        statement.bind(index);
}

void bind(SQLite::Statement& statement, int index, const std::optional<std::int64_t>& value)
{
    if (value)
        statement.bind(index, *value);
    else
        statement.bind(index);
}

void bind(SQLite::Statement& statement, int index, const std::optional<Date>& value)
{
    if (value)
        bind(statement, index, *value);
    else
        statement.bind(index);
}

void bind(SQLite::Statement& statement, int index, Date value)
{
    statement.bind(index, value.toString());
}

std::optional<int> optionalInt(const SQLite::Column& column)
{
    if (column.isNull())
        return std::nullopt;
    return column.getInt();
}

std::optional<double> optionalDouble(const SQLite::Column& column)
{
    if (column.isNull())
        return std::nullopt;
    return column.getDouble();
}

std::optional<std::int64_t> optionalInt64(const SQLite::Column& column)
{
    if (column.isNull())
        return std::nullopt;
    return column.getInt64();
}

Date date(const SQLite::Column& column)
{
    const std::string text = column.getString();
    const auto parsed = Date::parse(text);
    if (!parsed)
        throwBadStoredValue(std::string("column ") + column.getName(), text);
    return *parsed;
}

std::optional<Date> optionalDate(const SQLite::Column& column)
{
    if (column.isNull())
        return std::nullopt;
    return date(column);
}

void rollbackQuietly(SQLite::Database& db)
{
    if (sqlite3_get_autocommit(db.getHandle()) == 0)
        sqlite3_exec(db.getHandle(), "ROLLBACK", nullptr, nullptr, nullptr);
}

void markSuspect(const std::filesystem::path& path)
{
    if (path.empty())
        return;
    // An empty file beside the database; its presence is the whole message.
    std::ofstream marker(path.string() + ".suspect");
}

StoreError toStoreError(const SQLite::Exception& error, const std::filesystem::path& path)
{
    const ReasonArg where
        = path.empty() ? Reason(PhraseCode::StoreTheDatabase).asArg() : ReasonArg::words(path.string());
    const ReasonArg sqlite = ReasonArg::words(error.what());
    const auto nothingSaved = [](Reason reason) { return reason += Reason(PhraseCode::StoreNothingSaved); };
    switch (error.getErrorCode() & 0xff) {
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
        markSuspect(path);
        return StoreError(StoreStatus::Damaged,
            Reason(PhraseCode::StoreDamagedBecause, {where, sqlite}) += Reason(PhraseCode::StoreRunCheck));
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return StoreError(StoreStatus::CannotOpen, nothingSaved(Reason(PhraseCode::StoreBusy, {where, sqlite})));
    case SQLITE_FULL:
        return StoreError(StoreStatus::CannotOpen, nothingSaved(Reason(PhraseCode::StoreDiskFull, {where})));
    case SQLITE_READONLY:
    case SQLITE_PERM:
    case SQLITE_CANTOPEN:
    case SQLITE_IOERR:
        return StoreError(StoreStatus::CannotOpen, nothingSaved(Reason(PhraseCode::StoreCannotWrite, {where, sqlite})));
    case SQLITE_CONSTRAINT:
        return StoreError(StoreStatus::InvalidInput, Reason(PhraseCode::StoreRefusedByDatabase, {sqlite}));
    default:
        return StoreError(StoreStatus::CannotOpen, Reason(PhraseCode::StoreAt, {where, sqlite}));
    }
}

void bindReason(SQLite::Statement& statement, int textIndex, int partsIndex, const Reason& reason)
{
    statement.bind(textIndex, reason.text());
    if (reason.empty())
        statement.bind(partsIndex);
    else
        statement.bind(partsIndex, reason.toJson());
}

Reason readReason(const SQLite::Column& text, const SQLite::Column& parts)
{
    if (!parts.isNull()) {
        if (auto reason = Reason::fromJson(parts.getString()))
            return std::move(*reason);
    }
    return Reason::verbatim(text.getString());
}

void throwBadStoredValue(const std::string& what, const std::string& value)
{
    throw StoreError(StoreStatus::Damaged,
        Reason(PhraseCode::StoreUnreadableValue, {ReasonArg::words(what), ReasonArg::words(value)})
        += Reason(PhraseCode::StoreRunCheck));
}

std::string readOnlyUri(const std::filesystem::path& path)
{
    // `immutable` is safe only when no other connection has the file open in WAL mode, which
    // the absence of a -wal (and of a hot -journal) shows.
    std::string uri = "file:";
    for (const char raw : path.string()) {
        const auto c = static_cast<unsigned char>(raw);
        if (std::isalnum(c) || c == '/' || c == '-' || c == '_' || c == '.' || c == '~') {
            uri += static_cast<char>(c);
        } else {
            char escaped[4];
            std::snprintf(escaped, sizeof escaped, "%%%02X", c);
            uri += escaped;
        }
    }
    uri += "?mode=ro";
    std::error_code error;
    if (!std::filesystem::exists(path.string() + "-wal", error)
        && !std::filesystem::exists(path.string() + "-journal", error))
        uri += "&immutable=1";
    return uri;
}

} // namespace keel::core::sql
