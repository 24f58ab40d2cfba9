// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/store/statsrepository.h"

#include "core/store/database.h"
#include "core/store/sqlsupport.h"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Exception.h>
#include <SQLiteCpp/Statement.h>
#include <algorithm>
#include <iterator>
#include <string>
#include <string_view>
#include <unordered_map>

namespace keel::core {

namespace {

// Sets are read in date order and grouped per day in memory. The date index hands them over
// ordered by day, so grouping costs nothing; GROUP BY date, exercise_id instead makes SQLite sort
// every set of the range, which takes most of a second on a ten-year log.
// Every value column is at least 0 (the schema CHECKs it), so -1 stands for NULL: one call per
// column instead of two matters at 150,000 rows. Warm-up sets (kept from imports) are left out:
// they are not the load lifted, so they belong in no series, total or record.
constexpr const char* kSetRows
    = "SELECT s.date, s.exercise_id, COALESCE(s.reps, -1), COALESCE(s.load_kg, -1), COALESCE(s.seconds, -1), "
      "COALESCE(s.meters, -1), COALESCE(s.rpe, -1), COALESCE(s.pain, -1), COALESCE(p.minutes_min, -1) "
      "FROM logged_sets s LEFT JOIN planned_items p ON p.id = s.planned_item_id WHERE s.date BETWEEN ?1 AND ?2 "
      "AND s.warm_up = 0 ";

template<typename Value> std::optional<Value> present(Value value)
{
    return value < 0 ? std::nullopt : std::optional<Value>(value);
}

template<typename Value> void keepMax(std::optional<Value>& slot, const std::optional<Value>& value)
{
    if (value && (!slot || *value > *slot))
        slot = value;
}

/// Folds set rows (in date order) into per (day, exercise) totals, each day's exercises by id.
class DayGrouper {
public:
    void add(SQLite::Statement& row)
    {
        const char* dateText = row.getColumn(0).getText();
        if (m_dateText != dateText) {
            flush();
            m_dateText = dateText;
            m_date = sql::date(row.getColumn(0));
        }
        ExerciseDayStats& day = slot(row.getColumn(1).getText());
        ++day.sets;
        const auto reps = present(row.getColumn(2).getInt());
        day.totalReps += reps.value_or(0);
        keepMax(day.maxReps, reps);
        keepMax(day.maxLoadKg, present(row.getColumn(3).getDouble()));
        const auto seconds = present(row.getColumn(4).getInt());
        day.totalSeconds += seconds.value_or(0);
        keepMax(day.maxSeconds, seconds);
        const auto meters = present(row.getColumn(5).getDouble());
        day.totalMeters += meters.value_or(0.0);
        keepMax(day.maxMeters, meters);
        keepMax(day.maxRpe, present(row.getColumn(6).getInt()));
        keepMax(day.maxPain, present(row.getColumn(7).getInt()));
        keepMax(day.plannedMinutes, present(row.getColumn(8).getInt()));
    }

    std::vector<ExerciseDayStats> take()
    {
        flush();
        return std::move(m_days);
    }

private:
    /// The current day's totals for an exercise; ids are numbered once so a row costs one hash.
    ExerciseDayStats& slot(std::string_view exerciseId)
    {
        auto [known, added] = m_ids.try_emplace(std::string(exerciseId), m_ids.size());
        (void)added;
        const std::size_t id = known->second;
        if (id >= m_slotOf.size())
            m_slotOf.resize(id + 1, kNoSlot);
        if (m_slotOf[id] == kNoSlot) {
            m_slotOf[id] = m_day.size();
            m_dayIds.push_back(id);
            ExerciseDayStats& fresh = m_day.emplace_back();
            fresh.date = m_date;
            fresh.exerciseId = known->first;
        }
        return m_day[m_slotOf[id]];
    }

    void flush()
    {
        for (std::size_t id : m_dayIds)
            m_slotOf[id] = kNoSlot;
        m_dayIds.clear();
        std::sort(m_day.begin(), m_day.end(),
            [](const ExerciseDayStats& a, const ExerciseDayStats& b) { return a.exerciseId < b.exerciseId; });
        std::move(m_day.begin(), m_day.end(), std::back_inserter(m_days));
        m_day.clear();
    }

