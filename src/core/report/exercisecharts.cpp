// SPDX-License-Identifier: GPL-3.0-or-later
// ProgressReport's charts of one exercise or one pattern, with the ladder's moves marked on them.
#include "core/model/phrasecode.h"
#include "core/report/chartbuilding.h"
#include "core/report/progressreport.h"
#include "core/report/progressreportdata.h"
#include "core/store/importrepository.h"
#include "core/store/logrepository.h"
#include "core/store/progressionrepository.h"
#include "core/store/statsrepository.h"
#include "core/util/translatable.h"
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

namespace {

/// True when an event's from or to state is on exercise `id`: its first value, or, for words
/// stored before schema 8, a bare id.
bool onExercise(const Reason& state, const std::string& id)
{
    if (state.startsWith(PhraseCode::Verbatim))
        return state.text() == id;
    const std::vector<Phrase>& phrases = state.phrases();
    return !phrases.empty() && !phrases.front().args.empty()
        && phrases.front().args.front().kind == ReasonArg::Kind::Exercise && phrases.front().args.front().key == id;
}

/// The four measures an exercise is charted by, named once: working load in `units`, best reps,
/// longest hold and longest carry. Each chart places the load and styles the other three itself.
struct Measures {
    ChartSeries load;
    ChartSeries reps;
    ChartSeries hold;
    ChartSeries carry;
};

Measures measures(Units units, SeriesAxis loadAxis, int loadSlot, SeriesStyle others)
{
    return {{"load", KEEL_TRANSLATE_NOOP("Report", "Working load"), std::string(toString(units)), SeriesStyle::Line,
                loadAxis, loadSlot, {}, {}, {}},
        {"reps", KEEL_TRANSLATE_NOOP("Report", "Best reps"), KEEL_TRANSLATE_NOOP("Report", "reps"), others,
            SeriesAxis::Left, 1, {}, {}, {}},
        {"seconds", KEEL_TRANSLATE_NOOP("Report", "Longest hold"), KEEL_TRANSLATE_NOOP("Report", "s"), others,
            SeriesAxis::Left, 2, {}, {}, {}},
        {"meters", KEEL_TRANSLATE_NOOP("Report", "Longest carry"), KEEL_TRANSLATE_NOOP("Report", "m"), others,
            SeriesAxis::Left, 3, {}, {}, {}}};
}

} // namespace

ProgressChart ProgressReport::exercise(std::string_view exerciseId, ProgressRange range)
{
    const ProgressWindow bounds = window(range);
    const std::string id(exerciseId);
    const auto rows = daysOf({id}, bounds.from, bounds.to);

    ProgressChart chart = baseChart("exercise", exerciseName(id), ChartAxis::Days, bounds);
    chart.subject = id;
    auto [loadSeries, reps, hold, carry] = measures(m_settings.units, SeriesAxis::Left, 0, SeriesStyle::Line);
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
        if (event.exerciseId != id && !onExercise(event.from, id) && !onExercise(event.to, id))
            continue;
        placeMarker(chart, event, bounds);
    }
    if (distinctDates(chart) < 2)
        chart.emptyMessage = KEEL_TRANSLATE_NOOP("Report", "Log this exercise on two days to see a trend.");
    return chart;
}

ProgressChart ProgressReport::pattern(Pattern pattern, ProgressRange range)
{
    const ProgressWindow bounds = window(range);
    ProgressChart chart = baseChart("pattern", std::string(displayName(pattern)), ChartAxis::Days, bounds);
    chart.subject = toString(pattern);
    StatsRepository stats(m_db);
    if (pattern == Pattern::Walking) {
        ChartSeries minutes {"minutes", KEEL_TRANSLATE_NOOP("Report", "Walked"), KEEL_TRANSLATE_NOOP("Report", "min"),
            SeriesStyle::Line, SeriesAxis::Left, colorSlot(pattern), {}, {}, {}};
        ChartSeries longest {"longest", KEEL_TRANSLATE_NOOP("Report", "Longest walk"),
            KEEL_TRANSLATE_NOOP("Report", "min"), SeriesStyle::TableOnly, SeriesAxis::Left, colorSlot(pattern), {}, {},
            {}};
        for (const WalkDayStats& day : stats.walkDays(bounds.from, bounds.to)) {
            minutes.points.push_back({day.date, static_cast<double>(day.minutes)});
            longest.points.push_back({day.date, static_cast<double>(day.longestMinutes)});
        }
        chart.series = {std::move(minutes), std::move(longest)};
    } else {
        std::vector<std::string> ids;
        for (const Exercise* exercise : m_catalog.byPattern(pattern))
            ids.push_back(exercise->id);
        ChartSeries rung {"rung", KEEL_TRANSLATE_NOOP("Report", "Rung on the ladder"), "", SeriesStyle::StepLine,
            SeriesAxis::Left, colorSlot(pattern), {}, {}, KEEL_TRANSLATE_NOOP("Report", "Exercise")};
        // Its own colour, whatever the pattern's is.
        const int loadSlot = colorSlot(pattern) == 1 ? 0 : 1;
        auto [loadSeries, reps, hold, carry]
            = measures(m_settings.units, SeriesAxis::Right, loadSlot, SeriesStyle::TableOnly);
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
                rung.labelIds.push_back(top->id);
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
        chart.emptyMessage = KEEL_TRANSLATE_NOOP("Report", "Log this pattern on two days to see a trend.");
    return chart;
}

Reason ProgressReport::shownState(const Reason& state) const
{
    if (state.startsWith(PhraseCode::Verbatim))
        return Reason::verbatim(describe(state.text()));
    Reason shown;
    for (Phrase phrase : state.phrases()) {
        for (ReasonArg& arg : phrase.args) {
            if (arg.kind == ReasonArg::Kind::Load)
                arg.units = m_settings.units;
        }
        shown += std::move(phrase);
    }
    return shown;
}

std::string ProgressReport::describe(const std::string& value) const
{
    // The engine records a state as "<exercise id> 3×10 @ 12 kg", a bare id or a bare "12 kg":
    // name the exercise as the catalog does and show the load in the profile's units.
    std::string text = value;
    const std::size_t space = text.find(' ');
    if (const Exercise* exercise = m_catalog.find(text.substr(0, space)))
        text = m_catalog.name(*exercise) + (space == std::string::npos ? std::string() : text.substr(space));
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
    const Reason title(eventTitle(event.kind));
    const Reason from = shownState(event.from);
    const Reason to = shownState(event.to);
    if (!from.empty() && !to.empty())
        marker.label = Reason(PhraseCode::MarkerFromTo, {title.asArg(), from.asArg(), to.asArg()});
    else if (!to.empty())
        marker.label = Reason(PhraseCode::MarkerTo, {title.asArg(), to.asArg()});
    else
        marker.label = title;
    marker.reason = event.reason;
    chart.markers.push_back(std::move(marker));
}

} // namespace keel::core
