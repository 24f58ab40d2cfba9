// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/report/chartbuilding.h"

#include "core/model/phrasecode.h"
#include "core/util/translatable.h"

#include <algorithm>
#include <bit>
#include <charconv>
#include <cmath>
#include <cstdio>
#include <set>

namespace keel::core::chartbuilding {

bool isStrength(Pattern pattern)
{
    return pattern != Pattern::Mobility && pattern != Pattern::Walking;
}

int colorSlot(Pattern pattern)
{
    const auto patterns = allPatterns();
    return static_cast<int>(std::find(patterns.begin(), patterns.end(), pattern) - patterns.begin());
}

double roundTenth(double value)
{
    return std::round(value * 10.0) / 10.0;
}

/// "12", "12.5": at most one decimal, none when it is zero.
std::string formatNumber(double value)
{
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%.1f", roundTenth(value));
    std::string text = buffer;
    if (text.size() > 2 && text.compare(text.size() - 2, 2, ".0") == 0)
        text.resize(text.size() - 2);
    return text;
}

Date monthStart(Date date)
{
    return Date::fromYmd(date.year(), date.month(), 1);
}

Date nextMonth(Date date)
{
    return date.month() == 12 ? Date::fromYmd(date.year() + 1, 1, 1) : Date::fromYmd(date.year(), date.month() + 1, 1);
}

std::optional<std::size_t> bucketIndex(const ProgressWindow& window, Date date)
{
    if (date < window.from || date > window.end)
        return std::nullopt;
    if (window.bucket == BucketSize::Week)
        return static_cast<std::size_t>(window.from.daysUntil(date) / 7);
    const int months = (date.year() - window.from.year()) * 12 + (date.month() - window.from.month());
    return static_cast<std::size_t>(months);
}

bool inDays(const ProgressWindow& window, Date date)
{
    return date >= window.from && date <= window.to;
}

ProgressChart baseChart(std::string id, std::string title, ChartAxis axis, const ProgressWindow& window)
{
    ProgressChart chart;
    chart.id = std::move(id);
    chart.title = std::move(title);
    chart.axis = axis;
    chart.bucket = window.bucket;
    chart.from = window.from;
    chart.to = window.to;
    if (axis == ChartAxis::Buckets)
        chart.buckets = window.buckets;
    else
        chart.ticks = dateTicks(window.from, window.to, window.weekStart);
    return chart;
}

ChartSeries bucketSeries(const ProgressWindow& window, std::string id, std::string name, std::string unit,
    SeriesStyle style, int slot, const std::vector<double>& values)
{
    ChartSeries series;
    series.id = std::move(id);
    series.name = std::move(name);
    series.unit = std::move(unit);
    series.style = style;
    series.colorSlot = slot;
    for (std::size_t i = 0; i < window.buckets.size(); ++i)
        series.points.push_back({window.buckets[i], roundTenth(i < values.size() ? values[i] : 0.0)});
    return series;
}

/// A trend needs two buckets with something logged; fewer shows the empty state instead.
std::string bucketTrendMessage(const ProgressChart& chart)
{
    std::set<long> filled;
    for (const ChartSeries& series : chart.series) {
        if (series.style != SeriesStyle::Bars && series.style != SeriesStyle::StackedBars)
            continue;
        for (const ChartPoint& point : series.points) {
            if (point.value > 0.0)
                filled.insert(point.date.days());
        }
    }
    if (filled.size() >= 2)
        return {};
    return chart.bucket == BucketSize::Week ? KEEL_TRANSLATE_NOOP("Report", "Log two weeks to see a trend.")
                                            : KEEL_TRANSLATE_NOOP("Report", "Log in two months to see a trend.");
}

std::optional<MarkerKind> markerKind(ProgressionKind kind)
{
    // Holds and flare-up switches are not moves on a ladder: the pain chart shades flare-ups.
    if (kind == ProgressionKind::Start)
        return MarkerKind::Start;
    if (kind == ProgressionKind::StepBack)
        return MarkerKind::StepBack;
    if (isForward(kind))
        return MarkerKind::Forward;
    return std::nullopt;
}

PhraseCode eventTitle(ProgressionKind kind)
{
    switch (kind) {
    case ProgressionKind::Start:
        return PhraseCode::EventStarted;
    case ProgressionKind::RepsUp:
        return PhraseCode::EventMoreReps;
    case ProgressionKind::SecondsUp:
        return PhraseCode::EventLongerHold;
    case ProgressionKind::DistanceUp:
        return PhraseCode::EventLongerCarry;
    case ProgressionKind::LoadUp:
        return PhraseCode::EventLoadUp;
    case ProgressionKind::RungUp:
        return PhraseCode::EventUpTheLadder;
    case ProgressionKind::MinutesUp:
        return PhraseCode::EventLongerWalks;
    case ProgressionKind::Hold:
        return PhraseCode::EventHeld;
    case ProgressionKind::StepBack:
        return PhraseCode::EventSteppedBack;
    case ProgressionKind::FlareUpOn:
        return PhraseCode::EventFlareUp;
    case ProgressionKind::FlareUpOff:
        return PhraseCode::EventFlareUpOver;
    case ProgressionKind::PainEvent:
        return PhraseCode::EventPain;
    }
    return PhraseCode::EventHeld;
}

/// The value of `series` on `date`, or on the closest logged day before it (after it when none is before).
double valueAt(const ChartSeries& series, Date date)
{
    if (series.points.empty())
        return 0.0;
    const auto after = std::upper_bound(series.points.begin(), series.points.end(), date,
        [](Date day, const ChartPoint& point) { return day < point.date; });
    return after == series.points.begin() ? after->value : std::prev(after)->value;
}

/// Puts each series on an axis: the first on the left, the rest on the right, and titles both axes.
void assignAxes(ProgressChart& chart)
{
    bool first = true;
    chart.rightTitle.clear();
    chart.rightTitles.clear();
    for (ChartSeries& series : chart.series) {
        if (series.style == SeriesStyle::TableOnly)
            continue;
        const std::string& title = series.unit.empty() ? series.name : series.unit;
        if (first) {
            series.axis = SeriesAxis::Left;
            chart.leftTitle = title;
            first = false;
            continue;
        }
        series.axis = SeriesAxis::Right;
        // A title already inside the joined text is not repeated (kept as keel-cli has always read it).
        if (chart.rightTitle.find(title) != std::string::npos)
            continue;
        chart.rightTitle += (chart.rightTitle.empty() ? "" : ", ") + title;
        chart.rightTitles.push_back(title);
    }
}

/// Removes series that have no point at all, so a bodyweight exercise shows no empty load line.
void dropEmptySeries(ProgressChart& chart)
{
    std::erase_if(chart.series, [](const ChartSeries& series) { return series.points.empty(); });
}

std::size_t distinctDates(const ProgressChart& chart)
{
    std::set<long> days;
    for (const ChartSeries& series : chart.series) {
        for (const ChartPoint& point : series.points)
            days.insert(point.date.days());
    }
    return days.size();
}

} // namespace keel::core::chartbuilding
