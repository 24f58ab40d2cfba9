// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/store/statsrepository.h"

#include "core/store/database.h"
#include "core/store/sqlsupport.h"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Exception.h>
#include <SQLiteCpp/Statement.h>
#include <string>

namespace keel::core {

namespace {

// Both halves of the day query use logged_sets_date (a date range) or
// logged_sets_exercise_date (a few exercises over a date range).
constexpr const char* kExerciseDayColumns
    = "SELECT s.date, s.exercise_id, COUNT(*), COALESCE(SUM(s.reps), 0), MAX(s.reps), MAX(s.load_kg), "
      "COALESCE(SUM(s.seconds), 0), MAX(s.seconds), COALESCE(SUM(s.meters), 0), MAX(s.meters), MAX(s.rpe), "
      "MAX(s.pain), MAX(p.minutes_min) "
      "FROM logged_sets s LEFT JOIN planned_items p ON p.id = s.planned_item_id WHERE s.date BETWEEN ?1 AND ?2 ";
constexpr const char* kExerciseDayOrder = "GROUP BY s.date, s.exercise_id ORDER BY s.date, s.exercise_id";

/// "?3, ?4, …" for `count` values bound from `first` on.
std::string placeholders(std::size_t count, int first)
{
    std::string text;
    for (std::size_t i = 0; i < count; ++i) {
        if (i > 0)
            text += ", ";
        text += "?" + std::to_string(first + static_cast<int>(i));
    }
    return text;
}

void bindAll(SQLite::Statement& statement, const std::vector<std::string>& values, int first)
{
    int index = first;
    for (const std::string& value : values)
        statement.bind(index++, value);
}

ExerciseDayStats readExerciseDay(SQLite::Statement& row)
{
    ExerciseDayStats stats;
    stats.date = sql::date(row.getColumn(0));
    stats.exerciseId = row.getColumn(1).getString();
    stats.sets = row.getColumn(2).getInt();
    stats.totalReps = row.getColumn(3).getInt();
    stats.maxReps = sql::optionalInt(row.getColumn(4));
    stats.maxLoadKg = sql::optionalDouble(row.getColumn(5));
    stats.totalSeconds = row.getColumn(6).getInt();
    stats.maxSeconds = sql::optionalInt(row.getColumn(7));
    stats.totalMeters = row.getColumn(8).getDouble();
    stats.maxMeters = sql::optionalDouble(row.getColumn(9));
    stats.maxRpe = sql::optionalInt(row.getColumn(10));
    stats.maxPain = sql::optionalInt(row.getColumn(11));
    stats.plannedMinutes = sql::optionalInt(row.getColumn(12));
    return stats;
}

SessionKind storedKind(const std::string& text)
{
    const auto kind = parseSessionKind(text);
    if (!kind)
        sql::throwBadStoredValue("planned_sessions.kind", text);
    return *kind;
}

/// Runs a read, turning an SQLite failure into a StoreError that names the file.
template<typename Work> auto reading(Database& db, Work&& work)
{
    try {
        return work();
    } catch (const SQLite::Exception& failure) {
        throw sql::toStoreError(failure, db.path());
    }
}

} // namespace

std::vector<ExerciseDayStats> StatsRepository::exerciseDays(Date from, Date to)
{
    return reading(m_db, [&] {
        SQLite::Statement query(m_db.sql(), std::string(kExerciseDayColumns) + kExerciseDayOrder);
        sql::bind(query, 1, from);
        sql::bind(query, 2, to);
        std::vector<ExerciseDayStats> days;
        while (query.executeStep())
            days.push_back(readExerciseDay(query));
        return days;
    });
}

std::vector<ExerciseDayStats> StatsRepository::exerciseDays(
    const std::vector<std::string>& exerciseIds, Date from, Date to)
{
    if (exerciseIds.empty())
        return {};
    return reading(m_db, [&] {
        SQLite::Statement query(m_db.sql(),
            std::string(kExerciseDayColumns) + "AND s.exercise_id IN (" + placeholders(exerciseIds.size(), 3) + ") "
                + kExerciseDayOrder);
        sql::bind(query, 1, from);
        sql::bind(query, 2, to);
        bindAll(query, exerciseIds, 3);
        std::vector<ExerciseDayStats> days;
        while (query.executeStep())
            days.push_back(readExerciseDay(query));
        return days;
    });
}

std::vector<Date> StatsRepository::daysWithSets(const std::vector<std::string>& exerciseIds)
{
    if (exerciseIds.empty())
        return {};
    return reading(m_db, [&] {
        SQLite::Statement query(m_db.sql(),
            "SELECT DISTINCT date FROM logged_sets WHERE exercise_id IN (" + placeholders(exerciseIds.size(), 1)
                + ") ORDER BY date");
        bindAll(query, exerciseIds, 1);
        std::vector<Date> days;
        while (query.executeStep())
            days.push_back(sql::date(query.getColumn(0)));
        return days;
    });
}

std::vector<WalkDayStats> StatsRepository::walkDays(Date from, Date to)
{
    return reading(m_db, [&] {
        SQLite::Statement query(m_db.sql(),
            "SELECT date, COUNT(*), SUM(minutes), MAX(minutes), COALESCE(SUM(meters), 0), MAX(pain) FROM walks "
            "WHERE date BETWEEN ?1 AND ?2 GROUP BY date ORDER BY date");
        sql::bind(query, 1, from);
        sql::bind(query, 2, to);
        std::vector<WalkDayStats> days;
        while (query.executeStep()) {
            WalkDayStats day;
            day.date = sql::date(query.getColumn(0));
            day.walks = query.getColumn(1).getInt();
            day.minutes = query.getColumn(2).getInt();
            day.longestMinutes = query.getColumn(3).getInt();
            day.meters = query.getColumn(4).getDouble();
            day.maxPain = sql::optionalInt(query.getColumn(5));
            days.push_back(day);
        }
        return days;
    });
}

std::vector<PlannedItemStats> StatsRepository::plannedItems(Date from, Date to)
{
    return reading(m_db, [&] {
        // Sessions stay inside their week, so the week_start index narrows the search to the
        // weeks that can hold a date in range; planned_sessions has no index on date alone.
        SQLite::Statement query(m_db.sql(),
            "SELECT s.date, s.kind, i.pattern, i.exercise_id, i.warm_up, i.sets, i.minutes_min, i.seconds_min "
            "FROM plan_weeks w JOIN planned_sessions s ON s.week_id = w.id "
            "JOIN planned_items i ON i.session_id = s.id "
            "WHERE w.week_start BETWEEN ?1 AND ?2 AND s.date BETWEEN ?3 AND ?4 "
            "ORDER BY s.date, s.id, i.position");
        sql::bind(query, 1, from.addDays(-6));
        sql::bind(query, 2, to);
        sql::bind(query, 3, from);
        sql::bind(query, 4, to);
        std::vector<PlannedItemStats> items;
        while (query.executeStep()) {
            PlannedItemStats item;
            item.date = sql::date(query.getColumn(0));
            item.sessionKind = storedKind(query.getColumn(1).getString());
            const std::string pattern = query.getColumn(2).getString();
            const auto parsed = parsePattern(pattern);
            if (!parsed)
                sql::throwBadStoredValue("planned_items.pattern", pattern);
            item.pattern = *parsed;
            item.exerciseId = query.getColumn(3).getString();
            item.warmUp = query.getColumn(4).getInt() != 0;
            item.sets = query.getColumn(5).getInt();
            item.minutesMin = sql::optionalInt(query.getColumn(6));
            item.secondsMin = sql::optionalInt(query.getColumn(7));
            items.push_back(std::move(item));
        }
        return items;
    });
}

std::vector<PlannedSessionDay> StatsRepository::plannedSessionDays()
{
    return reading(m_db, [&] {
        SQLite::Statement query(m_db.sql(), "SELECT DISTINCT date, kind FROM planned_sessions ORDER BY date, kind");
        std::vector<PlannedSessionDay> days;
        while (query.executeStep())
            days.push_back({sql::date(query.getColumn(0)), storedKind(query.getColumn(1).getString())});
        return days;
    });
}

std::vector<std::string> StatsRepository::loggedExerciseIds()
{
    return reading(m_db, [&] {
        // A skip scan over logged_sets_exercise_date: one index seek per distinct exercise
        // instead of reading every set.
        SQLite::Statement query(m_db.sql(),
            "WITH RECURSIVE ids (id) AS (SELECT MIN(exercise_id) FROM logged_sets "
            "UNION ALL SELECT (SELECT MIN(exercise_id) FROM logged_sets WHERE exercise_id > ids.id) FROM ids "
            "WHERE ids.id IS NOT NULL) SELECT id FROM ids WHERE id IS NOT NULL");
        std::vector<std::string> ids;
        while (query.executeStep())
            ids.push_back(query.getColumn(0).getString());
        return ids;
    });
}

std::optional<Date> StatsRepository::firstLogDate()
{
    return reading(m_db, [&] {
        SQLite::Statement query(m_db.sql(),
            "SELECT MIN(first) FROM (SELECT MIN(date) AS first FROM logged_sets UNION ALL "
            "SELECT MIN(date) FROM walks UNION ALL SELECT MIN(date) FROM checkins)");
        query.executeStep();
        return sql::optionalDate(query.getColumn(0));
    });
}

} // namespace keel::core
