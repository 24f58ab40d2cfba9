// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/store/importrepository.h"

#include "core/model/phrasecode.h"
#include "core/store/database.h"
#include "core/store/logrepository.h"
#include "core/store/logrowbinding.h"
#include "core/store/sqlsupport.h"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>

namespace keel::core {

namespace {

// The log's own columns and binding (?1, the id, left NULL), then the source key. A row whose
// key is stored already is skipped by the partial unique index on source_key; exec() then
// reports no change, which is how the two cases are counted apart.
constexpr const char* kInsertSet
    = "INSERT INTO logged_sets (id, date, exercise_id, reps, load_kg, seconds, meters, rpe, pain, note, "
      "planned_item_id, warm_up, source_key) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13) "
      "ON CONFLICT DO NOTHING";
constexpr const char* kInsertWalk = "INSERT INTO walks (id, date, minutes, meters, pain, note, planned_item_id, "
                                    "source_key) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8) ON CONFLICT DO NOTHING";

[[noreturn]] void invalid(Reason why)
{
    throw StoreError(StoreStatus::InvalidInput, why += Reason(PhraseCode::StoreNothingSaved));
}

ReasonArg words(std::string text)
{
    return ReasonArg::words(std::move(text));
}

// Repository validation messages get the row's key in front, so the user can find the row.
template<typename Record> void validateKeyed(const Record& record, const std::string& sourceKey)
{
    if (sourceKey.empty())
        invalid(Reason(PhraseCode::StoreNoSourceKey));
    try {
        LogRepository::validate(record);
    } catch (const StoreError& error) {
        throw StoreError(StoreStatus::InvalidInput,
            Reason(PhraseCode::StoreImportedRow, {words(sourceKey), error.reason().asArg()}));
    }
}

} // namespace

bool ImportRepository::isImportedId(std::string_view id)
{
    return id.starts_with("imported:");
}

ImportOutcome ImportRepository::write(const ImportBatch& batch)
{
    for (const ImportedExercise& exercise : batch.exercises) {
        if (!isImportedId(exercise.id) || exercise.id.size() <= 9)
            invalid(Reason(PhraseCode::StoreImportedIdPrefix, {words(exercise.id)}));
        if (exercise.name.empty())
            invalid(Reason(PhraseCode::StoreImportedNoName, {words(exercise.id)}));
    }
    for (const ImportedSet& row : batch.sets)
        validateKeyed(row.set, row.sourceKey);
    for (const ImportedWalk& row : batch.walks)
        validateKeyed(row.walk, row.sourceKey);

    ImportOutcome outcome;
    m_db.transaction([&] {
        SQLite::Statement& exercise
            = m_db.cached("INSERT INTO imported_exercises (id, name) VALUES (?, ?) ON CONFLICT DO NOTHING");
        for (const ImportedExercise& entry : batch.exercises) {
            exercise.bind(1, entry.id);
            exercise.bind(2, entry.name);
            if (exercise.exec() > 0)
                outcome.addedExercises.push_back(entry.id);
            exercise.reset();
        }
        SQLite::Statement& set = m_db.cached(kInsertSet);
        for (const ImportedSet& row : batch.sets) {
            sql::bindLogFields(set, row.set);
            set.bind(13, row.sourceKey);
            if (set.exec() > 0) {
                ++outcome.setsAdded;
                outcome.addedSetIds.push_back(m_db.sql().getLastInsertRowid());
            } else
                ++outcome.setsAlreadyThere;
            set.reset();
        }
        SQLite::Statement& walk = m_db.cached(kInsertWalk);
        for (const ImportedWalk& row : batch.walks) {
            sql::bindLogFields(walk, row.walk);
            walk.bind(8, row.sourceKey);
            if (walk.exec() > 0) {
                ++outcome.walksAdded;
                outcome.addedWalkIds.push_back(m_db.sql().getLastInsertRowid());
            } else
                ++outcome.walksAlreadyThere;
            walk.reset();
        }
    });
    return outcome;
}

void ImportRepository::remove(const ImportOutcome& outcome)
{
    m_db.transaction([&] {
        SQLite::Statement& set = m_db.cached("DELETE FROM logged_sets WHERE id = ?");
        for (const std::int64_t id : outcome.addedSetIds) {
            set.bind(1, id);
            set.exec();
            set.reset();
        }
        SQLite::Statement& walk = m_db.cached("DELETE FROM walks WHERE id = ?");
        for (const std::int64_t id : outcome.addedWalkIds) {
            walk.bind(1, id);
            walk.exec();
            walk.reset();
        }
        // Only the names no set uses any more: a later edit may have logged under one.
        SQLite::Statement& exercise = m_db.cached("DELETE FROM imported_exercises WHERE id = ?1 "
                                                  "AND NOT EXISTS (SELECT 1 FROM logged_sets WHERE exercise_id = ?1)");
        for (const std::string& id : outcome.addedExercises) {
            exercise.bind(1, id);
            exercise.exec();
            exercise.reset();
        }
    });
}

bool ImportRepository::hasSourceKey(const std::string& sourceKey)
{
    SQLite::Statement query(m_db.sql(),
        "SELECT EXISTS (SELECT 1 FROM logged_sets WHERE source_key = ?1) "
        "OR EXISTS (SELECT 1 FROM walks WHERE source_key = ?1)");
    query.bind(1, sourceKey);
    query.executeStep();
    return query.getColumn(0).getInt() != 0;
}

std::vector<ImportedExercise> ImportRepository::importedExercises()
{
    SQLite::Statement query(m_db.sql(), "SELECT id, name FROM imported_exercises ORDER BY id");
    std::vector<ImportedExercise> result;
    while (query.executeStep())
        result.push_back({query.getColumn(0).getString(), query.getColumn(1).getString()});
    return result;
}

std::optional<ImportedExercise> ImportRepository::importedExercise(const std::string& id)
{
    SQLite::Statement query(m_db.sql(), "SELECT id, name FROM imported_exercises WHERE id = ?");
    query.bind(1, id);
    if (!query.executeStep())
        return std::nullopt;
    return ImportedExercise {query.getColumn(0).getString(), query.getColumn(1).getString()};
}

std::map<std::string, std::string> ImportRepository::mappings()
{
    SQLite::Statement query(m_db.sql(), "SELECT source_name, exercise_id FROM exercise_mappings");
    std::map<std::string, std::string> result;
    while (query.executeStep())
        result.emplace(query.getColumn(0).getString(), query.getColumn(1).getString());
    return result;
}

int ImportRepository::mapImported(
    const std::string& importedId, const std::string& sourceName, const std::string& exerciseId)
{
    if (sourceName.empty())
        invalid(Reason(PhraseCode::StoreMappedNameEmpty));
    if (exerciseId.empty() || isImportedId(exerciseId))
        invalid(Reason(PhraseCode::StoreNotCatalogId, {words(exerciseId)}));
    int moved = 0;
    m_db.transaction([&] {
        if (!importedExercise(importedId))
            invalid(Reason(PhraseCode::StoreNoImportedExercise, {words(importedId)}));
        SQLite::Statement move(m_db.sql(), "UPDATE logged_sets SET exercise_id = ? WHERE exercise_id = ?");
        move.bind(1, exerciseId);
        move.bind(2, importedId);
        moved = move.exec();
        SQLite::Statement forget(m_db.sql(), "DELETE FROM imported_exercises WHERE id = ?");
        forget.bind(1, importedId);
        forget.exec();
        remember(sourceName, exerciseId);
    });
    return moved;
}

void ImportRepository::remember(const std::string& sourceName, const std::string& exerciseId)
{
    if (sourceName.empty())
        invalid(Reason(PhraseCode::StoreMappedNameEmpty));
    if (exerciseId.empty() || isImportedId(exerciseId))
        invalid(Reason(PhraseCode::StoreNotCatalogId, {words(exerciseId)}));
    m_db.transaction([&] {
        SQLite::Statement statement(m_db.sql(),
            "INSERT INTO exercise_mappings (source_name, exercise_id) VALUES (?1, ?2) "
            "ON CONFLICT (source_name) DO UPDATE SET exercise_id = ?2");
        statement.bind(1, sourceName);
        statement.bind(2, exerciseId);
        statement.exec();
    });
}

void ImportRepository::forget(const std::string& sourceName)
{
    m_db.transaction([&] {
        SQLite::Statement statement(m_db.sql(), "DELETE FROM exercise_mappings WHERE source_name = ?");
        statement.bind(1, sourceName);
        statement.exec();
    });
}

bool ImportRepository::logbookEmpty()
{
    SQLite::Statement query(m_db.sql(),
        "SELECT NOT (EXISTS (SELECT 1 FROM logged_sets) OR EXISTS (SELECT 1 FROM walks) "
        "OR EXISTS (SELECT 1 FROM checkins) OR EXISTS (SELECT 1 FROM plan_weeks) "
        "OR EXISTS (SELECT 1 FROM progression_state) OR EXISTS (SELECT 1 FROM progression_events) "
        "OR EXISTS (SELECT 1 FROM profile) OR EXISTS (SELECT 1 FROM imported_exercises) "
        "OR EXISTS (SELECT 1 FROM exercise_mappings))");
    query.executeStep();
    return query.getColumn(0).getInt() != 0;
}

} // namespace keel::core
