// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Small helpers shared by the repositories: binding optional values, reading nullable
// columns, and turning SQLite failures into StoreErrors. For src/core/store only.

#include "core/model/reason.h"
#include "core/store/storeerror.h"
#include "core/util/date.h"

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>

namespace SQLite {
class Column;
class Database;
class Exception;
class Statement;
} // namespace SQLite

namespace keel::core::sql {

/// Resets a cached query when the scope ends: one stopped before its last row would keep a read
/// transaction open until the statement is next used.
class ResetOnExit {
public:
    explicit ResetOnExit(SQLite::Statement& statement)
        : m_statement(statement)
    { }
    ~ResetOnExit();
    ResetOnExit(const ResetOnExit&) = delete;
    ResetOnExit& operator=(const ResetOnExit&) = delete;

private:
    SQLite::Statement& m_statement;
};

/// Binds a value or NULL.
void bind(SQLite::Statement& statement, int index, const std::optional<int>& value);
void bind(SQLite::Statement& statement, int index, const std::optional<double>& value);
void bind(SQLite::Statement& statement, int index, const std::optional<std::int64_t>& value);
void bind(SQLite::Statement& statement, int index, const std::optional<Date>& value);
/// Binds a date as 'YYYY-MM-DD'.
void bind(SQLite::Statement& statement, int index, Date value);

/// A nullable column.
std::optional<int> optionalInt(const SQLite::Column& column);
std::optional<double> optionalDouble(const SQLite::Column& column);
std::optional<std::int64_t> optionalInt64(const SQLite::Column& column);
/// A 'YYYY-MM-DD' column; a stored value that does not parse means the file was tampered with.
Date date(const SQLite::Column& column);
std::optional<Date> optionalDate(const SQLite::Column& column);

/// A read-only "file:" URI for `path` (open it with SQLITE_OPEN_URI). `immutable` is added when
/// no -wal or -journal lies beside the file, so SQLite creates nothing next to a file it only reads.
std::string readOnlyUri(const std::filesystem::path& path);

/// Rolls back the open transaction, if any, ignoring errors: used on the way out of a failure.
void rollbackQuietly(SQLite::Database& db);

/// Leaves "<path>.suspect" beside a database that gave a corruption error, so that its next open
/// runs the full check before anything else is written.
void markSuspect(const std::filesystem::path& path);

/// A StoreError with an actionable message (a corruption error also marks the file suspect) for a failed SQLite call on
/// the database at `path`.
StoreError toStoreError(const SQLite::Exception& error, const std::filesystem::path& path);

/// Throws StoreError(Damaged) for a stored value that cannot be read back.
/// Binds a reason's English words to `textIndex` and its codes (JSON) to `partsIndex`.
void bindReason(SQLite::Statement& statement, int textIndex, int partsIndex, const Reason& reason);
/// The reason stored in a words column and a codes column: its codes when this Keel knows them,
/// else the words as they are (rows from before codes, or from a newer Keel).
Reason readReason(const SQLite::Column& text, const SQLite::Column& parts);

[[noreturn]] void throwBadStoredValue(const std::string& what, const std::string& value);

} // namespace keel::core::sql