    static constexpr std::size_t kNoSlot = static_cast<std::size_t>(-1);

    std::string m_dateText;
    Date m_date;
    std::unordered_map<std::string, std::size_t> m_ids;
    std::vector<std::size_t> m_slotOf; ///< Per numbered id: its index in m_day, or kNoSlot.
    std::vector<std::size_t> m_dayIds; ///< Ids with a slot today.
    std::vector<ExerciseDayStats> m_day;
    std::vector<ExerciseDayStats> m_days;
};

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
        SQLite::Statement query(m_db.sql(), std::string(kSetRows) + "ORDER BY s.date");
        sql::bind(query, 1, from);
        sql::bind(query, 2, to);
        DayGrouper grouper;
        while (query.executeStep())
            grouper.add(query);
        return grouper.take();
    });
}

std::vector<ExerciseDayStats> StatsRepository::exerciseDays(
    const std::vector<std::string>& exerciseIds, Date from, Date to)
{
    if (exerciseIds.empty())
        return {};
    return reading(m_db, [&] {
        SQLite::Statement query(m_db.sql(),
            std::string(kSetRows) + "AND s.exercise_id IN (" + placeholders(exerciseIds.size(), 3)
                + ") ORDER BY s.date");
        sql::bind(query, 1, from);
        sql::bind(query, 2, to);
        bindAll(query, exerciseIds, 3);
        DayGrouper grouper;
        while (query.executeStep())
            grouper.add(query);
        return grouper.take();
    });
}

bool StatsRepository::planOrSetsBefore(const std::vector<std::string>& exerciseIds, Date date)
{
    return reading(m_db, [&] {
        // Both through an index: plan_weeks by its unique week_start, the sets by one seek per
        // exercise on logged_sets_exercise_date; EXISTS stops at the first row either way.
        std::string text = "SELECT EXISTS (SELECT 1 FROM plan_weeks WHERE week_start < ?1)";
        if (!exerciseIds.empty()) {
            text += " OR EXISTS (SELECT 1 FROM logged_sets WHERE exercise_id IN (" + placeholders(exerciseIds.size(), 2)
                + ") AND date < ?1)";
        }
        SQLite::Statement query(m_db.sql(), text);
        sql::bind(query, 1, date);
        bindAll(query, exerciseIds, 2);
        query.executeStep();
        return query.getColumn(0).getInt() != 0;
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

std::vector<LoggedSet> StatsRepository::recordCandidates()
{
    return reading(m_db, [&] {
        // Ten years of sets repeat a few hundred combinations per exercise: grouping them in SQL
        // hands the records rule thousands of rows instead of 150,000.
        SQLite::Statement query(m_db.sql(),
            "SELECT exercise_id, MIN(date), COALESCE(load_kg, -1), COALESCE(reps, -1), COALESCE(seconds, -1) "
            "FROM logged_sets WHERE warm_up = 0 GROUP BY exercise_id, load_kg, reps, seconds "
            "ORDER BY exercise_id, 2");
        std::vector<LoggedSet> sets;
        while (query.executeStep()) {
            LoggedSet set;
            set.exerciseId = query.getColumn(0).getString();
            set.date = sql::date(query.getColumn(1));
            set.loadKg = present(query.getColumn(2).getDouble());
            set.reps = present(query.getColumn(3).getInt());
            set.seconds = present(query.getColumn(4).getInt());
            sets.push_back(std::move(set));
        }
        return sets;
    });
}

std::optional<WalkEntry> StatsRepository::longestWalk()
{
    return reading(m_db, [&]() -> std::optional<WalkEntry> {
        SQLite::Statement query(
            m_db.sql(), "SELECT id, date, minutes FROM walks ORDER BY minutes DESC, date, id LIMIT 1");
        if (!query.executeStep())
            return std::nullopt;
        WalkEntry walk;
        walk.id = query.getColumn(0).getInt64();
        walk.date = sql::date(query.getColumn(1));
        walk.minutes = query.getColumn(2).getInt();
        return walk;
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
