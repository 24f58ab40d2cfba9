// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/plan/progresschart.h"

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

const ChartSeries* ProgressChart::findSeries(std::string_view seriesId) const
{
    const auto found
        = std::find_if(series.begin(), series.end(), [&](const ChartSeries& entry) { return entry.id == seriesId; });
    return found == series.end() ? nullptr : &*found;
}

} // namespace keel::core
