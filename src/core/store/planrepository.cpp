// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/store/planrepository.h"

#include "core/model/logentries.h"
#include "core/model/phrasecode.h"
#include "core/store/database.h"
#include "core/store/plannedrows.h"
#include "core/store/sqlsupport.h"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>
#include <algorithm>
#include <map>
#include <nlohmann/json.hpp>
#include <utility>

namespace keel::core {

namespace {

constexpr const char* kLoggedCondition
    = "(EXISTS (SELECT 1 FROM logged_sets WHERE planned_item_id = planned_items.id) OR EXISTS (SELECT 1 FROM walks "
      "WHERE planned_item_id = planned_items.id))";

[[noreturn]] void invalid(Reason why)
{
    throw StoreError(StoreStatus::InvalidInput, why += Reason(PhraseCode::StoreNothingSaved));
}

ReasonArg id(std::int64_t value)
{
    return ReasonArg::words(std::to_string(value));
}

/// An exercise named by its id, as the plan holds it.
ReasonArg exerciseArg(const std::string& exerciseId)
{
    return ReasonArg::exercise(exerciseId, exerciseId);
}

void requireValid(const WeekPlan& week)
{
    if (week.weekStart.year() < LogLimits::kMinYear || week.weekStart.year() > LogLimits::kMaxYear)
        invalid(Reason(PhraseCode::StorePlanWeekOutOfRange, {ReasonArg::dateOnly(week.weekStart)}));
    const Date last = week.weekStart.addDays(6);
    for (const PlannedSession& session : week.sessions) {
        if (session.date < week.weekStart || session.date > last)
            invalid(Reason(PhraseCode::StoreSessionOutsideWeek,
                {ReasonArg::dateOnly(session.date), ReasonArg::dateOnly(week.weekStart), ReasonArg::dateOnly(last)}));
        for (const PlannedItem& item : session.items) {
            if (item.exerciseId.empty())
                invalid(Reason(PhraseCode::StoreItemWithoutExercise, {ReasonArg::dateOnly(session.date)}));
            if (item.sets < 0)
                invalid(Reason(
                    PhraseCode::StorePlannedSetsNegative, {ReasonArg::count(item.sets), exerciseArg(item.exerciseId)}));
            if (item.loadKg && !(*item.loadKg >= 0.0 && *item.loadKg <= LogLimits::kMaxLoadKg))
                invalid(Reason(PhraseCode::StorePlannedLoadOutside, {exerciseArg(item.exerciseId)}));
        }
    }
}

std::optional<std::int64_t> findWeek(Database& db, Date weekStart)
{
    SQLite::Statement& find = db.cached("SELECT id FROM plan_weeks WHERE week_start = ?");
    const sql::ResetOnExit done(find);
    sql::bind(find, 1, weekStart);
    if (!find.executeStep())
        return std::nullopt;
    return find.getColumn(0).getInt64();
}

/// Inserts or updates the week's own row; returns its id and whether it was there before.
std::pair<std::int64_t, bool> storeWeekRow(Database& db, const WeekPlan& week)
{
    // Each note as its English and its codes, so both front ends can read it.
    nlohmann::json stored = nlohmann::json::array();
    for (const Reason& note : week.notes)
        stored.push_back({{"text", note.text()}, {"parts", nlohmann::json::parse(note.toJson())}});
    const std::string notes = stored.dump();
    if (const auto existing = findWeek(db, week.weekStart)) {
        SQLite::Statement& update
            = db.cached("UPDATE plan_weeks SET flare_up = ?, recovery = ?, notes = ? WHERE id = ?");
        update.bind(1, week.flareUp ? 1 : 0);
        update.bind(2, week.recovery ? 1 : 0);
        update.bind(3, notes);
        update.bind(4, *existing);
        update.exec();
        return {*existing, true};
    }
    SQLite::Statement& insert
        = db.cached("INSERT INTO plan_weeks (week_start, flare_up, recovery, notes) VALUES (?, ?, ?, ?)");
    sql::bind(insert, 1, week.weekStart);
    insert.bind(2, week.flareUp ? 1 : 0);
    insert.bind(3, week.recovery ? 1 : 0);
    insert.bind(4, notes);
    insert.exec();
    return {db.sql().getLastInsertRowid(), false};
}

/// An item that survives a regeneration (it was logged, or the new plan has it unchanged), with its
/// stored position.
struct KeptItem {
    PlannedItem item;
    int position = 0;
};

/// A stored session of the week being re-planned: kept whole before `from`; on or after it, kept
/// with its logged and unchanged items, or free to be taken by a new session of the same day and kind.
struct KeptSession {
    PlannedSession session; ///< Without items: they are in `kept` until placed.
    std::vector<KeptItem> kept; ///< In stored order.
    bool claimed = false;
};

/// What a stored week offers the plan that replaces it: its sessions, and the ids of the items the new
/// plan replaces (no log points at them), whose rows the new items are written over.
struct StoredWeek {
    std::vector<KeptSession> sessions;
    std::vector<std::int64_t> spare;
};

/// True when `next` plans, on the same day and in a session of the same kind at the same place, exactly
/// the item stored as `stored`: rewriting it would change nothing but its id.
bool plannedAgain(const WeekPlan& next, Date date, SessionKind kind, int position, const PlannedItem& stored)
{
    for (const PlannedSession& session : next.sessions) {
        if (session.date != date || session.kind != kind || position >= static_cast<int>(session.items.size()))
            continue;
        PlannedItem candidate = session.items[static_cast<std::size_t>(position)];
        candidate.id = stored.id;
        if (candidate == stored)
            return true;
    }
    return false;
}

/// Reads the stored week `weekId` against `next`: logged items stay, and so do items `next` plans
/// unchanged (most of a re-planned week is what it was); the others on or after `from` become spare
/// rows. Nothing is deleted here but sessions without a single item.
StoredWeek readStoredWeek(Database& db, std::int64_t weekId, Date from, const WeekPlan& next)
{
    StoredWeek stored;
    {
        SQLite::Statement& items = db.cached(std::string("SELECT s.id, s.date, s.kind, s.moved_from, i.position, ")
            + PlannedRows::kItemColumns
            + ", EXISTS (SELECT 1 FROM logged_sets WHERE planned_item_id = i.id) OR EXISTS (SELECT 1 FROM walks "
              "WHERE planned_item_id = i.id) FROM planned_sessions s JOIN planned_items i ON i.session_id = s.id "
              "WHERE s.week_id = ? "
              "ORDER BY s.id, i.position, i.id");
        const sql::ResetOnExit done(items);
        items.bind(1, weekId);
        while (items.executeStep()) {
            const std::int64_t sessionId = items.getColumn(0).getInt64();
            const Date date = sql::date(items.getColumn(1));
            const SessionKind kind = PlannedRows::readKind(items.getColumn(2));
            const int position = items.getColumn(4).getInt();
            PlannedItem item = PlannedRows::readItem(items, 5);
            const bool logged = items.getColumn(5 + PlannedRows::kItemColumnCount).getInt() != 0;
            if (stored.sessions.empty() || stored.sessions.back().session.id != sessionId) {
                KeptSession session;
                session.session.id = sessionId;
                session.session.date = date;
                session.session.kind = kind;
                session.session.movedFrom = sql::optionalDate(items.getColumn(3));
                stored.sessions.push_back(std::move(session));
            }
            if (date >= from && !logged && !plannedAgain(next, date, kind, position, item))
                stored.spare.push_back(item.id);
            else
                stored.sessions.back().kept.push_back({std::move(item), position});
        }
    }
    SQLite::Statement& dropEmpty = db.cached("DELETE FROM planned_sessions WHERE week_id = ? AND date >= ? AND NOT "
                                             "EXISTS (SELECT 1 FROM planned_items WHERE session_id = "
                                             "planned_sessions.id)");
    dropEmpty.bind(1, weekId);
    sql::bind(dropEmpty, 2, from);
    dropEmpty.exec();
    return stored;
}

/// Deletes what the new plan left of a stored week: the spare item rows it did not write over, then
/// the sessions on or after `from` nobody took that hold nothing any more.
void dropLeftovers(Database& db, StoredWeek& stored, Date from)
{
    SQLite::Statement& dropItem = db.cached("DELETE FROM planned_items WHERE id = ?");
    for (const std::int64_t id : stored.spare) {
        dropItem.bind(1, id);
        dropItem.exec();
        dropItem.reset();
    }
    stored.spare.clear();
    SQLite::Statement& dropSession = db.cached("DELETE FROM planned_sessions WHERE id = ?");
    for (const KeptSession& session : stored.sessions) {
        if (session.claimed || !session.kept.empty() || session.session.date < from)
            continue;
        dropSession.bind(1, session.session.id);
        dropSession.exec();
        dropSession.reset();
    }
}

/// The stored session of the same date and kind nobody has taken yet (days before `from` are history:
/// their sessions are never taken), preferring one that keeps items.
KeptSession* claim(std::vector<KeptSession>& stored, const PlannedSession& session, Date from)
{
    KeptSession* found = nullptr;
    for (KeptSession& candidate : stored) {
        if (candidate.claimed || candidate.session.date < from || candidate.session.date != session.date
            || candidate.session.kind != session.kind)
            continue;
        if (!candidate.kept.empty()) {
            found = &candidate;
            break;
        }
        if (!found)
            found = &candidate;
    }
    if (found)
        found->claimed = true;
    return found;
}

/// Stores one session of the new plan and returns it as loadWeek would read it back. New items are
/// written over spare rows while there are any.
PlannedSession storeSession(Database& db, std::int64_t weekId, const PlannedSession& planned, KeptSession* previous,
    std::vector<std::int64_t>& spare)
{
    PlannedSession stored;
    stored.date = planned.date;
    stored.kind = planned.kind;
    stored.movedFrom = planned.movedFrom;
    if (previous) {
        stored.id = previous->session.id;
        // A session that keeps logged or unchanged items keeps its hand-moved mark unless the plan
        // moves it again; one taken only for its row takes the plan's mark.
        const bool keepsItems = !previous->kept.empty();
        if (!keepsItems || planned.movedFrom)
            stored.movedFrom = planned.movedFrom;
        else
            stored.movedFrom = previous->session.movedFrom;
        if (stored.movedFrom != previous->session.movedFrom)
            PlannedRows::setMovedFrom(db, stored.id, stored.movedFrom);
    } else {
        stored.id = PlannedRows::insertSession(db, weekId, planned);
    }
    stored.items.reserve(planned.items.size());
    // A kept item (logged, or planned again unchanged) takes the place of the new item for the same
    // exercise; logged items the new plan no longer has follow at the end.
    auto place = [&](KeptItem& kept) {
        const int position = static_cast<int>(stored.items.size());
        if (kept.position != position)
            PlannedRows::setPosition(db, kept.item.id, position);
        stored.items.push_back(std::move(kept.item));
    };
    for (const PlannedItem& item : planned.items) {
        if (previous) {
            auto& kept = previous->kept;
            auto match = std::find_if(kept.begin(), kept.end(),
                [&](const KeptItem& entry) { return entry.item.exerciseId == item.exerciseId; });
            if (match != kept.end()) {
                place(*match);
                kept.erase(match);
                continue;
            }
        }
        const int position = static_cast<int>(stored.items.size());
        PlannedItem& added = stored.items.emplace_back(item);
        if (spare.empty()) {
            added.id = PlannedRows::insertItem(db, stored.id, position, item);
        } else {
            added.id = spare.back();
            spare.pop_back();
            PlannedRows::rewriteItem(db, added.id, stored.id, position, item);
        }
    }
    if (previous) {
        for (KeptItem& kept : previous->kept)
            place(kept);
        previous->kept.clear();
    }
    return stored;
}

} // namespace

void PlanRepository::saveWeek(WeekPlan& week, std::optional<Date> keepBefore)
{
    requireValid(week);
    const Date from = std::max(keepBefore.value_or(week.weekStart), week.weekStart);
    m_db.transaction([&] {
        const auto [weekId, existed] = storeWeekRow(m_db, week);
        StoredWeek stored = existed ? readStoredWeek(m_db, weekId, from, week) : StoredWeek {};

        // The week is built as loadWeek would read it back, without reading it back.
        std::vector<PlannedSession> sessions;
        sessions.reserve(week.sessions.size() + stored.sessions.size());
        for (const PlannedSession& planned : week.sessions) {
            if (planned.date >= from)
                sessions.push_back(
                    storeSession(m_db, weekId, planned, claim(stored.sessions, planned, from), stored.spare));
        }
        dropLeftovers(m_db, stored, from);
        for (KeptSession& left : stored.sessions) {
            if (left.claimed || left.kept.empty())
                continue;
            for (KeptItem& item : left.kept)
                left.session.items.push_back(std::move(item.item));
            sessions.push_back(std::move(left.session));
        }
        std::sort(sessions.begin(), sessions.end(), inWeekOrder);
        week.id = weekId;
        week.sessions = std::move(sessions);
    });
}

std::optional<WeekPlan> PlanRepository::loadWeek(Date weekStart)
{
    WeekPlan week;
    week.weekStart = weekStart;
    std::string notes;
    {
        SQLite::Statement& find
            = m_db.cached("SELECT id, flare_up, recovery, notes FROM plan_weeks WHERE week_start = ?");
        const sql::ResetOnExit done(find);
        sql::bind(find, 1, weekStart);
        if (!find.executeStep())
            return std::nullopt;
        week.id = find.getColumn(0).getInt64();
        week.flareUp = find.getColumn(1).getInt() != 0;
        week.recovery = find.getColumn(2).getInt() != 0;
        notes = find.getColumn(3).getString();
    }
    const nlohmann::json parsedNotes = nlohmann::json::parse(notes, nullptr, false);
    if (!parsedNotes.is_array())
        sql::throwBadStoredValue("plan_weeks.notes", notes);
    for (const auto& note : parsedNotes) {
        // Before schema 7 a note was its English alone.
        if (note.is_string()) {
            week.notes.push_back(Reason::verbatim(note.get<std::string>()));
            continue;
        }
        const auto text = note.is_object() ? note.find("text") : note.end();
        if (!note.is_object() || text == note.end() || !text->is_string())
            sql::throwBadStoredValue("plan_weeks.notes", notes);
        const auto parts = note.find("parts");
        std::optional<Reason> read = parts == note.end() ? std::nullopt : Reason::fromJson(parts->dump());
        week.notes.push_back(read ? std::move(*read) : Reason::verbatim(text->get<std::string>()));
    }

    {
        SQLite::Statement& sessions
            = m_db.cached("SELECT id, date, kind, moved_from FROM planned_sessions WHERE week_id = ?");
        const sql::ResetOnExit done(sessions);
        sessions.bind(1, week.id);
        while (sessions.executeStep()) {
            PlannedSession session;
            session.id = sessions.getColumn(0).getInt64();
            session.date = sql::date(sessions.getColumn(1));
            session.kind = PlannedRows::readKind(sessions.getColumn(2));
            session.movedFrom = sql::optionalDate(sessions.getColumn(3));
            week.sessions.push_back(std::move(session));
        }
    }
    std::sort(week.sessions.begin(), week.sessions.end(), inWeekOrder);

    // All the week's items in one query, handed to their sessions.
    std::map<std::int64_t, PlannedSession*> byId;
    for (PlannedSession& session : week.sessions)
        byId.emplace(session.id, &session);
    SQLite::Statement& items = m_db.cached(std::string("SELECT i.session_id, ") + PlannedRows::kItemColumns
        + " FROM planned_items i JOIN planned_sessions s ON s.id = i.session_id WHERE s.week_id = ? "
          "ORDER BY i.session_id, i.position, i.id");
    const sql::ResetOnExit done(items);
    items.bind(1, week.id);
    while (items.executeStep())
        byId.at(items.getColumn(0).getInt64())->items.push_back(PlannedRows::readItem(items, 1));
    return week;
}

std::vector<WeekPlan> PlanRepository::weeks(Date from, Date to)
{
    std::vector<Date> starts;
    {
        SQLite::Statement& query
            = m_db.cached("SELECT week_start FROM plan_weeks WHERE week_start BETWEEN ? AND ? ORDER BY week_start");
        const sql::ResetOnExit done(query);
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

std::optional<Date> PlanRepository::firstWeekStart()
{
    SQLite::Statement& query = m_db.cached("SELECT min(week_start) FROM plan_weeks");
    const sql::ResetOnExit done(query);
    if (!query.executeStep() || query.getColumn(0).isNull())
        return std::nullopt;
    return sql::date(query.getColumn(0));
}

bool PlanRepository::hasWeek(Date weekStart)
{
    return findWeek(m_db, weekStart).has_value();
}

std::optional<Date> PlanRepository::lastWeekStart()
{
    SQLite::Statement& query = m_db.cached("SELECT max(week_start) FROM plan_weeks");
    const sql::ResetOnExit done(query);
    if (!query.executeStep() || query.getColumn(0).isNull())
        return std::nullopt;
    return sql::date(query.getColumn(0));
}

Date PlanRepository::moveSession(std::int64_t sessionId, Date newDate)
{
    Date oldDate;
    m_db.transaction([&] {
        Date weekStart;
        Date planned; // The plan's own day: moving back there undoes the hand edit.
        {
            SQLite::Statement& find = m_db.cached("SELECT s.date, w.week_start, s.moved_from FROM planned_sessions s "
                                                  "JOIN plan_weeks w ON w.id = s.week_id WHERE s.id = ?");
            const sql::ResetOnExit done(find);
            find.bind(1, sessionId);
            if (!find.executeStep())
                invalid(Reason(PhraseCode::StoreNoPlannedSession, {id(sessionId)}));
            oldDate = sql::date(find.getColumn(0));
            weekStart = sql::date(find.getColumn(1));
            planned = sql::optionalDate(find.getColumn(2)).value_or(oldDate);
        }
        if (newDate < weekStart || newDate > weekStart.addDays(6))
            invalid(Reason(PhraseCode::StoreSessionMustStay,
                {ReasonArg::dateOnly(newDate), ReasonArg::dateOnly(weekStart),
                    ReasonArg::dateOnly(weekStart.addDays(6))}));
        SQLite::Statement& update = m_db.cached("UPDATE planned_sessions SET date = ?, moved_from = ? WHERE id = ?");
        sql::bind(update, 1, newDate);
        sql::bind(update, 2, newDate == planned ? std::nullopt : std::optional(planned));
        update.bind(3, sessionId);
        update.exec();
    });
    return oldDate;
}

std::string PlanRepository::swapExercise(std::int64_t itemId, const std::string& exerciseId)
{
    if (exerciseId.empty())
        invalid(Reason(PhraseCode::StoreNewExerciseEmpty));
    std::string previous;
    std::string planned; // The plan's own choice: swapping back to it undoes the hand edit.
    m_db.transaction([&] {
        {
            SQLite::Statement& find = m_db.cached("SELECT exercise_id, swapped_from FROM planned_items WHERE id = ?");
            const sql::ResetOnExit done(find);
            find.bind(1, itemId);
            if (!find.executeStep())
                invalid(Reason(PhraseCode::StoreNoPlannedItem, {id(itemId)}));
            previous = find.getColumn(0).getString();
            const SQLite::Column swappedFrom = find.getColumn(1);
            planned = swappedFrom.isNull() ? previous : swappedFrom.getString();
        }
        if (isLogged(itemId))
            invalid(Reason(PhraseCode::StoreItemAlreadyLogged, {id(itemId), exerciseArg(previous)}));
        SQLite::Statement& update
            = m_db.cached("UPDATE planned_items SET exercise_id = ?, swapped_from = ? WHERE id = ?");
        update.bind(1, exerciseId);
        if (exerciseId == planned)
            update.bind(2);
        else
            update.bind(2, planned);
        update.bind(3, itemId);
        update.exec();
    });
    return previous;
}

bool PlanRepository::isLogged(std::int64_t itemId)
{
    SQLite::Statement& query
        = m_db.cached(std::string("SELECT 1 FROM planned_items WHERE id = ? AND ") + kLoggedCondition);
    const sql::ResetOnExit done(query);
    query.bind(1, itemId);
    return query.executeStep();
}

} // namespace keel::core
