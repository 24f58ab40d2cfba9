// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/report/progressjson.h"

namespace keel::core {

namespace {

std::string_view styleKey(SeriesStyle style)
{
    switch (style) {
    case SeriesStyle::Line:
        return "line";
    case SeriesStyle::Points:
        return "points";
    case SeriesStyle::StepLine:
        return "step_line";
    case SeriesStyle::Bars:
        return "bars";
    case SeriesStyle::StackedBars:
        return "stacked_bars";
    case SeriesStyle::TargetLine:
        return "target_line";
    case SeriesStyle::TableOnly:
        return "table_only";
    }
    return "line";
}

nlohmann::json optionalText(const std::string& text)
{
    return text.empty() ? nlohmann::json(nullptr) : nlohmann::json(text);
}

nlohmann::json toJson(const ChartSeries& series)
{
    nlohmann::json points = nlohmann::json::array();
    for (std::size_t i = 0; i < series.points.size(); ++i) {
        nlohmann::json point {{"date", series.points[i].date.toString()}, {"value", series.points[i].value}};
        if (i < series.labels.size())
            point["label"] = series.labels[i];
        points.push_back(std::move(point));
    }
    return {{"id", series.id}, {"name", series.name}, {"unit", series.unit}, {"style", styleKey(series.style)},
        {"axis", series.axis == SeriesAxis::Left ? "left" : "right"}, {"points", std::move(points)}};
}

} // namespace

nlohmann::json toJson(const ProgressChart& chart)
{
    nlohmann::json json {{"id", chart.id}, {"title", chart.title},
        {"axis", chart.axis == ChartAxis::Days ? "days" : "buckets"}, {"from", chart.from.toString()},
        {"to", chart.to.toString()}, {"left_title", chart.leftTitle}, {"right_title", optionalText(chart.rightTitle)},
        {"left_max", chart.leftMax ? nlohmann::json(*chart.leftMax) : nlohmann::json(nullptr)},
        {"empty_message", optionalText(chart.emptyMessage)}};
    if (chart.axis == ChartAxis::Buckets) {
        json["bucket"] = toString(chart.bucket);
        nlohmann::json buckets = nlohmann::json::array();
        for (const Date bucket : chart.buckets)
            buckets.push_back(bucket.toString());
        json["buckets"] = std::move(buckets);
    } else {
        nlohmann::json ticks = nlohmann::json::array();
        for (const Date tick : chart.ticks.dates)
            ticks.push_back(tick.toString());
        json["ticks"] = {{"unit", toString(chart.ticks.unit)}, {"step", chart.ticks.step}, {"dates", std::move(ticks)}};
    }
    json["series"] = nlohmann::json::array();
    for (const ChartSeries& series : chart.series)
        json["series"].push_back(toJson(series));
    json["markers"] = nlohmann::json::array();
    for (const ChartMarker& marker : chart.markers) {
        json["markers"].push_back({{"date", marker.date.toString()}, {"value", marker.value},
            {"series", marker.seriesId}, {"kind", toString(marker.kind)}, {"event", toString(marker.event)},
            {"label", marker.label.text()}, {"reason", marker.reason.text()}});
    }
    json["bands"] = nlohmann::json::array();
    for (const ChartBand& band : chart.bands)
        json["bands"].push_back({{"from", band.from.toString()}, {"to", band.to.toString()}, {"label", band.label}});
    json["guides"] = nlohmann::json::array();
    for (const ChartGuide& guide : chart.guides)
        json["guides"].push_back({{"value", guide.value}, {"label", guide.label}});
    json["notes"] = nlohmann::json::array();
    for (const Reason& note : chart.notes)
        json["notes"].push_back(note.text());
    return json;
}

nlohmann::json toJson(const ConsistencyReport& report)
{
    nlohmann::json weeks = nlohmann::json::array();
    for (const ConsistencyWeek& week : report.weeks) {
        nlohmann::json days = nlohmann::json::array();
        for (const ConsistencyDay& day : week.days) {
            days.push_back({{"date", day.date.toString()}, {"planned", day.planned}, {"done", day.done},
                {"planned_done", day.plannedDone}, {"future", day.future}});
        }
        weeks.push_back({{"week", week.weekStart.toString()}, {"strength_planned", week.strengthPlanned},
            {"strength_done", week.strengthDone}, {"kept", week.kept}, {"days", std::move(days)}});
    }
    return {{"current_streak", report.currentStreak}, {"best_streak", report.bestStreak},
        {"streak_may_be_longer", report.streakMayBeLonger}, {"empty_message", optionalText(report.emptyMessage)},
        {"weeks", std::move(weeks)}};
}

nlohmann::json progressJson(ProgressReport& report, const ProgressQuery& query, Units units)
{
    const ProgressWindow window = report.window(query.range);
    nlohmann::json json {{"range", toString(query.range)}, {"units", toString(units)}, {"from", window.from.toString()},
        {"to", window.to.toString()}, {"charts", nlohmann::json::array()}};
    if (query.exerciseId) {
        json["charts"].push_back(toJson(report.exercise(*query.exerciseId, query.range)));
    } else if (query.pattern) {
        json["charts"].push_back(toJson(report.pattern(*query.pattern, query.range)));
    } else {
        const ProgressOverview overview = report.overview(query.range);
        for (const ProgressChart* chart : {&overview.volume, &overview.walking, &overview.mobility, &overview.pain})
            json["charts"].push_back(toJson(*chart));
        json["consistency"] = toJson(overview.consistency);
    }
    return json;
}

} // namespace keel::core
