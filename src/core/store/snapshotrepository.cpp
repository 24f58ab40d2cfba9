// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/store/snapshotrepository.h"

#include "core/model/phrasecode.h"
#include "core/store/database.h"
#include "core/store/storeerror.h"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Exception.h>
#include <SQLiteCpp/Statement.h>
#include <algorithm>
#include <array>
#include <cstdint>
#include <limits>
#include <set>
#include <string>
#include <vector>

namespace keel::core {

namespace {

// The database identity and anything else not listed here stays with the database it belongs to.
constexpr std::array<std::string_view, 12> kTables
    = {"profile", "plan_weeks", "planned_sessions", "planned_items", "logged_sets", "walks", "checkins",
        "progression_state", "progression_program", "progression_events", "imported_exercises", "exercise_mappings"};

[[noreturn]] void invalid(Reason why)
{
    throw StoreError(StoreStatus::InvalidInput, why += Reason(PhraseCode::StoreNothingRestored));
}

ReasonArg words(std::string text)
{
    return ReasonArg::words(std::move(text));
}

std::vector<std::string> columnsOf(SQLite::Database& db, std::string_view table)
{
    SQLite::Statement query(db, "SELECT name FROM pragma_table_info(?) ORDER BY cid");
    query.bind(1, std::string(table));
    std::vector<std::string> columns;
    while (query.executeStep())
        columns.push_back(query.getColumn(0).getString());
    return columns;
}

/// The primary key columns in key order; rowid tables without one sort by rowid.
std::string orderOf(SQLite::Database& db, std::string_view table)
{
    SQLite::Statement query(db, "SELECT name FROM pragma_table_info(?) WHERE pk > 0 ORDER BY pk");
    query.bind(1, std::string(table));
    std::string order;
    while (query.executeStep())
        order += (order.empty() ? "" : ", ") + query.getColumn(0).getString();
    return order.empty() ? "rowid" : order;
}

} // namespace

std::span<const std::string_view> SnapshotRepository::tables()
{
    return kTables;
}

nlohmann::json SnapshotRepository::dump()
{
    nlohmann::json result = nlohmann::json::object();
    SQLite::Database& db = m_db.sql();
    for (const std::string_view table : kTables) {
        nlohmann::json rows = nlohmann::json::array();
        SQLite::Statement query(db, "SELECT * FROM " + std::string(table) + " ORDER BY " + orderOf(db, table));
        while (query.executeStep()) {
            nlohmann::json row = nlohmann::json::object();
            for (int i = 0; i < query.getColumnCount(); ++i) {
                const SQLite::Column column = query.getColumn(i);
                if (column.isInteger())
                    row[column.getName()] = column.getInt64();
                else if (column.isFloat())
                    row[column.getName()] = column.getDouble();
                else if (column.isText())
                    row[column.getName()] = column.getString();
                else if (column.isNull())
                    row[column.getName()] = nullptr;
                else
                    throw StoreError(StoreStatus::Damaged,
                        Reason(PhraseCode::StoreBinaryValue, {words(std::string(table)), words(column.getName())}));
            }
            rows.push_back(std::move(row));
        }
        result[std::string(table)] = std::move(rows);
    }
    return result;
}

void SnapshotRepository::restore(const nlohmann::json& tables)
{
    if (!tables.is_object())
        invalid(Reason(PhraseCode::StoreTablesNotObject));
    for (const auto& [name, rows] : tables.items()) {
        if (std::find(kTables.begin(), kTables.end(), name) == kTables.end())
            invalid(Reason(PhraseCode::StoreUnknownTable, {words(name)}));
        if (!rows.is_array())
            invalid(Reason(PhraseCode::StoreTableNotArray, {words(name)}));
    }
    m_db.transaction([&] {
        SQLite::Database& db = m_db.sql();
        for (const std::string_view table : kTables) {
            const std::string name(table);
            if (!tables.contains(name))
                continue;
            const std::vector<std::string> known = columnsOf(db, table);
            const std::set<std::string> knownSet(known.begin(), known.end());
            std::size_t index = 0;
            for (const nlohmann::json& row : tables.at(name)) {
                ++index;
                const ReasonArg where
                    = Reason(PhraseCode::StoreTableRow, {words(name), ReasonArg::count(static_cast<long>(index))})
                          .asArg();
                if (!row.is_object())
                    invalid(Reason(PhraseCode::StoreRowNotObject, {where}));
                // An empty row would make "INSERT INTO t () VALUES ()", an SQL syntax error that
                // reads as if the database were at fault.
                if (row.empty())
                    invalid(Reason(PhraseCode::StoreRowNoColumns, {where}));
                std::string columns;
                std::string marks;
                for (const auto& [column, value] : row.items()) {
                    if (!knownSet.contains(column))
                        invalid(Reason(PhraseCode::StoreUnknownColumn, {where, words(column)}));
                    columns += (columns.empty() ? "" : ", ") + column;
                    marks += marks.empty() ? "?" : ", ?";
                }
                SQLite::Statement insert(db, "INSERT INTO " + name + " (" + columns + ") VALUES (" + marks + ")");
                int position = 1;
                for (const auto& [column, value] : row.items()) {
                    if (value.is_null())
                        insert.bind(position);
                    else if (value.is_number_unsigned()
                        && value.get<std::uint64_t>()
                            > static_cast<std::uint64_t>(std::numeric_limits<std::int64_t>::max()))
                        invalid(Reason(PhraseCode::StoreValueTooLarge, {where, words(column), words(value.dump())}));
                    else if (value.is_number_integer())
                        insert.bind(position, value.get<std::int64_t>());
                    else if (value.is_number_float())
                        insert.bind(position, value.get<double>());
                    else if (value.is_string())
                        insert.bind(position, value.get<std::string>());
                    else
                        invalid(Reason(PhraseCode::StoreNotAValue, {where, words(column), words(value.type_name())}));
                    ++position;
                }
                try {
                    insert.exec();
                } catch (const SQLite::Exception& error) {
                    invalid(Reason(PhraseCode::StoreAt, {where, words(error.what())}));
                }
            }
        }
    });
}

} // namespace keel::core
