// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/store/planrepository.h"

#include "core/store/database.h"
#include "core/store/records.h"
#include "core/store/sqlsupport.h"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>
#include <algorithm>
#include <map>
#include <nlohmann/json.hpp>
#include <tuple>
#include <utility>

namespace keel::core {

namespace {

constexpr const char* kLoggedCondition
    = "(EXISTS (SELECT 1 FROM logged_sets WHERE planned_item_id = planned_items.id) OR EXISTS (SELECT 1 FROM walks "
      "WHERE planned_item_id = planned_items.id))";

[[noreturn]] void invalid(const std::string& message)
{
    throw StoreError(StoreStatus::InvalidInput, message + "; nothing was saved");
}

void requireValid(const WeekPlan& week)
{
    if (week.weekStart.year() < LogLimits::kMinYear || week.weekStart.year() > LogLimits::kMaxYear)
        invalid("plan week " + week.weekStart.toString() + " is out of range");
    const Date last = week.weekStart.addDays(6);
    for (const PlannedSession& session : week.sessions) {
        if (session.date < week.weekStart || session.date > last)
            invalid("session on " + session.date.toString() + " lies outside the week " + week.weekStart.toString()
                + "–" + last.toString());
        for (const PlannedItem& item : session.items) {
            if (item.exerciseId.empty())
                invalid("a planned item on " + session.date.toString() + " has no exercise");
            if (item.sets < 0)
                invalid("planned sets " + std::to_string(item.sets) + " for " + item.exerciseId + " is negative");
            if (item.loadKg && !(*item.loadKg >= 0.0 && *item.loadKg <= LogLimits::kMaxLoadKg))
                invalid("planned load for " + item.exerciseId + " is outside 0–1000 kg");
        }
    }
}

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

std::int64_t insertItem(Database& db, std::int64_t sessionId, int position, const PlannedItem& item)
{
    SQLite::Statement& insert = db.cached(
        "INSERT INTO planned_items (session_id, position, exercise_id, pattern, focus, sets, reps_min, reps_max, "
        "seconds_min, seconds_max, minutes_min, minutes_max, meters_min, meters_max, load_kg, per_side, warm_up, "
        "reason) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18)");
    insert.bind(1, sessionId);
    insert.bind(2, position);
    insert.bind(3, item.exerciseId);
    insert.bind(4, std::string(toString(item.pattern)));
    insert.bind(5, std::string(toString(item.focus)));
    insert.bind(6, item.sets);
    bindRange(insert, 7, item.reps);
    bindRange(insert, 9, item.seconds);
    bindRange(insert, 11, item.minutes);
    bindRange(insert, 13, item.meters);
    sql::bind(insert, 15, item.loadKg);
    insert.bind(16, item.perSide ? 1 : 0);
    insert.bind(17, item.warmUp ? 1 : 0);
    insert.bind(18, item.reason);
    insert.exec();
    return db.sql().getLastInsertRowid();
}

void setPosition(Database& db, std::int64_t itemId, int position)
{
    SQLite::Statement& update = db.cached("UPDATE planned_items SET position = ?2 WHERE id = ?1");
    update.bind(1, itemId);
    update.bind(2, position);
    update.exec();
}

PlannedItem readItem(SQLite::Statement& row)
{
    PlannedItem item;
    item.id = row.getColumn(0).getInt64();
    item.exerciseId = row.getColumn(1).getString();
    const std::string pattern = row.getColumn(2).getString();
    const auto parsedPattern = parsePattern(pattern);
    if (!parsedPattern)
        sql::throwBadStoredValue("planned_items.pattern", pattern);
    item.pattern = *parsedPattern;
    const std::string focus = row.getColumn(3).getString();
    const auto parsedFocus = parseFocus(focus);
    if (!parsedFocus)
        sql::throwBadStoredValue("planned_items.focus", focus);
    item.focus = *parsedFocus;
    item.sets = row.getColumn(4).getInt();
    item.reps = readRange(row, 5);
    item.seconds = readRange(row, 7);
    item.minutes = readRange(row, 9);
    item.meters = readRange(row, 11);
    item.loadKg = sql::optionalDouble(row.getColumn(13));
    item.perSide = row.getColumn(14).getInt() != 0;
    item.warmUp = row.getColumn(15).getInt() != 0;
    item.reason = row.getColumn(16).getString();
    return item;
}

/// A session that survives a regeneration because some of its items were logged.
struct KeptSession {
    std::int64_t id = 0;
    bool claimed = false;
    std::vector<std::pair<std::int64_t, std::string>> loggedItems; ///< (item id, exercise), in order.
};

} // namespace

void PlanRepository::saveWeek(WeekPlan& week)
{
    requireValid(week);
    m_db.transaction([&] {
        std::int64_t weekId = 0;
        {
            SQLite::Statement find(m_db.sql(), "SELECT id FROM plan_weeks WHERE week_start = ?");
            sql::bind(find, 1, week.weekStart);
            if (find.executeStep())
                weekId = find.getColumn(0).getInt64();
        }
        const std::string notes = nlohmann::json(week.notes).dump();
        if (weekId == 0) {
            SQLite::Statement insert(
                m_db.sql(), "INSERT INTO plan_weeks (week_start, flare_up, recovery, notes) VALUES (?, ?, ?, ?)");
            sql::bind(insert, 1, week.weekStart);
            insert.bind(2, week.flareUp ? 1 : 0);
            insert.bind(3, week.recovery ? 1 : 0);
            insert.bind(4, notes);
            insert.exec();
            weekId = m_db.sql().getLastInsertRowid();
        } else {
            SQLite::Statement update(
                m_db.sql(), "UPDATE plan_weeks SET flare_up = ?, recovery = ?, notes = ? WHERE id = ?");
            update.bind(1, week.flareUp ? 1 : 0);
            update.bind(2, week.recovery ? 1 : 0);
            update.bind(3, notes);
            update.bind(4, weekId);
            update.exec();
        }

        // What was logged stays exactly as it is; everything else of the old week goes.
        SQLite::Statement dropItems(m_db.sql(),
            std::string("DELETE FROM planned_items WHERE session_id IN (SELECT id FROM planned_sessions WHERE week_id "
                        "= ?) AND NOT ")
                + kLoggedCondition);
        dropItems.bind(1, weekId);
        dropItems.exec();
        SQLite::Statement dropSessions(m_db.sql(),
            "DELETE FROM planned_sessions WHERE week_id = ? AND NOT EXISTS (SELECT 1 FROM planned_items WHERE "
            "session_id = planned_sessions.id)");
        dropSessions.bind(1, weekId);
        dropSessions.exec();

        std::map<std::pair<long, SessionKind>, KeptSession> kept;
        SQLite::Statement keptItems(m_db.sql(),
            "SELECT s.id, s.date, s.kind, i.id, i.exercise_id FROM planned_sessions s JOIN planned_items i ON "
            "i.session_id = s.id WHERE s.week_id = ? ORDER BY s.id, i.position, i.id");
        keptItems.bind(1, weekId);
        while (keptItems.executeStep()) {
            const std::string kindText = keptItems.getColumn(2).getString();
            const auto kind = parseSessionKind(kindText);
            if (!kind)
                sql::throwBadStoredValue("planned_sessions.kind", kindText);
            KeptSession& session = kept[{sql::date(keptItems.getColumn(1)).days(), *kind}];
            session.id = keptItems.getColumn(0).getInt64();
            session.loggedItems.emplace_back(keptItems.getColumn(3).getInt64(), keptItems.getColumn(4).getString());
        }

        for (const PlannedSession& session : week.sessions) {
            std::int64_t sessionId = 0;
            KeptSession* previous = nullptr;
            if (auto it = kept.find({session.date.days(), session.kind}); it != kept.end() && !it->second.claimed) {
                previous = &it->second;
                previous->claimed = true;
                sessionId = previous->id;
            } else {
                SQLite::Statement& insert
                    = m_db.cached("INSERT INTO planned_sessions (week_id, date, kind) VALUES (?, ?, ?)");
                insert.bind(1, weekId);
                sql::bind(insert, 2, session.date);
                insert.bind(3, std::string(toString(session.kind)));
                insert.exec();
                sessionId = m_db.sql().getLastInsertRowid();
            }
            // A logged item takes the place of the new item for the same exercise; logged items
            // the new plan no longer has follow at the end.
            int position = 0;
            for (const PlannedItem& item : session.items) {
                bool replaced = false;
                if (previous) {
                    auto& logged = previous->loggedItems;
                    auto match = std::find_if(logged.begin(), logged.end(),
                        [&](const auto& entry) { return entry.second == item.exerciseId; });
                    if (match != logged.end()) {
                        setPosition(m_db, match->first, position);
                        logged.erase(match);
                        replaced = true;
                    }
                }
                if (!replaced)
                    insertItem(m_db, sessionId, position, item);
                ++position;
            }
            if (previous) {
                for (const auto& entry : previous->loggedItems)
                    setPosition(m_db, entry.first, position++);
            }
        }
        week = *loadWeek(week.weekStart);
    });
}

std::optional<WeekPlan> PlanRepository::loadWeek(Date weekStart)
{
    SQLite::Statement find(m_db.sql(), "SELECT id, flare_up, recovery, notes FROM plan_weeks WHERE week_start = ?");
    sql::bind(find, 1, weekStart);
    if (!find.executeStep())
        return std::nullopt;
    WeekPlan week;
    week.id = find.getColumn(0).getInt64();
    week.weekStart = weekStart;
    week.flareUp = find.getColumn(1).getInt() != 0;
    week.recovery = find.getColumn(2).getInt() != 0;
    const std::string notes = find.getColumn(3).getString();
    const nlohmann::json parsedNotes = nlohmann::json::parse(notes, nullptr, false);
    if (!parsedNotes.is_array())
        sql::throwBadStoredValue("plan_weeks.notes", notes);
    for (const auto& note : parsedNotes) {
        if (!note.is_string())
            sql::throwBadStoredValue("plan_weeks.notes", notes);
        week.notes.push_back(note.get<std::string>());
    }

    SQLite::Statement sessions(m_db.sql(), "SELECT id, date, kind FROM planned_sessions WHERE week_id = ?");
    sessions.bind(1, week.id);
    while (sessions.executeStep()) {
        PlannedSession session;
        session.id = sessions.getColumn(0).getInt64();
        session.date = sql::date(sessions.getColumn(1));
        const std::string kind = sessions.getColumn(2).getString();
        const auto parsedKind = parseSessionKind(kind);
        if (!parsedKind)
            sql::throwBadStoredValue("planned_sessions.kind", kind);
        session.kind = *parsedKind;
        week.sessions.push_back(std::move(session));
    }
    std::sort(week.sessions.begin(), week.sessions.end(), [](const PlannedSession& a, const PlannedSession& b) {
        return std::tie(a.date, a.kind, a.id) < std::tie(b.date, b.kind, b.id);
    });

    SQLite::Statement items(m_db.sql(),
        "SELECT id, exercise_id, pattern, focus, sets, reps_min, reps_max, seconds_min, seconds_max, minutes_min, "
        "minutes_max, meters_min, meters_max, load_kg, per_side, warm_up, reason FROM planned_items WHERE session_id "
        "= ? ORDER BY position, id");
    for (PlannedSession& session : week.sessions) {
        items.reset();
        items.bind(1, session.id);
        while (items.executeStep())
            session.items.push_back(readItem(items));
    }
    return week;
}

std::vector<WeekPlan> PlanRepository::weeks(Date from, Date to)
{
    std::vector<Date> starts;
    {
        SQLite::Statement query(
            m_db.sql(), "SELECT week_start FROM plan_weeks WHERE week_start BETWEEN ? AND ? ORDER BY week_start");
        sql::bind(query, 1, from);
        sql::bind(query, 2, to);
        while (query.executeStep())
            starts.push_back(sql::date(query.getColumn(0)));
    }
    std::vector<WeekPlan> result;
    for (const Date start : starts)
        result.push_back(*loadWeek(start));
    return result;
}

Date PlanRepository::moveSession(std::int64_t sessionId, Date newDate)
{
    Date oldDate;
    m_db.transaction([&] {
        SQLite::Statement find(m_db.sql(),
            "SELECT s.date, w.week_start FROM planned_sessions s JOIN plan_weeks w ON w.id = s.week_id WHERE s.id = ?");
        find.bind(1, sessionId);
        if (!find.executeStep())
            invalid("there is no planned session with id " + std::to_string(sessionId));
        oldDate = sql::date(find.getColumn(0));
        const Date weekStart = sql::date(find.getColumn(1));
        if (newDate < weekStart || newDate > weekStart.addDays(6))
            invalid("cannot move the session to " + newDate.toString() + ": it must stay in the week "
                + weekStart.toString() + "–" + weekStart.addDays(6).toString());
        SQLite::Statement update(m_db.sql(), "UPDATE planned_sessions SET date = ? WHERE id = ?");
        sql::bind(update, 1, newDate);
        update.bind(2, sessionId);
        update.exec();
    });
    return oldDate;
}

std::string PlanRepository::swapExercise(std::int64_t itemId, const std::string& exerciseId)
{
    if (exerciseId.empty())
        invalid("the new exercise is empty");
    std::string previous;
    m_db.transaction([&] {
        SQLite::Statement find(m_db.sql(), "SELECT exercise_id FROM planned_items WHERE id = ?");
        find.bind(1, itemId);
        if (!find.executeStep())
            invalid("there is no planned item with id " + std::to_string(itemId));
        previous = find.getColumn(0).getString();
        if (isLogged(itemId))
            invalid("planned item " + std::to_string(itemId) + " (" + previous
                + ") already has logged sets; log the other exercise instead of swapping");
        SQLite::Statement update(m_db.sql(), "UPDATE planned_items SET exercise_id = ? WHERE id = ?");
        update.bind(1, exerciseId);
        update.bind(2, itemId);
        update.exec();
    });
    return previous;
}

bool PlanRepository::isLogged(std::int64_t itemId)
{
    SQLite::Statement query(
        m_db.sql(), std::string("SELECT 1 FROM planned_items WHERE id = ? AND ") + kLoggedCondition);
    query.bind(1, itemId);
    return query.executeStep();
}

} // namespace keel::core
