// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/store/logrepository.h"

#include "core/model/phrasecode.h"
#include "core/store/database.h"
#include "core/store/logrowbinding.h"
#include "core/store/sqlsupport.h"
#include "core/util/freetext.h"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>
#include <cmath>
#include <functional>
#include <sstream>

namespace keel::core {

namespace {

// ?1 is the id (NULL lets SQLite choose one); ?2… are the fields, shared by insert and update.
constexpr const char* kInsertSet
    = "INSERT INTO logged_sets (id, date, exercise_id, reps, load_kg, seconds, meters, "
      "rpe, pain, note, planned_item_id, warm_up) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)";
constexpr const char* kUpdateSet = "UPDATE logged_sets SET date = ?2, exercise_id = ?3, reps = ?4, load_kg = ?5, "
                                   "seconds = ?6, meters = ?7, rpe = ?8, pain = ?9, note = ?10, planned_item_id = ?11, "
                                   "warm_up = ?12 WHERE id = ?1";
constexpr const char* kSetColumns = "SELECT id, date, exercise_id, reps, load_kg, seconds, meters, rpe, pain, note, "
                                    "planned_item_id, warm_up FROM logged_sets ";
constexpr const char* kInsertWalk = "INSERT INTO walks (id, date, minutes, meters, pain, note, planned_item_id) "
                                    "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)";
constexpr const char* kUpdateWalk = "UPDATE walks SET date = ?2, minutes = ?3, meters = ?4, pain = ?5, note = ?6, "
                                    "planned_item_id = ?7 WHERE id = ?1";
constexpr const char* kWalkColumns = "SELECT id, date, minutes, meters, pain, note, planned_item_id FROM walks ";

[[noreturn]] void invalid(Reason why)
{
    throw StoreError(StoreStatus::InvalidInput, why += Reason(PhraseCode::StoreNothingSaved));
}

ReasonArg words(std::string text)
{
    return ReasonArg::words(std::move(text));
}

/// A field's name: "reps", "load" …
ReasonArg field(PhraseCode name)
{
    return Reason(name).asArg();
}

std::string number(double value)
{
    std::ostringstream out;
    out << value;
    return out.str();
}

void requireInt(PhraseCode name, const std::optional<int>& value, int min, int max)
{
    if (value && (*value < min || *value > max))
        invalid(Reason(PhraseCode::StoreValueOutside,
            {field(name), ReasonArg::count(*value), words(""), ReasonArg::count(min), ReasonArg::count(max)}));
}

// Written as !(inside) so that NaN is refused too.
void requireNumber(PhraseCode name, const std::optional<double>& value, double max, const char* unit)
{
    if (!value)
        return;
    if (std::isnan(*value))
        invalid(Reason(PhraseCode::StoreNotANumber, {field(name)}));
    if (*value < 0.0)
        invalid(Reason(PhraseCode::StoreNegative, {field(name), words(number(*value)), words(unit)}));
    if (!(*value <= max))
        invalid(Reason(PhraseCode::StoreValueOutside,
            {field(name), words(number(*value)), words(unit), ReasonArg::count(0), words(number(max))}));
}

void requireDate(Date date)
{
    if (date.year() < LogLimits::kMinYear || date.year() > LogLimits::kMaxYear)
        invalid(Reason(PhraseCode::StoreDateOutsideYears,
            {ReasonArg::dateOnly(date), words(std::to_string(LogLimits::kMinYear)),
                words(std::to_string(LogLimits::kMaxYear))}));
}

void requireNote(const std::string& note)
{
    if (const auto problem = freeTextProblem(note, /*multiline=*/false))
        invalid(Reason(PhraseCode::StoreNoteProblem,
            {words(problem->what), ReasonArg::count(static_cast<long>(problem->byteOffset + 1))}));
    const std::size_t characters = utf8Length(note);
    if (characters > LogLimits::kMaxNoteChars)
        invalid(Reason(PhraseCode::StoreNoteTooLong,
            {ReasonArg::count(static_cast<long>(characters)), ReasonArg::count(LogLimits::kMaxNoteChars)}));
}

void requirePlannedItem(Database& db, const std::optional<std::int64_t>& itemId)
{
    if (!itemId)
        return;
    SQLite::Statement query(db.sql(), "SELECT 1 FROM planned_items WHERE id = ?");
    query.bind(1, *itemId);
    if (!query.executeStep())
        invalid(Reason(PhraseCode::StorePlannedItemMissing, {words(std::to_string(*itemId))}));
}

LoggedSet readSet(SQLite::Statement& row)
{
    LoggedSet set;
    set.id = row.getColumn(0).getInt64();
    set.date = sql::date(row.getColumn(1));
    set.exerciseId = row.getColumn(2).getString();
    set.reps = sql::optionalInt(row.getColumn(3));
    set.loadKg = sql::optionalDouble(row.getColumn(4));
    set.seconds = sql::optionalInt(row.getColumn(5));
    set.meters = sql::optionalDouble(row.getColumn(6));
    set.rpe = sql::optionalInt(row.getColumn(7));
    set.pain = sql::optionalInt(row.getColumn(8));
    set.note = row.getColumn(9).getString();
    set.plannedItemId = sql::optionalInt64(row.getColumn(10));
    set.warmUp = row.getColumn(11).getInt() != 0;
    return set;
}

WalkEntry readWalk(SQLite::Statement& row)
{
    WalkEntry walk;
    walk.id = row.getColumn(0).getInt64();
    walk.date = sql::date(row.getColumn(1));
    walk.minutes = row.getColumn(2).getInt();
    walk.meters = sql::optionalDouble(row.getColumn(3));
    walk.pain = sql::optionalInt(row.getColumn(4));
    walk.note = row.getColumn(5).getString();
    walk.plannedItemId = sql::optionalInt64(row.getColumn(6));
    return walk;
}

/// How the generic helpers below reach the table of a record type.
template<typename Record> struct Table;

template<> struct Table<LoggedSet> {
    static constexpr const char* name = "logged_sets";
    static constexpr PhraseCode noSuchId = PhraseCode::StoreNoSetWithId;
    static constexpr PhraseCode notStoredId = PhraseCode::StoreSetIdNotStored;
    static constexpr PhraseCode exists = PhraseCode::StoreSetExists;
    static constexpr const char* insert = kInsertSet;
    static constexpr const char* update = kUpdateSet;
    static constexpr const char* select = kSetColumns;
    static LoggedSet read(SQLite::Statement& row) { return readSet(row); }
};

template<> struct Table<WalkEntry> {
    static constexpr const char* name = "walks";
    static constexpr PhraseCode noSuchId = PhraseCode::StoreNoWalkWithId;
    static constexpr PhraseCode notStoredId = PhraseCode::StoreWalkIdNotStored;
    static constexpr PhraseCode exists = PhraseCode::StoreWalkExists;
    static constexpr const char* insert = kInsertWalk;
    static constexpr const char* update = kUpdateWalk;
    static constexpr const char* select = kWalkColumns;
    static WalkEntry read(SQLite::Statement& row) { return readWalk(row); }
};

template<typename Record> std::optional<Record> rowById(Database& db, std::int64_t id)
{
    SQLite::Statement query(db.sql(), std::string(Table<Record>::select) + "WHERE id = ?");
    query.bind(1, id);
    if (!query.executeStep())
        return std::nullopt;
    return Table<Record>::read(query);
}

/// Rows matching `where` (a clause on the table's columns) with its parameters already bound.
template<typename Record>
std::vector<Record> rowsWhere(
    Database& db, const std::string& where, const std::function<void(SQLite::Statement&)>& bind)
{
    // Kept prepared: Today and History run the same few queries on every refresh.
    SQLite::Statement& query = db.cached(std::string(Table<Record>::select) + where);
    bind(query);
    std::vector<Record> rows;
    try {
        while (query.executeStep())
            rows.push_back(Table<Record>::read(query));
    } catch (...) {
        query.reset(); // no read transaction left open behind a failed read
        throw;
    }
    return rows;
}

template<typename Record> std::vector<Record> rowsBetween(Database& db, Date from, Date to)
{
    return rowsWhere<Record>(db, "WHERE date BETWEEN ? AND ? ORDER BY date, id", [&](SQLite::Statement& query) {
        sql::bind(query, 1, from);
        sql::bind(query, 2, to);
    });
}

template<typename Record> std::int64_t insertRow(Database& db, const Record& record, std::optional<std::int64_t> id)
{
    SQLite::Statement& insert = db.cached(Table<Record>::insert);
    sql::bind(insert, 1, id);
    sql::bindLogFields(insert, record);
    insert.exec();
    return db.sql().getLastInsertRowid();
}

template<typename Record> std::int64_t addRow(Database& db, const Record& record)
{
    LogRepository::validate(record);
    std::int64_t id = 0;
    db.transaction([&] {
        requirePlannedItem(db, record.plannedItemId);
        id = insertRow(db, record, std::nullopt);
    });
    return id;
}

template<typename Record> void updateRow(Database& db, const Record& record)
{
    LogRepository::validate(record);
    db.transaction([&] {
        requirePlannedItem(db, record.plannedItemId);
        SQLite::Statement& update = db.cached(Table<Record>::update);
        update.bind(1, record.id);
        sql::bindLogFields(update, record);
        if (update.exec() == 0)
            invalid(Reason(Table<Record>::noSuchId, {words(std::to_string(record.id))}));
    });
}

bool rowExists(Database& db, const char* table, std::int64_t id)
{
    SQLite::Statement query(db.sql(), std::string("SELECT 1 FROM ") + table + " WHERE id = ?");
    query.bind(1, id);
    return query.executeStep();
}

/// Deletes a row and returns what it held, for undo.
template<typename Record> std::optional<Record> removeRow(Database& db, std::int64_t id)
{
    std::optional<Record> removed;
    db.transaction([&] {
        removed = rowById<Record>(db, id);
        if (!removed)
            return;
        SQLite::Statement remove(db.sql(), std::string("DELETE FROM ") + Table<Record>::name + " WHERE id = ?");
        remove.bind(1, id);
        remove.exec();
    });
    return removed;
}

/// Undo of a delete: the row comes back under its old id.
template<typename Record> void restoreRow(Database& db, const Record& record)
{
    LogRepository::validate(record);
    if (record.id <= 0)
        invalid(Reason(Table<Record>::notStoredId, {words(std::to_string(record.id))}));
    db.transaction([&] {
        if (rowExists(db, Table<Record>::name, record.id))
            invalid(Reason(Table<Record>::exists, {words(std::to_string(record.id))}));
        // The planned item may have been regenerated away since; the record survives without it.
        Record restored = record;
        if (restored.plannedItemId && !rowExists(db, "planned_items", *restored.plannedItemId))
            restored.plannedItemId.reset();
        insertRow(db, restored, record.id);
    });
}

} // namespace

void LogRepository::validate(const LoggedSet& set)
{
    requireDate(set.date);
    if (set.exerciseId.empty())
        invalid(Reason(PhraseCode::StoreExerciseEmpty));
    requireInt(PhraseCode::StoreFieldReps, set.reps, 0, LogLimits::kMaxReps);
    requireNumber(PhraseCode::StoreFieldLoad, set.loadKg, LogLimits::kMaxLoadKg, " kg");
    requireInt(PhraseCode::StoreFieldSeconds, set.seconds, 0, LogLimits::kMaxSeconds);
    requireNumber(PhraseCode::StoreFieldDistance, set.meters, LogLimits::kMaxMeters, " m");
    requireInt(PhraseCode::StoreFieldRpe, set.rpe, LogLimits::kMinRpe, LogLimits::kMaxRpe);
    requireInt(PhraseCode::StoreFieldPain, set.pain, 0, LogLimits::kMaxPain);
    requireNote(set.note);
}

void LogRepository::validate(const WalkEntry& walk)
{
    requireDate(walk.date);
    requireInt(PhraseCode::StoreFieldWalkMinutes, walk.minutes, LogLimits::kMinWalkMinutes, LogLimits::kMaxWalkMinutes);
    requireNumber(PhraseCode::StoreFieldDistance, walk.meters, LogLimits::kMaxWalkMeters, " m");
    requireInt(PhraseCode::StoreFieldPain, walk.pain, 0, LogLimits::kMaxPain);
    requireNote(walk.note);
}

void LogRepository::validate(const CheckIn& checkIn)
{
    requireDate(checkIn.date);
    requireInt(PhraseCode::StoreFieldPain, checkIn.pain, 0, LogLimits::kMaxPain);
}

std::int64_t LogRepository::addSet(const LoggedSet& set)
{
    return addRow(m_db, set);
}

std::vector<std::int64_t> LogRepository::addSets(const std::vector<LoggedSet>& sets)
{
    for (const LoggedSet& set : sets)
        validate(set);
    std::vector<std::int64_t> ids;
    ids.reserve(sets.size());
    m_db.transaction([&] {
        for (const LoggedSet& set : sets) {
            requirePlannedItem(m_db, set.plannedItemId);
            ids.push_back(insertRow(m_db, set, std::nullopt));
        }
    });
    return ids;
}

void LogRepository::updateSet(const LoggedSet& set)
{
    updateRow(m_db, set);
}

std::optional<LoggedSet> LogRepository::removeSet(std::int64_t id)
{
    return removeRow<LoggedSet>(m_db, id);
}

void LogRepository::restoreSet(const LoggedSet& set)
{
    restoreRow(m_db, set);
}

std::optional<LoggedSet> LogRepository::set(std::int64_t id)
{
    return rowById<LoggedSet>(m_db, id);
}

std::vector<LoggedSet> LogRepository::sets(Date from, Date to)
{
    return rowsBetween<LoggedSet>(m_db, from, to);
}

std::vector<LoggedSet> LogRepository::workingSets(Date from, Date to)
{
    return rowsWhere<LoggedSet>(
        m_db, "WHERE warm_up = 0 AND date BETWEEN ? AND ? ORDER BY date, id", [&](SQLite::Statement& query) {
            sql::bind(query, 1, from);
            sql::bind(query, 2, to);
        });
}

std::vector<LoggedSet> LogRepository::setsOf(const std::string& exerciseId, Date from, Date to)
{
    return rowsWhere<LoggedSet>(
        m_db, "WHERE exercise_id = ? AND date BETWEEN ? AND ? ORDER BY date, id", [&](SQLite::Statement& query) {
            query.bind(1, exerciseId);
            sql::bind(query, 2, from);
            sql::bind(query, 3, to);
        });
}

std::vector<LoggedSet> LogRepository::firstOfEachAmount(const std::string& exerciseId, Date to)
{
    // GROUP BY puts NULLs together, so "no load" is one amount, as PersonalRecords reads it. The
    // planner would take the (exercise_id, date) index for the date bound and then read every row;
    // the amounts index (schema version 6) answers from the index alone.
    SQLite::Statement& query
        = m_db.cached("SELECT min(date), reps, load_kg, seconds FROM logged_sets INDEXED BY logged_sets_amounts "
                      "WHERE exercise_id = ? AND warm_up = 0 AND date <= ? GROUP BY reps, load_kg, seconds ORDER BY 1");
    const sql::ResetOnExit done(query);
    query.bind(1, exerciseId);
    sql::bind(query, 2, to);
    std::vector<LoggedSet> amounts;
    while (query.executeStep()) {
        LoggedSet& amount = amounts.emplace_back();
        amount.date = sql::date(query.getColumn(0));
        amount.exerciseId = exerciseId;
        amount.reps = sql::optionalInt(query.getColumn(1));
        amount.loadKg = sql::optionalDouble(query.getColumn(2));
        amount.seconds = sql::optionalInt(query.getColumn(3));
    }
    return amounts;
}

std::vector<LoggedSet> LogRepository::lastSession(const std::string& exerciseId, Date before)
{
    return rowsWhere<LoggedSet>(m_db,
        "WHERE exercise_id = ?1 AND date = (SELECT max(date) FROM logged_sets WHERE exercise_id = ?1 AND date < ?2) "
        "ORDER BY id",
        [&](SQLite::Statement& query) {
            query.bind(1, exerciseId);
            sql::bind(query, 2, before);
        });
}

std::int64_t LogRepository::addWalk(const WalkEntry& walk)
{
    return addRow(m_db, walk);
}

void LogRepository::updateWalk(const WalkEntry& walk)
{
    updateRow(m_db, walk);
}

std::optional<WalkEntry> LogRepository::removeWalk(std::int64_t id)
{
    return removeRow<WalkEntry>(m_db, id);
}

void LogRepository::restoreWalk(const WalkEntry& walk)
{
    restoreRow(m_db, walk);
}

std::optional<WalkEntry> LogRepository::walk(std::int64_t id)
{
    return rowById<WalkEntry>(m_db, id);
}

std::vector<WalkEntry> LogRepository::walks(Date from, Date to)
{
    return rowsBetween<WalkEntry>(m_db, from, to);
}

std::optional<CheckIn> LogRepository::setCheckIn(const CheckIn& checkIn)
{
    std::optional<CheckIn> replaced;
    saveCheckIn(checkIn, &replaced);
    return replaced;
}

std::int64_t LogRepository::saveCheckIn(const CheckIn& checkIn, std::optional<CheckIn>* replaced)
{
    validate(checkIn);
    std::int64_t id = 0;
    m_db.transaction([&] {
        const auto previous = this->checkIn(checkIn.date);
        if (replaced)
            *replaced = previous;
        // An upsert keeps the row (and its id) of an existing date.
        SQLite::Statement upsert(m_db.sql(),
            "INSERT INTO checkins (date, pain) VALUES (?1, ?2) ON CONFLICT (date) DO UPDATE SET pain = excluded.pain");
        sql::bind(upsert, 1, checkIn.date);
        upsert.bind(2, checkIn.pain);
        upsert.exec();
        SQLite::Statement query(m_db.sql(), "SELECT id FROM checkins WHERE date = ?");
        sql::bind(query, 1, checkIn.date);
        query.executeStep();
        id = query.getColumn(0).getInt64();
    });
    return id;
}

std::optional<CheckIn> LogRepository::removeCheckIn(Date date)
{
    std::optional<CheckIn> removed;
    m_db.transaction([&] {
        removed = checkIn(date);
        if (!removed)
            return;
        SQLite::Statement remove(m_db.sql(), "DELETE FROM checkins WHERE date = ?");
        sql::bind(remove, 1, date);
        remove.exec();
    });
    return removed;
}

std::optional<CheckIn> LogRepository::checkIn(Date date)
{
    SQLite::Statement query(m_db.sql(), "SELECT date, pain FROM checkins WHERE date = ?");
    sql::bind(query, 1, date);
    if (!query.executeStep())
        return std::nullopt;
    return CheckIn {sql::date(query.getColumn(0)), query.getColumn(1).getInt()};
}

std::vector<CheckIn> LogRepository::checkIns(Date from, Date to)
{
    SQLite::Statement query(m_db.sql(), "SELECT date, pain FROM checkins WHERE date BETWEEN ? AND ? ORDER BY date");
    sql::bind(query, 1, from);
    sql::bind(query, 2, to);
    std::vector<CheckIn> checkIns;
    while (query.executeStep())
        checkIns.push_back(CheckIn {sql::date(query.getColumn(0)), query.getColumn(1).getInt()});
    return checkIns;
}

namespace sql {

void bindLogFields(SQLite::Statement& statement, const LoggedSet& set)
{
    sql::bind(statement, 2, set.date);
    statement.bind(3, set.exerciseId);
    sql::bind(statement, 4, set.reps);
    sql::bind(statement, 5, set.loadKg);
    sql::bind(statement, 6, set.seconds);
    sql::bind(statement, 7, set.meters);
    sql::bind(statement, 8, set.rpe);
    sql::bind(statement, 9, set.pain);
    statement.bind(10, set.note);
    sql::bind(statement, 11, set.plannedItemId);
    statement.bind(12, set.warmUp ? 1 : 0);
}

void bindLogFields(SQLite::Statement& statement, const WalkEntry& walk)
{
    sql::bind(statement, 2, walk.date);
    statement.bind(3, walk.minutes);
    sql::bind(statement, 4, walk.meters);
    sql::bind(statement, 5, walk.pain);
    statement.bind(6, walk.note);
    sql::bind(statement, 7, walk.plannedItemId);
}

} // namespace sql

} // namespace keel::core
