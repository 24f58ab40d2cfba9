// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/store/plannedrows.h"

#include "core/store/database.h"
#include "core/store/sqlsupport.h"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>

namespace keel::core {

namespace {

void bindRange(SQLite::Statement& statement, int index, const std::optional<IntRange>& range)
{
    sql::bind(statement, index, range ? std::optional<int>(range->min) : std::nullopt);
    sql::bind(statement, index + 1, range ? std::optional<int>(range->max) : std::nullopt);
}

std::optional<IntRange> readRange(SQLite::Statement& row, int index)
{
    const auto min = sql::optionalInt(row.getColumn(index));
    const auto max = sql::optionalInt(row.getColumn(index + 1));
    if (!min || !max)
        return std::nullopt;
    return IntRange {*min, *max};
}

/// Binds ?1..?19 and ?21 to an item's columns, in the order insertItem and rewriteItem name them.
void bindItem(SQLite::Statement& statement, std::int64_t sessionId, int position, const PlannedItem& item)
{
    statement.bind(1, sessionId);
    statement.bind(2, position);
    statement.bind(3, item.exerciseId);
    statement.bind(4, std::string(toString(item.pattern)));
    statement.bind(5, std::string(toString(item.focus)));
    statement.bind(6, item.sets);
    bindRange(statement, 7, item.reps);
    bindRange(statement, 9, item.seconds);
    bindRange(statement, 11, item.minutes);
    bindRange(statement, 13, item.meters);
    sql::bind(statement, 15, item.loadKg);
    statement.bind(16, item.perSide ? 1 : 0);
    statement.bind(17, item.warmUp ? 1 : 0);
    sql::bindReason(statement, 18, 21, item.reason);
    if (item.swappedFrom.empty())
        statement.bind(19);
    else
        statement.bind(19, item.swappedFrom);
}

} // namespace

std::int64_t PlannedRows::insertItem(Database& db, std::int64_t sessionId, int position, const PlannedItem& item)
{
    SQLite::Statement& insert = db.cached(
        "INSERT INTO planned_items (session_id, position, exercise_id, pattern, focus, sets, reps_min, reps_max, "
        "seconds_min, seconds_max, minutes_min, minutes_max, meters_min, meters_max, load_kg, per_side, warm_up, "
        "reason, swapped_from, reason_parts) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, "
        "?15, ?16, ?17, ?18, ?19, ?21)");
    bindItem(insert, sessionId, position, item);
    insert.exec();
    return db.sql().getLastInsertRowid();
}

void PlannedRows::rewriteItem(
    Database& db, std::int64_t id, std::int64_t sessionId, int position, const PlannedItem& item)
{
    SQLite::Statement& update = db.cached(
        "UPDATE planned_items SET session_id = ?1, position = ?2, exercise_id = ?3, pattern = ?4, focus = ?5, "
        "sets = ?6, reps_min = ?7, reps_max = ?8, seconds_min = ?9, seconds_max = ?10, minutes_min = ?11, "
        "minutes_max = ?12, meters_min = ?13, meters_max = ?14, load_kg = ?15, per_side = ?16, warm_up = ?17, "
        "reason = ?18, swapped_from = ?19, reason_parts = ?21 WHERE id = ?20");
    bindItem(update, sessionId, position, item);
    update.bind(20, id);
    update.exec();
}

std::int64_t PlannedRows::insertSession(Database& db, std::int64_t weekId, const PlannedSession& session)
{
    SQLite::Statement& insert
        = db.cached("INSERT INTO planned_sessions (week_id, date, kind, moved_from) VALUES (?, ?, ?, ?)");
    insert.bind(1, weekId);
    sql::bind(insert, 2, session.date);
    insert.bind(3, std::string(toString(session.kind)));
    sql::bind(insert, 4, session.movedFrom);
    insert.exec();
    return db.sql().getLastInsertRowid();
}

void PlannedRows::setPosition(Database& db, std::int64_t itemId, int position)
{
    SQLite::Statement& update = db.cached("UPDATE planned_items SET position = ?2 WHERE id = ?1");
    update.bind(1, itemId);
    update.bind(2, position);
    update.exec();
}

void PlannedRows::setMovedFrom(Database& db, std::int64_t sessionId, std::optional<Date> movedFrom)
{
    SQLite::Statement& update = db.cached("UPDATE planned_sessions SET moved_from = ?2 WHERE id = ?1");
    update.bind(1, sessionId);
    sql::bind(update, 2, movedFrom);
    update.exec();
}

PlannedItem PlannedRows::readItem(SQLite::Statement& row, int first)
{
    PlannedItem item;
    item.id = row.getColumn(first).getInt64();
    item.exerciseId = row.getColumn(first + 1).getString();
    const std::string pattern = row.getColumn(first + 2).getString();
    const auto parsedPattern = parsePattern(pattern);
    if (!parsedPattern)
        sql::throwBadStoredValue("planned_items.pattern", pattern);
    item.pattern = *parsedPattern;
    const std::string focus = row.getColumn(first + 3).getString();
    const auto parsedFocus = parseFocus(focus);
    if (!parsedFocus)
        sql::throwBadStoredValue("planned_items.focus", focus);
    item.focus = *parsedFocus;
    item.sets = row.getColumn(first + 4).getInt();
    item.reps = readRange(row, first + 5);
    item.seconds = readRange(row, first + 7);
    item.minutes = readRange(row, first + 9);
    item.meters = readRange(row, first + 11);
    item.loadKg = sql::optionalDouble(row.getColumn(first + 13));
    item.perSide = row.getColumn(first + 14).getInt() != 0;
    item.warmUp = row.getColumn(first + 15).getInt() != 0;
    item.reason = sql::readReason(row.getColumn(first + 16), row.getColumn(first + 18));
    const SQLite::Column swappedFrom = row.getColumn(first + 17);
    item.swappedFrom = swappedFrom.isNull() ? std::string() : swappedFrom.getString();
    return item;
}

SessionKind PlannedRows::readKind(const SQLite::Column& column)
{
    const std::string text = column.getString();
    const auto kind = parseSessionKind(text);
    if (!kind)
        sql::throwBadStoredValue("planned_sessions.kind", text);
    return *kind;
}

} // namespace keel::core
