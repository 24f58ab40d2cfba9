// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <nlohmann/json.hpp>
#include <span>
#include <string_view>

namespace keel::core {

class Database;

/// The whole user data of a database as JSON rows, and back: what a Keel JSON backup holds.
/// Each table (profile, plans, logs, progression, imported exercises and mappings) becomes an
/// array of {column: value} objects in primary-key order, so the same database always gives the
/// same JSON and a restore reproduces every row with its id.
class SnapshotRepository {
public:
    explicit SnapshotRepository(Database& db)
        : m_db(db)
    { }

    /// The tables a snapshot holds, parents before children (the order a restore inserts them in).
    static std::span<const std::string_view> tables();

    /// {"table": [{column: value, ...}, ...], ...} for every table in tables().
    nlohmann::json dump();
    /// Inserts every row of `tables` (shaped like dump()) in one transaction. Throws
    /// StoreError(InvalidInput) naming the table, the row and the column for an unknown table or
    /// column, a value of the wrong kind, or a row the schema refuses; nothing is written then.
    /// The caller makes sure the database is empty (ImportRepository::logbookEmpty).
    void restore(const nlohmann::json& tables);

private:
    Database& m_db;
};

} // namespace keel::core
