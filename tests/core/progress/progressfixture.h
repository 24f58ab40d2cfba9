// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A small hand-made catalog and helpers that write a known history through the store, so
// every expected number in the progress tests can be worked out by hand.

#include "core/catalog/catalog.h"
#include "core/model/weekplan.h"
#include "core/report/progresschart.h"
#include "core/store/database.h"
#include "core/store/logrepository.h"
#include "core/store/planrepository.h"
#include "core/store/progressionrepository.h"

#include <catch2/catch.hpp>
#include <memory>
#include <string>
#include <vector>

namespace keel::test {

inline core::Date day(const char* text)
{
    const auto date = core::Date::parse(text);
    REQUIRE(date);
    return *date;
}

inline core::Exercise exercise(const char* id, const char* name, core::Pattern pattern, int level,
    core::LoadKind load = core::LoadKind::Bodyweight, std::optional<core::IntRange> minutes = std::nullopt)
{
    core::Exercise entry;
    entry.id = id;
    entry.name = name;
    entry.pattern = pattern;
    entry.level = level;
    entry.load.kind = load;
    entry.dose.minutes = minutes;
    return entry;
}

/// Two rungs for hinge and squat, one carry, two core drills, two mobility drills, a walk, a row.
inline core::Catalog progressCatalog()
{
    using core::LoadKind;
    using core::Pattern;
    return core::Catalog({
        exercise("hip-hinge-dowel", "Dowel hip hinge", Pattern::Hinge, 1),
        exercise("kettlebell-deadlift", "Kettlebell deadlift", Pattern::Hinge, 2, LoadKind::External),
        exercise("box-squat", "Box squat", Pattern::Squat, 1),
        exercise("goblet-squat", "Goblet squat", Pattern::Squat, 2, LoadKind::External),
        exercise("suitcase-carry", "Suitcase carry", Pattern::Carry, 1, LoadKind::External),
        exercise("dead-bug", "Dead bug", Pattern::AntiRotation, 1),
        exercise("side-plank", "Side plank", Pattern::AntiRotation, 2),
        exercise("cat-cow", "Cat-cow", Pattern::Mobility, 1, LoadKind::Bodyweight, core::IntRange {3, 4}),
        exercise("hip-flexor-stretch", "Hip flexor stretch", Pattern::Mobility, 1),
        exercise("brisk-walk", "Brisk walk", Pattern::Walking, 1),
        exercise("band-row", "Band row", Pattern::Pull, 1),
    });
}

/// An in-memory database with helpers that log through the repositories.
class History {
public:
    History()
        : m_db(core::Database::openInMemory())
    { }

    core::Database& db() { return *m_db; }

    /// `count` identical sets.
    void sets(const char* date, const char* exerciseId, int count, std::optional<int> reps = 10,
        std::optional<double> loadKg = std::nullopt, std::optional<int> pain = std::nullopt,
        std::optional<int> seconds = std::nullopt, std::optional<double> meters = std::nullopt)
    {
        core::LogRepository log(*m_db);
        for (int i = 0; i < count; ++i) {
            core::LoggedSet set;
            set.date = day(date);
            set.exerciseId = exerciseId;
            set.reps = reps;
            set.loadKg = loadKg;
            set.pain = pain;
            set.seconds = seconds;
            set.meters = meters;
            log.addSet(set);
        }
    }

    void walk(const char* date, int minutes, std::optional<int> pain = std::nullopt)
    {
        core::WalkEntry walk;
        walk.date = day(date);
        walk.minutes = minutes;
        walk.pain = pain;
        core::LogRepository(*m_db).addWalk(walk);
    }

    void checkIn(const char* date, int pain) { core::LogRepository(*m_db).setCheckIn({day(date), pain}); }

    void event(const char* date, std::optional<core::Pattern> pattern, core::ProgressionKind kind,
        const char* exerciseId = "", const char* from = "", const char* to = "", const char* reason = "")
    {
        // Words, as events were stored before schema 8; ProgressReport names ids and converts loads.
        event(date, pattern, kind, exerciseId, core::Reason::verbatim(from), core::Reason::verbatim(to), reason);
    }

    /// An event whose states are values, as the engine records them since schema 8.
    void event(const char* date, std::optional<core::Pattern> pattern, core::ProgressionKind kind,
        const char* exerciseId, core::Reason from, core::Reason to, const char* reason = "")
    {
        core::ProgressionRepository progression(*m_db);
        core::ProgressionEvent entry;
        entry.date = day(date);
        entry.pattern = pattern;
        entry.kind = kind;
        entry.exerciseId = exerciseId;
        entry.from = std::move(from);
        entry.to = std::move(to);
        entry.reason = core::Reason::verbatim(reason);
        progression.save(progression.load(), {entry});
    }

    /// Stores the week and returns it with its ids filled in.
    core::WeekPlan plan(core::WeekPlan week)
    {
        core::PlanRepository(*m_db).saveWeek(week);
        return week;
    }

    /// One set that fulfils a planned item.
    void plannedSet(const char* date, const core::PlannedItem& item, std::optional<int> reps = 10)
    {
        core::LoggedSet set;
        set.date = day(date);
        set.exerciseId = item.exerciseId;
        set.reps = reps;
        set.plannedItemId = item.id;
        core::LogRepository(*m_db).addSet(set);
    }

private:
    std::unique_ptr<core::Database> m_db;
};

inline core::PlannedItem item(const char* exerciseId, core::Pattern pattern, int sets,
    std::optional<int> minutesMin = std::nullopt, bool warmUp = false)
{
    core::PlannedItem entry;
    entry.exerciseId = exerciseId;
    entry.pattern = pattern;
    entry.sets = sets;
    if (minutesMin)
        entry.minutes = core::IntRange {*minutesMin, *minutesMin + 5};
    entry.warmUp = warmUp;
    entry.reason = keel::core::Reason::verbatim("test");
    return entry;
}

inline core::PlannedSession session(const char* date, core::SessionKind kind, std::vector<core::PlannedItem> items)
{
    core::PlannedSession entry;
    entry.date = day(date);
    entry.kind = kind;
    entry.items = std::move(items);
    return entry;
}

/// A strength session with one set count for each of the four strength patterns.
inline core::PlannedSession strengthSession(const char* date, int setsEach = 3)
{
    using core::Pattern;
    return session(date, core::SessionKind::Strength,
        {item("cat-cow", Pattern::Mobility, 1, std::nullopt, true),
            item("kettlebell-deadlift", Pattern::Hinge, setsEach), item("goblet-squat", Pattern::Squat, setsEach),
            item("suitcase-carry", Pattern::Carry, setsEach), item("dead-bug", Pattern::AntiRotation, setsEach)});
}

inline core::WeekPlan week(const char* start, std::vector<core::PlannedSession> sessions)
{
    core::WeekPlan entry;
    entry.weekStart = day(start);
    entry.sessions = std::move(sessions);
    return entry;
}

/// The values of a series, in order.
inline std::vector<double> values(const core::ProgressChart& chart, const char* seriesId)
{
    const core::ChartSeries* series = chart.findSeries(seriesId);
    REQUIRE(series);
    std::vector<double> result;
    for (const core::ChartPoint& point : series->points)
        result.push_back(point.value);
    return result;
}

/// The dates of a series as text, in order.
inline std::vector<std::string> dates(const core::ProgressChart& chart, const char* seriesId)
{
    const core::ChartSeries* series = chart.findSeries(seriesId);
    REQUIRE(series);
    std::vector<std::string> result;
    for (const core::ChartPoint& point : series->points)
        result.push_back(point.date.toString());
    return result;
}

} // namespace keel::test
