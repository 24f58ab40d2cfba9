// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/report/progresschart.h"

#include <algorithm>
#include <array>
#include <utility>

namespace keel::core {

namespace {

constexpr std::array<std::pair<ProgressRange, std::string_view>, 4> kRangeKeys = {{
    {ProgressRange::FourWeeks, "4w"},
    {ProgressRange::ThreeMonths, "3m"},
    {ProgressRange::OneYear, "1y"},
    {ProgressRange::All, "all"},
}};

constexpr std::array<std::pair<ProgressRange, std::string_view>, 3> kRangeLongKeys = {{
    {ProgressRange::FourWeeks, "4-weeks"},
    {ProgressRange::ThreeMonths, "3-months"},
    {ProgressRange::OneYear, "1-year"},
}};

} // namespace

std::string_view toString(ProgressRange range)
{
    for (const auto& [value, key] : kRangeKeys) {
        if (value == range)
            return key;
    }
    return "all";
}

std::optional<ProgressRange> parseProgressRange(std::string_view text)
{
    for (const auto& [value, key] : kRangeKeys) {
        if (key == text)
            return value;
    }
    for (const auto& [value, key] : kRangeLongKeys) {
        if (key == text)
            return value;
    }
    return std::nullopt;
}

std::vector<ProgressRange> allProgressRanges()
{
    std::vector<ProgressRange> ranges;
    for (const auto& entry : kRangeKeys)
        ranges.push_back(entry.first);
    return ranges;
}

std::string_view toString(BucketSize size)
{
    return size == BucketSize::Week ? "week" : "month";
}

std::string_view toString(MarkerKind kind)
{
    switch (kind) {
    case MarkerKind::Start:
        return "start";
    case MarkerKind::Forward:
        return "forward";
    case MarkerKind::StepBack:
        return "step_back";
    }
    return "forward";
}

std::string_view toString(TickUnit unit)
{
    switch (unit) {
    case TickUnit::Week:
        return "week";
    case TickUnit::Month:
        return "month";
    case TickUnit::Year:
        return "year";
    }
    return "month";
}

namespace {

/// Months counted from year 0, so "every third month" lands on the same months every year.
int monthIndex(Date date)
{
    return date.year() * 12 + (date.month() - 1);
}

Date fromMonthIndex(int index)
{
    return Date::fromYmd(index / 12, index % 12 + 1, 1);
}

/// The first month start on or after `date` whose month index is a multiple of `step`.
int firstMonthTick(Date date, int step)
{
    int index = monthIndex(date) + (date.day() == 1 ? 0 : 1);
    index += (step - index % step) % step;
    return index;
}

} // namespace

DateTicks dateTicks(Date from, Date to, Weekday weekStart, std::size_t maxTicks)
{
    DateTicks ticks;
    if (to < from || maxTicks == 0)
        return ticks;
    const auto monthCount = [&](int step) {
        const int first = firstMonthTick(from, step);
        const int last = monthIndex(to);
        return first > last ? 0 : (last - first) / step + 1;
    };
    if (monthCount(1) < 3) {
        Date first = from.startOfWeek(weekStart);
        if (first < from)
            first = first.addDays(7);
        const long weeks = first > to ? 0 : first.daysUntil(to) / 7 + 1;
        ticks.unit = TickUnit::Week;
        ticks.step = static_cast<int>((weeks + static_cast<long>(maxTicks) - 1) / static_cast<long>(maxTicks));
        ticks.step = std::max(ticks.step, 1);
        for (Date day = first; day <= to; day = day.addDays(7L * ticks.step))
            ticks.dates.push_back(day);
        return ticks;
    }
    for (int step : {1, 2, 3, 6}) {
        if (static_cast<std::size_t>(monthCount(step)) > maxTicks)
            continue;
        ticks.unit = TickUnit::Month;
        ticks.step = step;
        for (int index = firstMonthTick(from, step); index <= monthIndex(to); index += step)
            ticks.dates.push_back(fromMonthIndex(index));
        return ticks;
    }
    ticks.unit = TickUnit::Year;
    const int firstYear = from.year() + (from.month() == 1 && from.day() == 1 ? 0 : 1);
    for (int step = 1;; step *= 10) {
        for (int factor : {1, 2, 5}) {
            const int every = step * factor;
            const int first = firstYear + (every - firstYear % every) % every;
            const int count = first > to.year() ? 0 : (to.year() - first) / every + 1;
            if (static_cast<std::size_t>(count) > maxTicks)
                continue;
            ticks.step = every;
            for (int year = first; year <= to.year(); year += every)
                ticks.dates.push_back(Date::fromYmd(year, 1, 1));
            return ticks;
        }
    }
}

const ChartSeries* ProgressChart::findSeries(std::string_view seriesId) const
{
    const auto found
        = std::find_if(series.begin(), series.end(), [&](const ChartSeries& entry) { return entry.id == seriesId; });
    return found == series.end() ? nullptr : &*found;
}

} // namespace keel::core
