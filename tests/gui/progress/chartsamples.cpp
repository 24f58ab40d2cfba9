// SPDX-License-Identifier: GPL-3.0-or-later
#include "chartsamples.h"

#include "core/model/phrasecode.h"

#include <cstdlib>

namespace keel::test {

namespace {

core::Date on(int year, int month, int day)
{
    return core::Date::fromYmd(year, month, day);
}

bool near(QRgb pixel, const QColor& color, int tolerance)
{
    return std::abs(qRed(pixel) - color.red()) <= tolerance && std::abs(qGreen(pixel) - color.green()) <= tolerance
        && std::abs(qBlue(pixel) - color.blue()) <= tolerance;
}

template<typename Match> int countPixels(const QImage& image, Match match)
{
    const QImage rgb = image.convertToFormat(QImage::Format_RGB32);
    int count = 0;
    for (int y = 0; y < rgb.height(); ++y) {
        const auto* line = reinterpret_cast<const QRgb*>(rgb.constScanLine(y));
        for (int x = 0; x < rgb.width(); ++x) {
            if (match(line[x]))
                ++count;
        }
    }
    return count;
}

} // namespace

core::ProgressChart sampleBucketChart()
{
    core::ProgressChart chart;
    chart.id = "volume";
    chart.title = "Sets per pattern";
    chart.axis = core::ChartAxis::Buckets;
    chart.bucket = core::BucketSize::Week;
    chart.from = on(2025, 12, 1);
    chart.to = on(2026, 1, 7);
    chart.leftTitle = "sets per week";
    const std::vector<double> hinge = {6, 9, 0, 9, 6, 3};
    const std::vector<double> squat = {6, 6, 0, 9, 9, 3};
    const std::vector<double> planned = {12, 18, 18, 18, 18, 18};
    core::ChartSeries hingeSeries {
        "done_hinge", "Hip hinge", "sets", core::SeriesStyle::StackedBars, core::SeriesAxis::Left, 0, {}, {}, {}};
    core::ChartSeries squatSeries {
        "done_squat", "Squat", "sets", core::SeriesStyle::StackedBars, core::SeriesAxis::Left, 1, {}, {}, {}};
    core::ChartSeries plannedSeries {
        "planned", "Planned", "sets", core::SeriesStyle::TargetLine, core::SeriesAxis::Left, 0, {}, {}, {}};
    for (std::size_t i = 0; i < hinge.size(); ++i) {
        const core::Date week = chart.from.addDays(7L * static_cast<long>(i));
        chart.buckets.push_back(week);
        hingeSeries.points.push_back({week, hinge[i]});
        squatSeries.points.push_back({week, squat[i]});
        plannedSeries.points.push_back({week, planned[i]});
    }
    chart.series = {hingeSeries, squatSeries, plannedSeries};
    return chart;
}

core::ProgressChart sampleDayChart()
{
    core::ProgressChart chart;
    chart.id = "exercise";
    chart.title = "Goblet squat";
    chart.axis = core::ChartAxis::Days;
    chart.from = on(2025, 12, 1);
    chart.to = on(2026, 1, 30);
    chart.leftTitle = "kg";
    chart.rightTitle = "reps";
    core::ChartSeries load {
        "load", "Working load", "kg", core::SeriesStyle::Line, core::SeriesAxis::Left, 0, {}, {}, {}};
    core::ChartSeries reps {
        "reps", "Best reps", "reps", core::SeriesStyle::Line, core::SeriesAxis::Right, 1, {}, {}, {}};
    for (int i = 0; i < 16; ++i) {
        const core::Date date = chart.from.addDays(i * 4L);
        load.points.push_back({date, 10.0 + 2.0 * (i / 5)});
        reps.points.push_back({date, 8.0 + (i % 5)});
    }
    chart.series = {load, reps};
    const auto change = [](core::PhraseCode title, std::string from, std::string to) {
        return core::Reason(core::PhraseCode::MarkerFromTo,
            {core::Reason(title).asArg(), core::ReasonArg::words(std::move(from)),
                core::ReasonArg::words(std::move(to))});
    };
    chart.markers = {
        {on(2025, 12, 21), 12.0, "load", core::MarkerKind::Forward, core::ProgressionKind::LoadUp,
            change(core::PhraseCode::EventLoadUp, "10 kg", "12 kg"),
            core::Reason(core::PhraseCode::EverySetReached, {core::ReasonArg::count(12)})},
        {on(2026, 1, 7), 12.0, "load", core::MarkerKind::StepBack, core::ProgressionKind::StepBack,
            change(core::PhraseCode::EventSteppedBack, "14 kg", "12 kg"),
            core::Reason(core::PhraseCode::PainOn, {core::ReasonArg::count(6), core::ReasonArg::day(on(2026, 1, 6))})},
    };
    chart.bands = {{on(2026, 1, 7), on(2026, 1, 12), "Flare-up"}};
    chart.guides = {{3.0, "3/10: fine"}, {5.0, "5/10: ceiling"}};
    return chart;
}

int pixelsNear(const QImage& image, const QColor& color, int tolerance)
{
    return countPixels(image, [&](QRgb pixel) { return near(pixel, color, tolerance); });
}

int pixelsOff(const QImage& image, const QColor& background, int tolerance)
{
    return countPixels(image, [&](QRgb pixel) { return !near(pixel, background, tolerance); });
}

} // namespace keel::test
