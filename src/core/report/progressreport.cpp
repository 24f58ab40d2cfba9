// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/report/progressreport.h"

#include "core/plan/loadunits.h"
#include "core/report/chartbuilding.h"
#include "core/store/importrepository.h"
#include "core/store/logrepository.h"
#include "core/store/progressionrepository.h"
#include "core/store/statsrepository.h"

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

struct ProgressReport::Data {
    Date from; ///< The days read, inclusive.
    Date to;
    std::vector<ExerciseDayStats> exerciseDays;
    std::vector<WalkDayStats> walkDays;
    std::vector<PlannedItemStats> planned;
    std::vector<CheckIn> checkIns;
    std::vector<ProgressionEvent> events;

    bool covers(Date first, Date last) const { return from <= first && to >= last; }
};

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
    std::sort(known.begin(), known.end(), [](const Exercise* a, const Exercise* b) {
        return std::tie(a->pattern, a->level, a->name) < std::tie(b->pattern, b->level, b->name);
    });
    std::sort(imported.begin(), imported.end(), [](const LoggedExercise& a, const LoggedExercise& b) {
        return std::tie(a.name, a.id) < std::tie(b.name, b.id);
    });
    std::vector<LoggedExercise> exercises;
    exercises.reserve(known.size() + imported.size());
    for (const Exercise* exercise : known)
        exercises.push_back({exercise->id, exercise->name, false});
    exercises.insert(exercises.end(), imported.begin(), imported.end());
    return exercises;
}

