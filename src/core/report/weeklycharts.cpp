// SPDX-License-Identifier: GPL-3.0-or-later
// ProgressReport's charts by week: sets per pattern, walking, mobility and pain.
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

ProgressChart ProgressReport::buildVolume(const ProgressWindow& window, const Data& data) const
{
    ProgressChart chart
        = baseChart("volume", KEEL_TRANSLATE_NOOP("Report", "Sets per pattern"), ChartAxis::Buckets, window);
    chart.leftTitle = window.bucket == BucketSize::Week ? KEEL_TRANSLATE_NOOP("Report", "sets per week")
                                                        : KEEL_TRANSLATE_NOOP("Report", "sets per month");
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
        chart.series.push_back(
            bucketSeries(window, "done_" + std::string(toString(pattern)), std::string(displayName(pattern)),
                KEEL_TRANSLATE_NOOP("Report", "sets"), SeriesStyle::StackedBars, colorSlot(pattern), values));
        chart.series.back().pattern = pattern;
    }
    chart.series.push_back(bucketSeries(window, "planned", KEEL_TRANSLATE_NOOP("Report", "Planned"),
        KEEL_TRANSLATE_NOOP("Report", "sets"), SeriesStyle::TargetLine, colorSlot(Pattern::Hinge), plannedTotal));
    for (const auto& [pattern, values] : planned) {
        chart.series.push_back(bucketSeries(window, "planned_" + std::string(toString(pattern)),
            fillTemplate(kPatternPlanned, {std::string(displayName(pattern))}), KEEL_TRANSLATE_NOOP("Report", "sets"),
            SeriesStyle::TableOnly, colorSlot(pattern), values));
        chart.series.back().pattern = pattern;
    }
    if (unknownSets > 0) {
        chart.notes.emplace_back(PhraseCode::SetsNotCounted, std::vector {ReasonArg::count(unknownSets)});
    }
    chart.emptyMessage = bucketTrendMessage(chart);
    return chart;
}

ProgressChart ProgressReport::buildWalking(const ProgressWindow& window, const Data& data) const
{
    ProgressChart chart = baseChart("walking", KEEL_TRANSLATE_NOOP("Report", "Walking"), ChartAxis::Buckets, window);
    chart.leftTitle = window.bucket == BucketSize::Week ? KEEL_TRANSLATE_NOOP("Report", "minutes per week")
                                                        : KEEL_TRANSLATE_NOOP("Report", "minutes per month");
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
    chart.series.push_back(bucketSeries(window, "walked", KEEL_TRANSLATE_NOOP("Report", "Walked"),
        KEEL_TRANSLATE_NOOP("Report", "min"), SeriesStyle::Bars, walkSlot, walked));
    chart.series.push_back(bucketSeries(window, "target", KEEL_TRANSLATE_NOOP("Report", "Plan target"),
        KEEL_TRANSLATE_NOOP("Report", "min"), SeriesStyle::TargetLine, walkSlot, target));
    chart.series.push_back(bucketSeries(window, "longest", KEEL_TRANSLATE_NOOP("Report", "Longest walk"),
        KEEL_TRANSLATE_NOOP("Report", "min"), SeriesStyle::TableOnly, walkSlot, longest));
    if (longestWalk) {
        chart.notes.emplace_back(PhraseCode::LongestWalkOn,
            std::vector {ReasonArg::count(longestWalk->longestMinutes), ReasonArg::dateOnly(longestWalk->date)});
    }
    chart.emptyMessage = bucketTrendMessage(chart);
    return chart;
}

ProgressChart ProgressReport::buildMobility(const ProgressWindow& window, const Data& data) const
{
    ProgressChart chart = baseChart("mobility", KEEL_TRANSLATE_NOOP("Report", "Mobility"), ChartAxis::Buckets, window);
    chart.leftTitle = window.bucket == BucketSize::Week ? KEEL_TRANSLATE_NOOP("Report", "minutes per week")
                                                        : KEEL_TRANSLATE_NOOP("Report", "minutes per month");
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
    chart.series.push_back(bucketSeries(window, "done", KEEL_TRANSLATE_NOOP("Report", "Mobility"),
        KEEL_TRANSLATE_NOOP("Report", "min"), SeriesStyle::Bars, slot, done));
    chart.series.push_back(bucketSeries(window, "planned", KEEL_TRANSLATE_NOOP("Report", "Planned"),
        KEEL_TRANSLATE_NOOP("Report", "min"), SeriesStyle::TargetLine, slot, planned));
    chart.emptyMessage = bucketTrendMessage(chart);
    return chart;
}

ProgressChart ProgressReport::buildPain(const ProgressWindow& window, const Data& data) const
{
    ProgressChart chart = baseChart("pain", KEEL_TRANSLATE_NOOP("Report", "Pain"), ChartAxis::Days, window);
    chart.leftTitle = KEEL_TRANSLATE_NOOP("Report", "pain /10");
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
    ChartSeries sessionSeries {"session",
        perBucket ? KEEL_TRANSLATE_NOOP("Report", "Worst session pain") : KEEL_TRANSLATE_NOOP("Report", "Session pain"),
        KEEL_TRANSLATE_NOOP("Report", "/10"), SeriesStyle::Points, SeriesAxis::Left, 0, {}, {}, {}};
    ChartSeries morning {"checkin",
        perBucket ? KEEL_TRANSLATE_NOOP("Report", "Average check-in")
                  : KEEL_TRANSLATE_NOOP("Report", "Morning check-in"),
        KEEL_TRANSLATE_NOOP("Report", "/10"), SeriesStyle::Line, SeriesAxis::Left, 1, {}, {}, {}};
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
        chart.notes.emplace_back(
            window.bucket == BucketSize::Week ? PhraseCode::EachPointOneWeek : PhraseCode::EachPointOneMonth);
    } else {
        for (const auto& [date, pain] : session)
            sessionSeries.points.push_back({date, static_cast<double>(pain)});
        for (const CheckIn& checkIn : data.checkIns) {
            if (inDays(window, checkIn.date))
                morning.points.push_back({checkIn.date, static_cast<double>(checkIn.pain)});
        }
        chart.notes.emplace_back(PhraseCode::SessionPainIsWorst);
    }
    chart.series = {std::move(sessionSeries), std::move(morning)};
    chart.guides
        = {{3.0, KEEL_TRANSLATE_NOOP("Report", "3/10: fine")}, {5.0, KEEL_TRANSLATE_NOOP("Report", "5/10: ceiling")}};

    std::optional<Date> openSince;
    const auto closeBand = [&](Date last) {
        const Date from = std::max(*openSince, window.from);
        const Date to = std::min(last, window.to);
        if (from <= to)
            chart.bands.push_back({from, to, KEEL_TRANSLATE_NOOP("Report", "Flare-up")});
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
        chart.emptyMessage = KEEL_TRANSLATE_NOOP("Report", "Log pain on two days to see a trend.");
    return chart;
}

} // namespace keel::core
