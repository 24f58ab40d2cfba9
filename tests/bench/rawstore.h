// SPDX-License-Identifier: GPL-3.0-or-later
// The bare-SQLite side of a store benchmark, set up like Keel's own: the same pragmas on the
// connection and the same schema (copied as text from a Keel database), so a ratio measures what
// the store adds and not a lighter table or a weaker durability. requireSameSetup() checks it.
#pragma once

#include <SQLiteCpp/Database.h>
#include <filesystem>
#include <memory>
#include <string>

namespace keel::bench {

/// A bare connection to `path` (created when missing) with the pragmas core::Database sets:
/// journal_mode WAL, synchronous FULL, foreign_keys ON, temp_store MEMORY.
std::unique_ptr<SQLite::Database> openRaw(const std::filesystem::path& path);

/// Creates in `raw` every table, index and trigger of `keel`, from the text in its sqlite_master.
void copySchema(SQLite::Database& keel, SQLite::Database& raw);

/// Throws std::runtime_error naming the difference when the two connections differ in their
/// schema (every table, index and trigger) or in a pragma that decides durability or cost.
void requireSameSetup(SQLite::Database& keel, SQLite::Database& raw);

} // namespace keel::bench
