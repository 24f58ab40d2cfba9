// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/store/progressionrepository.h"

#include "core/model/logentries.h"
#include "core/model/phrasecode.h"
#include "core/store/database.h"
#include "core/store/sqlsupport.h"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>
#include <algorithm>
#include <tuple>

namespace keel::core {

namespace {

Pattern storedPattern(const std::string& text, const char* column)
{
    const auto pattern = parsePattern(text);
    if (!pattern)
        sql::throwBadStoredValue(column, text);
    return *pattern;
}

void requireValid(const ProgressionEvent& event)
{
    if (event.date.year() < LogLimits::kMinYear || event.date.year() > LogLimits::kMaxYear)
        throw StoreError(StoreStatus::InvalidInput,
            Reason(PhraseCode::StoreEventDateOutOfRange, {ReasonArg::dateOnly(event.date)})
            += Reason(PhraseCode::StoreNothingSaved));
}

} // namespace

ProgressionSnapshot ProgressionRepository::load()
{
    ProgressionSnapshot snapshot;
    SQLite::Statement states(m_db.sql(),
        "SELECT pattern, exercise_id, sets, reps, seconds, meters, minutes, load_kg, last_change FROM "
        "progression_state");
    while (states.executeStep()) {
        PatternState state;
        state.pattern = storedPattern(states.getColumn(0).getString(), "progression_state.pattern");
        state.exerciseId = states.getColumn(1).getString();
        state.sets = states.getColumn(2).getInt();
        state.reps = sql::optionalInt(states.getColumn(3));
        state.seconds = sql::optionalInt(states.getColumn(4));
        state.meters = sql::optionalInt(states.getColumn(5));
        state.minutes = sql::optionalInt(states.getColumn(6));
        state.loadKg = sql::optionalDouble(states.getColumn(7));
        state.lastChange = sql::optionalDate(states.getColumn(8));
        snapshot.patterns[state.pattern] = state;
    }
    SQLite::Statement program(m_db.sql(), "SELECT flare_up, flare_up_since FROM progression_program WHERE id = 1");
    if (program.executeStep()) {
        snapshot.flareUp = program.getColumn(0).getInt() != 0;
        snapshot.flareUpSince = sql::optionalDate(program.getColumn(1));
    }
    return snapshot;
}

std::int64_t ProgressionRepository::eventMark()
{
    SQLite::Statement& query = m_db.cached("SELECT coalesce(max(id), 0) FROM progression_events");
    const std::int64_t mark = query.executeStep() ? query.getColumn(0).getInt64() : 0;
    query.reset();
    return mark;
}

void ProgressionRepository::rollBackTo(const ProgressionSnapshot& snapshot, std::int64_t mark)
{
    m_db.transaction([&] {
        save(snapshot, {});
        SQLite::Statement& drop = m_db.cached("DELETE FROM progression_events WHERE id > ?");
        drop.bind(1, mark);
        drop.exec();
    });
}

void ProgressionRepository::save(const ProgressionSnapshot& snapshot, const std::vector<ProgressionEvent>& newEvents)
{
    for (const auto& [pattern, state] : snapshot.patterns) {
        if (state.pattern != pattern)
            throw StoreError(StoreStatus::InvalidInput,
                Reason(PhraseCode::StoreStateFiledUnder,
                    {ReasonArg::keyed(ReasonArg::Kind::Pattern, toString(pattern), std::string(toString(pattern))),
                        ReasonArg::keyed(
                            ReasonArg::Kind::Pattern, toString(state.pattern), std::string(toString(state.pattern)))})
                += Reason(PhraseCode::StoreNothingSaved));
    }
    for (const ProgressionEvent& event : newEvents)
        requireValid(event);

    m_db.transaction([&] {
        m_db.sql().exec("DELETE FROM progression_state");
        SQLite::Statement insert(m_db.sql(),
            "INSERT INTO progression_state (pattern, exercise_id, sets, reps, seconds, meters, minutes, load_kg, "
            "last_change) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
        for (const auto& [pattern, state] : snapshot.patterns) {
            insert.reset();
            insert.bind(1, std::string(toString(pattern)));
            insert.bind(2, state.exerciseId);
            insert.bind(3, state.sets);
            sql::bind(insert, 4, state.reps);
            sql::bind(insert, 5, state.seconds);
            sql::bind(insert, 6, state.meters);
            sql::bind(insert, 7, state.minutes);
            sql::bind(insert, 8, state.loadKg);
            sql::bind(insert, 9, state.lastChange);
            insert.exec();
        }

        SQLite::Statement program(
            m_db.sql(), "INSERT OR REPLACE INTO progression_program (id, flare_up, flare_up_since) VALUES (1, ?, ?)");
        program.bind(1, snapshot.flareUp ? 1 : 0);
        sql::bind(program, 2, snapshot.flareUpSince);
        program.exec();

        SQLite::Statement event(m_db.sql(),
            "INSERT INTO progression_events (date, pattern, kind, exercise_id, from_value, to_value, reason, "
            "reason_parts, from_parts, to_parts) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        for (const ProgressionEvent& item : newEvents) {
            event.reset();
            sql::bind(event, 1, item.date);
            if (item.pattern)
                event.bind(2, std::string(toString(*item.pattern)));
            else
                event.bind(2);
            event.bind(3, std::string(toString(item.kind)));
            event.bind(4, item.exerciseId);
            sql::bindReason(event, 5, 9, item.from);
            sql::bindReason(event, 6, 10, item.to);
            sql::bindReason(event, 7, 8, item.reason);
            event.exec();
        }
    });
}

std::vector<ProgressionEvent> ProgressionRepository::events(
    std::optional<Pattern> pattern, const std::optional<std::string>& exerciseId)
{
    std::string sqlText = "SELECT id, date, pattern, kind, exercise_id, from_value, to_value, reason, reason_parts, "
                          "from_parts, to_parts FROM progression_events WHERE 1";
    if (pattern)
        sqlText += " AND pattern = :pattern";
    if (exerciseId)
        sqlText += " AND exercise_id = :exercise";
    sqlText += " ORDER BY date, id";
    SQLite::Statement query(m_db.sql(), sqlText);
    if (pattern)
        query.bind(":pattern", std::string(toString(*pattern)));
    if (exerciseId)
        query.bind(":exercise", *exerciseId);

    return read(query);
}

std::vector<ProgressionEvent> ProgressionRepository::read(SQLite::Statement& query)
{
    std::vector<ProgressionEvent> events;
    while (query.executeStep()) {
        ProgressionEvent event;
        event.id = query.getColumn(0).getInt64();
        event.date = sql::date(query.getColumn(1));
        if (!query.getColumn(2).isNull())
            event.pattern = storedPattern(query.getColumn(2).getString(), "progression_events.pattern");
        const std::string kind = query.getColumn(3).getString();
        const auto parsedKind = parseProgressionKind(kind);
        if (!parsedKind)
            sql::throwBadStoredValue("progression_events.kind", kind);
        event.kind = *parsedKind;
        event.exerciseId = query.getColumn(4).getString();
        event.from = sql::readReason(query.getColumn(5), query.getColumn(9));
        event.to = sql::readReason(query.getColumn(6), query.getColumn(10));
        event.reason = sql::readReason(query.getColumn(7), query.getColumn(8));
        events.push_back(std::move(event));
    }
    query.reset();
    return events;
}

std::vector<ProgressionEvent> ProgressionRepository::eventsFrom(Date from)
{
    constexpr const char* kColumns = "SELECT id, date, pattern, kind, exercise_id, from_value, to_value, reason, "
                                     "reason_parts, from_parts, to_parts FROM progression_events ";
    std::vector<ProgressionEvent> events;
    // The latest of each pattern before `from`, each found through the (pattern, date) index.
    SQLite::Statement& latest
        = m_db.cached(std::string(kColumns) + "WHERE pattern = ? AND date < ? ORDER BY date DESC, id DESC LIMIT 1");
    for (Pattern pattern : {Pattern::Hinge, Pattern::Squat, Pattern::Carry, Pattern::AntiRotation, Pattern::Mobility,
             Pattern::Walking, Pattern::Pull, Pattern::Posture}) {
        latest.bind(1, std::string(toString(pattern)));
        sql::bind(latest, 2, from);
        for (ProgressionEvent& event : read(latest))
            events.push_back(std::move(event));
    }
    SQLite::Statement& program = m_db.cached(
        std::string(kColumns) + "WHERE pattern IS NULL AND kind = ? AND date < ? ORDER BY date DESC, id DESC LIMIT 1");
    for (ProgressionKind kind : {ProgressionKind::FlareUpOn, ProgressionKind::FlareUpOff}) {
        program.bind(1, std::string(toString(kind)));
        sql::bind(program, 2, from);
        for (ProgressionEvent& event : read(program))
            events.push_back(std::move(event));
    }
    // Every stored pattern (and none) is named so that the (pattern, date) index serves the date range:
    // without it the query would read the whole table, years of it.
    SQLite::Statement& recent = m_db.cached(std::string(kColumns)
        + "WHERE pattern IN ('hinge', 'squat', 'carry', 'anti_rotation', 'mobility', 'walking', 'pull', 'posture') "
          "AND date >= ?1 UNION ALL "
        + kColumns + "WHERE pattern IS NULL AND date >= ?1");
    sql::bind(recent, 1, from);
    for (ProgressionEvent& event : read(recent))
        events.push_back(std::move(event));
    std::stable_sort(events.begin(), events.end(), [](const ProgressionEvent& a, const ProgressionEvent& b) {
        return std::tie(a.date, a.id) < std::tie(b.date, b.id);
    });
    return events;
}

std::optional<Date> ProgressionRepository::lastReviewDate()
{
    // Newest first by id: the scan stops at the first review, which is recent.
    SQLite::Statement& query = m_db.cached("SELECT date FROM progression_events WHERE pattern IS NOT NULL AND kind "
                                           "IN ('hold', 'reps_up', 'seconds_up', 'distance_up', 'load_up', "
                                           "'rung_up', 'minutes_up') ORDER BY id DESC LIMIT 1");
    std::optional<Date> date;
    if (query.executeStep())
        date = sql::date(query.getColumn(0));
    query.reset();
    return date;
}

} // namespace keel::core
