// SPDX-License-Identifier: GPL-3.0-or-later
#include "rawstore.h"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>
#include <algorithm>
#include <array>
#include <stdexcept>
#include <vector>

namespace keel::bench {

namespace {

constexpr std::array kPragmas = {"journal_mode", "synchronous", "foreign_keys", "temp_store"};

/// Every schema object but SQLite's own, as "type name: sql", in a stable order.
std::vector<std::string> schemaOf(SQLite::Database& db)
{
    SQLite::Statement query(db,
        "SELECT type, name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' AND sql IS NOT NULL "
        "ORDER BY type, name");
    std::vector<std::string> objects;
    while (query.executeStep()) {
        objects.push_back(query.getColumn(0).getString() + " " + query.getColumn(1).getString() + ": "
            + query.getColumn(2).getString());
    }
    return objects;
}

} // namespace

std::unique_ptr<SQLite::Database> openRaw(const std::filesystem::path& path)
{
    auto db = std::make_unique<SQLite::Database>(path, SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE, 5000);
    const std::string mode = db->execAndGet("PRAGMA journal_mode = WAL").getString();
    if (mode != "wal")
        throw std::runtime_error("the raw baseline cannot use WAL on " + path.string() + " (stays " + mode + ")");
    db->exec("PRAGMA synchronous = FULL");
    db->exec("PRAGMA foreign_keys = ON");
    db->exec("PRAGMA temp_store = MEMORY");
    return db;
}

void copySchema(SQLite::Database& keel, SQLite::Database& raw)
{
    // Tables before the indexes and triggers on them, in the order Keel created them.
    SQLite::Statement query(keel,
        "SELECT sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' AND sql IS NOT NULL "
        "ORDER BY type <> 'table', rowid");
    raw.exec("BEGIN");
    while (query.executeStep())
        raw.exec(query.getColumn(0).getString());
    raw.exec("COMMIT");
}

void requireSameSetup(SQLite::Database& keel, SQLite::Database& raw)
{
    for (const char* pragma : kPragmas) {
        const std::string statement = std::string("PRAGMA ") + pragma;
        const std::string ours = keel.execAndGet(statement).getString();
        const std::string theirs = raw.execAndGet(statement).getString();
        if (ours != theirs) {
            throw std::runtime_error(std::string("the baseline is not set up like Keel: ") + pragma + " is " + theirs
                + " on the baseline, " + ours + " on Keel");
        }
    }
    const std::vector<std::string> ours = schemaOf(keel);
    const std::vector<std::string> theirs = schemaOf(raw);
    for (std::size_t i = 0; i < std::max(ours.size(), theirs.size()); ++i) {
        const std::string a = i < ours.size() ? ours[i] : "(nothing)";
        const std::string b = i < theirs.size() ? theirs[i] : "(nothing)";
        if (a != b) {
            throw std::runtime_error("the baseline's schema is not Keel's: Keel has " + a + "; the baseline has " + b);
        }
    }
}

} // namespace keel::bench