std::string ProgressReport::exerciseName(const std::string& id) const
{
    if (const Exercise* exercise = m_catalog.find(id))
        return exercise->name;
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

ProgressChart ProgressReport::buildVolume(const ProgressWindow& window, const Data& data) const
{
    ProgressChart chart = baseChart("volume", "Sets per pattern", ChartAxis::Buckets, window);
    chart.leftTitle = perBucket("sets", window.bucket);
    const std::size_t count = window.buckets.size();
    std::map<Pattern, std::vector<double>> done;
    std::map<Pattern, std::vector<double>> planned;
    for (Pattern pattern : strengthPatterns()) {
        done[pattern].assign(count, 0.0);
        planned[pattern].assign(count, 0.0);
    }
    int unknownSets = 0;
    for (const ExerciseDayStats& row : data.exerciseDays) {
        const auto index = bucketIndex(window, row.date);
        if (!index)
            continue;
        const Exercise* exercise = m_catalog.find(row.exerciseId);
        if (!exercise) {
            unknownSets += row.sets;
            continue;
        }
        if (!isStrength(exercise->pattern))
            continue;
        auto& values = done[exercise->pattern];
        values.resize(count, 0.0);
        values[*index] += row.sets;
    }
    std::vector<double> plannedTotal(count, 0.0);
    for (const PlannedItemStats& item : data.planned) {
        const auto index = bucketIndex(window, item.date);
        if (!index || item.warmUp || !isStrength(item.pattern))
            continue;
        auto& values = planned[item.pattern];
        values.resize(count, 0.0);
        values[*index] += item.sets;
        plannedTotal[*index] += item.sets;
    }
    for (const auto& [pattern, values] : done) {
        chart.series.push_back(bucketSeries(window, "done_" + std::string(toString(pattern)),
            std::string(displayName(pattern)), "sets", SeriesStyle::StackedBars, colorSlot(pattern), values));
    }
    chart.series.push_back(bucketSeries(
        window, "planned", "Planned", "sets", SeriesStyle::TargetLine, colorSlot(Pattern::Hinge), plannedTotal));
    for (const auto& [pattern, values] : planned) {
        chart.series.push_back(bucketSeries(window, "planned_" + std::string(toString(pattern)),
            std::string(displayName(pattern)) + " planned", "sets", SeriesStyle::TableOnly, colorSlot(pattern),
            values));
    }
    if (unknownSets > 0) {
        chart.notes.push_back(
            std::to_string(unknownSets) + " sets of exercises that are no longer in the catalog are not counted.");
    }
    chart.emptyMessage = bucketTrendMessage(chart);
    return chart;
}

ProgressChart ProgressReport::buildWalking(const ProgressWindow& window, const Data& data) const
{
    ProgressChart chart = baseChart("walking", "Walking", ChartAxis::Buckets, window);
    chart.leftTitle = perBucket("minutes", window.bucket);
    const std::size_t count = window.buckets.size();
    std::vector<double> walked(count, 0.0);
    std::vector<double> longest(count, 0.0);
    std::vector<double> target(count, 0.0);
    const WalkDayStats* longestWalk = nullptr;
    for (const WalkDayStats& day : data.walkDays) {
        const auto index = bucketIndex(window, day.date);
        if (!index)
            continue;
        walked[*index] += day.minutes;
        longest[*index] = std::max(longest[*index], static_cast<double>(day.longestMinutes));
        if (!longestWalk || day.longestMinutes > longestWalk->longestMinutes)
            longestWalk = &day;
    }
    for (const PlannedItemStats& item : data.planned) {
        const auto index = bucketIndex(window, item.date);
        if (index && item.pattern == Pattern::Walking)
            target[*index] += item.minutesMin.value_or(0);
    }
    const int walkSlot = colorSlot(Pattern::Walking);
    chart.series.push_back(bucketSeries(window, "walked", "Walked", "min", SeriesStyle::Bars, walkSlot, walked));
    chart.series.push_back(
        bucketSeries(window, "target", "Plan target", "min", SeriesStyle::TargetLine, walkSlot, target));
    chart.series.push_back(
        bucketSeries(window, "longest", "Longest walk", "min", SeriesStyle::TableOnly, walkSlot, longest));
    if (longestWalk) {
        chart.notes.push_back("Longest walk: " + std::to_string(longestWalk->longestMinutes) + " min on "
            + longestWalk->date.toString() + ".");
    }
    chart.emptyMessage = bucketTrendMessage(chart);
    return chart;
}

ProgressChart ProgressReport::buildMobility(const ProgressWindow& window, const Data& data) const
{
    ProgressChart chart = baseChart("mobility", "Mobility", ChartAxis::Buckets, window);
    chart.leftTitle = perBucket("minutes", window.bucket);
    const std::size_t count = window.buckets.size();
    std::vector<double> done(count, 0.0);
    std::vector<double> planned(count, 0.0);
    // A drill takes at least the minutes its plan gave it (or, unplanned, the time the catalog
    // says it takes: holds, sides and setting up), and at least its logged hold seconds.
    const auto drillMinutes = [this](const std::string& exerciseId, std::optional<int> plannedMinutes, double seconds) {
        const Exercise* exercise = m_catalog.find(exerciseId);
        const int usual = plannedMinutes         ? *plannedMinutes
            : exercise && exercise->dose.minutes ? exercise->dose.minutes->min
                                                 : 0;
        return std::max(static_cast<double>(usual), seconds / 60.0);
    };
    for (const ExerciseDayStats& row : data.exerciseDays) {
        const auto index = bucketIndex(window, row.date);
        const Exercise* exercise = index ? m_catalog.find(row.exerciseId) : nullptr;
        if (exercise && exercise->pattern == Pattern::Mobility)
            done[*index] += drillMinutes(row.exerciseId, row.plannedMinutes, row.totalSeconds);
    }
    for (const PlannedItemStats& item : data.planned) {
        const auto index = bucketIndex(window, item.date);
        if (!index || item.pattern != Pattern::Mobility)
            continue;
        planned[*index]
            += drillMinutes(item.exerciseId, item.minutesMin, std::max(item.sets, 1) * item.secondsMin.value_or(0));
    }
    const int slot = colorSlot(Pattern::Mobility);
    chart.series.push_back(bucketSeries(window, "done", "Mobility", "min", SeriesStyle::Bars, slot, done));
    chart.series.push_back(bucketSeries(window, "planned", "Planned", "min", SeriesStyle::TargetLine, slot, planned));
    chart.emptyMessage = bucketTrendMessage(chart);
    return chart;
}

ProgressChart ProgressReport::buildPain(const ProgressWindow& window, const Data& data) const
{
    ProgressChart chart = baseChart("pain", "Pain", ChartAxis::Days, window);
    chart.leftTitle = "pain /10";
    chart.leftMax = 10.0;
    std::map<Date, int> session;
    const auto note = [&](Date date, const std::optional<int>& pain) {
        if (!pain || !inDays(window, date))
            return;
        auto [entry, inserted] = session.emplace(date, *pain);
        if (!inserted)
            entry->second = std::max(entry->second, *pain);
    };
    for (const ExerciseDayStats& row : data.exerciseDays)
        note(row.date, row.maxPain);
    for (const WalkDayStats& day : data.walkDays)
        note(day.date, day.maxPain);

    // Up to three months every day is a point; beyond that daily points blur into a band, so
    // each week (or month) shows its worst session and its average morning.
    const bool perBucket = window.buckets.size() > kDailyPainBuckets;
    const std::string bucketName(toString(window.bucket));
    ChartSeries sessionSeries {"session", perBucket ? "Worst session pain" : "Session pain", "/10", SeriesStyle::Points,
        SeriesAxis::Left, 0, {}, {}, {}};
    ChartSeries morning {"checkin", perBucket ? "Average check-in" : "Morning check-in", "/10", SeriesStyle::Line,
        SeriesAxis::Left, 1, {}, {}, {}};
    if (perBucket) {
        std::map<std::size_t, int> worst;
        for (const auto& [date, pain] : session) {
            if (const auto index = bucketIndex(window, date))
                worst[*index] = std::max(worst[*index], pain);
        }
        for (const auto& [index, pain] : worst)
            sessionSeries.points.push_back({window.buckets[index], static_cast<double>(pain)});
        std::map<std::size_t, std::pair<int, int>> sums; // total, count
        for (const CheckIn& checkIn : data.checkIns) {
            const auto index = inDays(window, checkIn.date) ? bucketIndex(window, checkIn.date) : std::nullopt;
            if (!index)
                continue;
            sums[*index].first += checkIn.pain;
            ++sums[*index].second;
        }
        for (const auto& [index, sum] : sums) {
            morning.points.push_back({window.buckets[index], roundTenth(static_cast<double>(sum.first) / sum.second)});
        }
        chart.notes.push_back("Each point is one " + bucketName + ", drawn on its first day: the worst session "
            + "pain and the average morning check-in.");
    } else {
        for (const auto& [date, pain] : session)
            sessionSeries.points.push_back({date, static_cast<double>(pain)});
        for (const CheckIn& checkIn : data.checkIns) {
            if (inDays(window, checkIn.date))
                morning.points.push_back({checkIn.date, static_cast<double>(checkIn.pain)});
        }
        chart.notes.push_back("Session pain is the worst pain logged in a set or a walk that day.");
    }
    chart.series = {std::move(sessionSeries), std::move(morning)};
    chart.guides = {{3.0, "3/10: fine"}, {5.0, "5/10: ceiling"}};

    std::optional<Date> openSince;
    const auto closeBand = [&](Date last) {
        const Date from = std::max(*openSince, window.from);
        const Date to = std::min(last, window.to);
        if (from <= to)
            chart.bands.push_back({from, to, "Flare-up"});
        openSince.reset();
    };
    for (const ProgressionEvent& event : data.events) {
        if (event.kind == ProgressionKind::FlareUpOn && !openSince)
            openSince = event.date;
        else if (event.kind == ProgressionKind::FlareUpOff && openSince)
            closeBand(event.date);
    }
    if (openSince)
        closeBand(window.to);

    if (distinctDates(chart) < 2)
        chart.emptyMessage = "Log pain on two days to see a trend.";
    return chart;
}

ProgressChart ProgressReport::exercise(std::string_view exerciseId, ProgressRange range)
{
    const ProgressWindow bounds = window(range);
    const std::string id(exerciseId);
    const auto rows = daysOf({id}, bounds.from, bounds.to);

    ProgressChart chart = baseChart("exercise", exerciseName(id), ChartAxis::Days, bounds);
    const std::string loadUnit(toString(m_settings.units));
    ChartSeries loadSeries {"load", "Working load", loadUnit, SeriesStyle::Line, SeriesAxis::Left, 0, {}, {}, {}};
    ChartSeries reps {"reps", "Best reps", "reps", SeriesStyle::Line, SeriesAxis::Left, 1, {}, {}, {}};
    ChartSeries hold {"seconds", "Longest hold", "s", SeriesStyle::Line, SeriesAxis::Left, 2, {}, {}, {}};
    ChartSeries carry {"meters", "Longest carry", "m", SeriesStyle::Line, SeriesAxis::Left, 3, {}, {}, {}};
    for (const ExerciseDayStats& row : rows) {
        if (row.maxLoadKg && *row.maxLoadKg > 0.0) {
            loadSeries.points.push_back({row.date, LoadUnits::toDisplay(*row.maxLoadKg, m_settings.units)});
        }
        if (row.maxReps)
            reps.points.push_back({row.date, static_cast<double>(*row.maxReps)});
        if (row.maxSeconds)
            hold.points.push_back({row.date, static_cast<double>(*row.maxSeconds)});
        if (row.maxMeters)
            carry.points.push_back({row.date, roundTenth(*row.maxMeters)});
    }
    chart.series = {std::move(loadSeries), std::move(reps), std::move(hold), std::move(carry)};
    dropEmptySeries(chart);
    assignAxes(chart);

    for (const ProgressionEvent& event : events(bounds.from)) {
        if (event.exerciseId != id && event.from != id && event.to != id)
            continue;
        placeMarker(chart, event, bounds);
    }
    if (distinctDates(chart) < 2)
        chart.emptyMessage = "Log this exercise on two days to see a trend.";
    return chart;
}

ProgressChart ProgressReport::pattern(Pattern pattern, ProgressRange range)
{
    const ProgressWindow bounds = window(range);
    ProgressChart chart = baseChart("pattern", std::string(displayName(pattern)), ChartAxis::Days, bounds);
    StatsRepository stats(m_db);
    if (pattern == Pattern::Walking) {
        ChartSeries minutes {
            "minutes", "Walked", "min", SeriesStyle::Line, SeriesAxis::Left, colorSlot(pattern), {}, {}, {}};
        ChartSeries longest {
            "longest", "Longest walk", "min", SeriesStyle::TableOnly, SeriesAxis::Left, colorSlot(pattern), {}, {}, {}};
        for (const WalkDayStats& day : stats.walkDays(bounds.from, bounds.to)) {
            minutes.points.push_back({day.date, static_cast<double>(day.minutes)});
            longest.points.push_back({day.date, static_cast<double>(day.longestMinutes)});
        }
        chart.series = {std::move(minutes), std::move(longest)};
    } else {
        std::vector<std::string> ids;
        for (const Exercise* exercise : m_catalog.byPattern(pattern))
            ids.push_back(exercise->id);
        ChartSeries rung {"rung", "Rung on the ladder", "", SeriesStyle::StepLine, SeriesAxis::Left, colorSlot(pattern),
            {}, {}, "Exercise"};
        // Its own colour, whatever the pattern's is.
        const int loadSlot = colorSlot(pattern) == 1 ? 0 : 1;
        ChartSeries loadSeries {"load", "Working load", std::string(toString(m_settings.units)), SeriesStyle::Line,
            SeriesAxis::Right, loadSlot, {}, {}, {}};
        ChartSeries reps {"reps", "Best reps", "reps", SeriesStyle::TableOnly, SeriesAxis::Left, 1, {}, {}, {}};
        ChartSeries hold {"seconds", "Longest hold", "s", SeriesStyle::TableOnly, SeriesAxis::Left, 2, {}, {}, {}};
        ChartSeries carry {"meters", "Longest carry", "m", SeriesStyle::TableOnly, SeriesAxis::Left, 3, {}, {}, {}};
        const auto rows = daysOf(ids, bounds.from, bounds.to);
        for (auto begin = rows.begin(); begin != rows.end();) {
            const auto end
                = std::find_if(begin, rows.end(), [&](const ExerciseDayStats& row) { return row.date != begin->date; });
            const Exercise* top = nullptr;
            std::optional<double> load;
            std::optional<int> bestReps;
            std::optional<int> bestHold;
            std::optional<double> bestCarry;
            for (auto row = begin; row != end; ++row) {
                const Exercise* exercise = m_catalog.find(row->exerciseId);
                if (exercise && (!top || exercise->level > top->level))
                    top = exercise;
                if (row->maxLoadKg && *row->maxLoadKg > 0.0)
                    load = std::max(load.value_or(0.0), *row->maxLoadKg);
                if (row->maxReps)
                    bestReps = std::max(bestReps.value_or(0), *row->maxReps);
                if (row->maxSeconds)
                    bestHold = std::max(bestHold.value_or(0), *row->maxSeconds);
                if (row->maxMeters)
                    bestCarry = std::max(bestCarry.value_or(0.0), *row->maxMeters);
            }
            const Date date = begin->date;
            if (top) {
                rung.points.push_back({date, static_cast<double>(top->level)});
                rung.labels.push_back(top->name);
            }
            if (load)
                loadSeries.points.push_back({date, LoadUnits::toDisplay(*load, m_settings.units)});
            if (bestReps)
                reps.points.push_back({date, static_cast<double>(*bestReps)});
            if (bestHold)
                hold.points.push_back({date, static_cast<double>(*bestHold)});
            if (bestCarry)
                carry.points.push_back({date, roundTenth(*bestCarry)});
            begin = end;
        }
        chart.series = {std::move(rung), std::move(loadSeries), std::move(reps), std::move(hold), std::move(carry)};
        dropEmptySeries(chart);
    }
    assignAxes(chart);
    for (const ProgressionEvent& event : events(bounds.from)) {
        if (event.pattern == pattern)
            placeMarker(chart, event, bounds);
    }
    if (distinctDates(chart) < 2)
        chart.emptyMessage = "Log this pattern on two days to see a trend.";
    return chart;
}

std::string ProgressReport::describe(const std::string& value) const
{
    // The engine records a state as "<exercise id> 3×10 @ 12 kg", a bare id or a bare "12 kg":
    // name the exercise as the catalog does and show the load in the profile's units.
    std::string text = value;
    const std::size_t space = text.find(' ');
    if (const Exercise* exercise = m_catalog.find(text.substr(0, space)))
        text = exercise->name + (space == std::string::npos ? std::string() : text.substr(space));
    constexpr std::string_view kSuffix = " kg";
    if (m_settings.units != Units::Lb || text.size() <= kSuffix.size() || !text.ends_with(kSuffix))
        return text;
    const std::size_t end = text.size() - kSuffix.size();
    const std::size_t before = text.rfind(' ', end - 1);
    const std::size_t start = before == std::string::npos ? 0 : before + 1;
    double kg = 0.0;
    const auto [parsed, error] = std::from_chars(text.data() + start, text.data() + end, kg);
    if (error != std::errc() || parsed != text.data() + end)
        return text;
    return text.substr(0, start) + LoadUnits::text(kg, Units::Lb);
}

void ProgressReport::placeMarker(
    ProgressChart& chart, const ProgressionEvent& event, const ProgressWindow& window) const
{
    const auto kind = markerKind(event.kind);
    if (!kind || !inDays(window, event.date) || chart.series.empty())
        return;
    const ChartSeries& on = chart.series.front();
    ChartMarker marker;
    marker.date = event.date;
    marker.value = valueAt(on, event.date);
    marker.seriesId = on.id;
    marker.kind = *kind;
    marker.event = event.kind;
    marker.label = std::string(eventTitle(event.kind));
    const std::string from = describe(event.from);
    const std::string to = describe(event.to);
    if (!from.empty() && !to.empty())
        marker.label += ": " + from + " \u2192 " + to;
    else if (!to.empty())
        marker.label += ": " + to;
    marker.reason = event.reason;
    chart.markers.push_back(std::move(marker));
}

ConsistencyReport ProgressReport::buildConsistency(int weeks, const Data& data)
{
    enum : unsigned { kStrength = 1U, kMobility = 2U, kWalk = 4U };
    ConsistencyReport report;
    const Date thisWeek = m_today.startOfWeek(m_settings.weekStart);
    const Date first = thisWeek.addDays(-7L * (weeks - 1));
    const Date last = thisWeek.addDays(6);
    const auto dayIndex = [&](Date date) -> std::optional<std::size_t> {
        if (date < first || date > last)
            return std::nullopt;
        return static_cast<std::size_t>(first.daysUntil(date));
    };
    const std::size_t dayCount = static_cast<std::size_t>(weeks) * 7;
    std::vector<unsigned> plannedKinds(dayCount, 0U);
    std::vector<unsigned> doneKinds(dayCount, 0U);
    for (const PlannedItemStats& item : data.planned) {
        const auto index = dayIndex(item.date);
        if (!index)
            continue;
        unsigned kinds = item.sessionKind == SessionKind::Strength ? kStrength
            : item.sessionKind == SessionKind::Mobility            ? kMobility
                                                                   : kWalk;
        // A walk or a mobility block may sit inside a strength session: it is still its own kind that day.
        if (item.pattern == Pattern::Mobility && !item.warmUp)
            kinds |= kMobility;
        if (item.pattern == Pattern::Walking)
            kinds |= kWalk;
        plannedKinds[*index] |= kinds;
    }
    for (const ExerciseDayStats& row : data.exerciseDays) {
        const auto index = dayIndex(row.date);
        const Exercise* exercise = index ? m_catalog.find(row.exerciseId) : nullptr;
        if (!exercise)
            continue;
        doneKinds[*index] |= isStrength(exercise->pattern) ? kStrength
            : exercise->pattern == Pattern::Mobility       ? kMobility
                                                           : kWalk;
    }
    for (const WalkDayStats& day : data.walkDays) {
        if (const auto index = dayIndex(day.date))
            doneKinds[*index] |= kWalk;
    }

    // Streaks are counted over the weeks shown, from what was read for them: strength days
    // planned and done, week by week. Nothing older is read, so the cost follows the range.
    struct WeekTally {
        bool hasPlan = false;
        int planned = 0;
        int done = 0;
    };
    std::map<Date, WeekTally> tallies;
    std::set<std::pair<Date, SessionKind>> sessionDays;
    for (const PlannedItemStats& item : data.planned) {
        if (item.date < first || item.date > last || !sessionDays.emplace(item.date, item.sessionKind).second)
            continue;
        WeekTally& tally = tallies[item.date.startOfWeek(m_settings.weekStart)];
        tally.hasPlan = true;
        if (item.sessionKind == SessionKind::Strength)
            ++tally.planned;
    }
    std::optional<Date> lastStrengthDay;
    for (const ExerciseDayStats& row : data.exerciseDays) {
        if (row.date < first || row.date > m_today || row.date == lastStrengthDay)
            continue;
        const Exercise* exercise = m_catalog.find(row.exerciseId);
        if (!exercise || !isStrength(exercise->pattern))
            continue;
        lastStrengthDay = row.date;
        ++tallies[row.date.startOfWeek(m_settings.weekStart)].done;
    }
    // Weeks before anything was planned or logged ask for nothing: find where that was, by index.
    std::optional<Date> firstWeek = tallies.empty() ? std::nullopt : std::optional(tallies.begin()->first);
    std::vector<std::string> strengthIds;
    for (const Exercise& exercise : m_catalog.exercises()) {
        if (isStrength(exercise.pattern))
            strengthIds.push_back(exercise.id);
    }
    const bool earlier = StatsRepository(m_db).planOrSetsBefore(strengthIds, first);
    if (earlier)
        firstWeek = first.addDays(-7);
    const auto tallyOf = [&](Date weekStart) {
        const auto found = tallies.find(weekStart);
        return found == tallies.end() ? WeekTally {} : found->second;
    };
    // Later weeks without a stored plan ask for the profile's strength days.
    const auto required = [&](Date weekStart, const WeekTally& tally) {
        if (!firstWeek || weekStart < *firstWeek)
            return 0;
        return tally.hasPlan ? tally.planned : m_settings.strengthDays;
    };
    enum class WeekState { Kept, Broken, Neutral };
    const auto stateOf = [&](Date weekStart) {
        const WeekTally tally = tallyOf(weekStart);
        const int asked = required(weekStart, tally);
        if (asked == 0)
            return WeekState::Neutral;
        if (tally.done >= asked)
            return WeekState::Kept;
        return weekStart == thisWeek ? WeekState::Neutral : WeekState::Broken;
    };
    int run = 0;
    bool broken = false;
    for (Date weekStart = first; weekStart <= thisWeek; weekStart = weekStart.addDays(7)) {
        switch (stateOf(weekStart)) {
        case WeekState::Kept:
            report.bestStreak = std::max(report.bestStreak, ++run);
            break;
        case WeekState::Broken:
            run = 0;
            broken = true;
            break;
        case WeekState::Neutral:
            break;
        }
    }
    report.currentStreak = run;
    report.streakMayBeLonger = earlier && !broken && run > 0;

    bool anything = false;
    for (int week = 0; week < weeks; ++week) {
        ConsistencyWeek entry;
        entry.weekStart = first.addDays(7L * week);
        const WeekTally tally = tallyOf(entry.weekStart);
        entry.strengthPlanned = required(entry.weekStart, tally);
        entry.strengthDone = tally.done;
        entry.kept = stateOf(entry.weekStart) == WeekState::Kept;
        for (int day = 0; day < 7; ++day) {
            const std::size_t index = static_cast<std::size_t>(week * 7 + day);
            ConsistencyDay cell;
            cell.date = entry.weekStart.addDays(day);
            cell.planned = std::popcount(plannedKinds[index]);
            cell.done = std::popcount(doneKinds[index]);
            cell.plannedDone = std::popcount(plannedKinds[index] & doneKinds[index]);
            cell.future = cell.date > m_today;
            anything = anything || cell.planned > 0 || cell.done > 0;
            entry.days.push_back(cell);
        }
        report.weeks.push_back(std::move(entry));
    }
    if (!anything)
        report.emptyMessage = "Generate a plan and log a week to see how consistent you are.";
    return report;
}

} // namespace keel::core
