// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/report/progressreport.h"

#include "core/report/chartbuilding.h"
#include "core/report/progressreportdata.h"
#include "core/store/importrepository.h"
#include "core/store/logrepository.h"
#include "core/store/progressionrepository.h"
#include "core/store/statsrepository.h"
#include "core/util/units.h"

#include <algorithm>
#include <bit>
#include <charconv>
#include <cmath>
#include <cstdio>
#include <map>
#include <set>
#include <tuple>
#include <unordered_map>

namespace keel::core {

using namespace chartbuilding;

ProgressSettings ProgressSettings::fromProfile(const Profile& profile)
{
    return {profile.units, profile.weekStart, profile.strengthDays};
}

ProgressReport::ProgressReport(Database& db, const Catalog& catalog, ProgressSettings settings, Date today)
    : m_db(db)
    , m_catalog(catalog)
    , m_settings(settings)
    , m_today(today)
{ }

ProgressReport::~ProgressReport() = default;

ProgressWindow ProgressReport::window(ProgressRange range)
{
    ProgressWindow window;
    window.to = m_today;
    window.weekStart = m_settings.weekStart;
    const Date thisWeek = m_today.startOfWeek(m_settings.weekStart);
    long weeks = 0;
    switch (range) {
    case ProgressRange::FourWeeks:
        weeks = 4;
        break;
    case ProgressRange::ThreeMonths:
        weeks = 13;
        break;
    case ProgressRange::OneYear:
        weeks = 52;
        break;
    case ProgressRange::All: {
        const Date first = std::min(StatsRepository(m_db).firstLogDate().value_or(m_today), m_today);
        weeks = std::max<long>(first.startOfWeek(m_settings.weekStart).daysUntil(thisWeek) / 7 + 1, kMinimumAllWeeks);
        if (weeks > kMaxWeeklyBuckets) {
            window.bucket = BucketSize::Month;
            window.from = monthStart(first);
            for (Date bucket = window.from; bucket <= m_today; bucket = nextMonth(bucket))
                window.buckets.push_back(bucket);
            window.end = nextMonth(window.buckets.back()).addDays(-1);
            return window;
        }
        break;
    }
    }
    window.from = thisWeek.addDays(-7 * (weeks - 1));
    for (long i = 0; i < weeks; ++i)
        window.buckets.push_back(window.from.addDays(7 * i));
    window.end = thisWeek.addDays(6);
    return window;
}

std::vector<LoggedExercise> ProgressReport::loggedExercises()
{
    std::vector<const Exercise*> known;
    std::vector<LoggedExercise> imported;
    ImportRepository imports(m_db);
    for (const std::string& id : StatsRepository(m_db).loggedExerciseIds()) {
        if (const Exercise* exercise = m_catalog.find(id))
            known.push_back(exercise);
        else if (const auto kept = imports.importedExercise(id))
            imported.push_back({kept->id, kept->name, true});
    }
    // Names as the catalog shows them: translated in the app, English on the command line.
    std::sort(known.begin(), known.end(), [this](const Exercise* a, const Exercise* b) {
        return std::tie(a->pattern, a->level, m_catalog.name(*a)) < std::tie(b->pattern, b->level, m_catalog.name(*b));
    });
    std::sort(imported.begin(), imported.end(), [](const LoggedExercise& a, const LoggedExercise& b) {
        return std::tie(a.name, a.id) < std::tie(b.name, b.id);
    });
    std::vector<LoggedExercise> exercises;
    exercises.reserve(known.size() + imported.size());
    for (const Exercise* exercise : known)
        exercises.push_back({exercise->id, m_catalog.name(*exercise), false});
    exercises.insert(exercises.end(), imported.begin(), imported.end());
    return exercises;
}

std::string ProgressReport::exerciseName(const std::string& id) const
{
    if (const Exercise* exercise = m_catalog.find(id))
        return m_catalog.name(*exercise);
    if (const auto kept = ImportRepository(m_db).importedExercise(id))
        return kept->name;
    return id;
}

const ProgressReport::Data& ProgressReport::load(Date from, Date to)
{
    // One read serves every chart of a refresh: the overview reads the widest span first and the
    // exercise chart then finds its days in it.
    if (m_data && m_data->covers(from, to))
        return *m_data;
    auto data = std::make_unique<Data>();
    StatsRepository stats(m_db);
    data->from = from;
    data->to = to;
    data->exerciseDays = stats.exerciseDays(from, to);
    data->walkDays = stats.walkDays(from, to);
    data->planned = stats.plannedItems(from, to);
    data->checkIns = LogRepository(m_db).checkIns(from, to);
    // The events of the days read, and the last one of each kind before them (a flare-up that
    // began earlier and is still on shades the chart from its first day).
    data->events = ProgressionRepository(m_db).eventsFrom(from);
    m_data = std::move(data);
    return *m_data;
}

ProgressChart ProgressReport::volume(ProgressRange range)
{
    const ProgressWindow bounds = window(range);
    return buildVolume(bounds, load(bounds.from, bounds.end));
}

ProgressChart ProgressReport::walking(ProgressRange range)
{
    const ProgressWindow bounds = window(range);
    return buildWalking(bounds, load(bounds.from, bounds.end));
}

ProgressChart ProgressReport::mobility(ProgressRange range)
{
    const ProgressWindow bounds = window(range);
    return buildMobility(bounds, load(bounds.from, bounds.end));
}

ProgressChart ProgressReport::pain(ProgressRange range)
{
    const ProgressWindow bounds = window(range);
    return buildPain(bounds, load(bounds.from, bounds.end));
}

int ProgressReport::consistencyWeeks(const ProgressWindow& window) const
{
    const Date thisWeek = m_today.startOfWeek(m_settings.weekStart);
    return static_cast<int>(window.from.startOfWeek(m_settings.weekStart).daysUntil(thisWeek) / 7 + 1);
}

ConsistencyReport ProgressReport::consistency(ProgressRange range)
{
    const ProgressWindow bounds = window(range);
    const int weeks = consistencyWeeks(bounds);
    const Date thisWeek = m_today.startOfWeek(m_settings.weekStart);
    return buildConsistency(weeks, load(thisWeek.addDays(-7L * (weeks - 1)), thisWeek.addDays(6)));
}

ProgressOverview ProgressReport::overview(ProgressRange range)
{
    const ProgressWindow bounds = window(range);
    const int weeks = consistencyWeeks(bounds);
    const Date thisWeek = m_today.startOfWeek(m_settings.weekStart);
    const Data& data
        = load(std::min(bounds.from, thisWeek.addDays(-7L * (weeks - 1))), std::max(bounds.end, thisWeek.addDays(6)));
    ProgressOverview overview;
    overview.volume = buildVolume(bounds, data);
    overview.walking = buildWalking(bounds, data);
    overview.mobility = buildMobility(bounds, data);
    overview.pain = buildPain(bounds, data);
    overview.consistency = buildConsistency(weeks, data);
    return overview;
}

std::vector<ExerciseDayStats> ProgressReport::daysOf(const std::vector<std::string>& exerciseIds, Date from, Date to)
{
    if (!m_data || !m_data->covers(from, to))
        return StatsRepository(m_db).exerciseDays(exerciseIds, from, to);
    std::vector<std::string> wanted = exerciseIds;
    std::sort(wanted.begin(), wanted.end());
    std::vector<ExerciseDayStats> days;
    for (const ExerciseDayStats& day : m_data->exerciseDays) {
        if (day.date >= from && day.date <= to && std::binary_search(wanted.begin(), wanted.end(), day.exerciseId))
            days.push_back(day);
    }
    return days;
}

std::vector<ProgressionEvent> ProgressReport::events(Date from)
{
    return m_data && m_data->from <= from ? m_data->events : ProgressionRepository(m_db).eventsFrom(from);
}

} // namespace keel::core
