// SPDX-License-Identifier: GPL-3.0-or-later
// The date axis of day charts (ticks on month starts, labelled with the month they start) and
// two series on two scales that would otherwise cover each other.
#include "gui/progress/chartpalette.h"
#include "gui/progress/chartview.h"
#include "support/guitestsupport.h"

#include "chartsamples.h"

#include <QChartView>
#include <QtCharts>

#include <catch2/catch.hpp>

using keel::core::ChartSeries;
using keel::core::Date;
using keel::core::ProgressChart;
using keel::core::SeriesAxis;
using keel::core::SeriesStyle;
using keel::gui::ChartPalette;
using keel::gui::ChartView;
using namespace keel::test;

namespace {

ProgressChart dayChart(Date from, Date to, std::vector<ChartSeries> series)
{
    ProgressChart chart;
    chart.id = "exercise";
    chart.title = "Goblet squat";
    chart.axis = keel::core::ChartAxis::Days;
    chart.from = from;
    chart.to = to;
    chart.ticks = keel::core::dateTicks(from, to, keel::core::Weekday::Monday);
    chart.series = std::move(series);
    return chart;
}

QChart* shownChart(ChartView& view)
{
    view.resize(700, 420);
    showAndWait(&view);
    auto* chartView = view.findChild<QChartView*>();
    REQUIRE(chartView);
    return chartView->chart();
}

} // namespace

TEST_CASE("a day chart ticks month starts and names each tick by the month it starts")
{
    ChartSeries load {"load", "Working load", "kg", SeriesStyle::Line, SeriesAxis::Left, 0,
        {{Date::fromYmd(2025, 6, 4), 10.0}, {Date::fromYmd(2025, 9, 21), 12.0}, {Date::fromYmd(2025, 12, 8), 14.0}}, {},
        {}};
    ChartView view;
    view.setChart(dayChart(Date::fromYmd(2025, 6, 2), Date::fromYmd(2025, 12, 10), {load}));
    QChart* chart = shownChart(view);
    const auto axes = chart->axes(Qt::Horizontal);
    REQUIRE(axes.size() == 1);
    auto* axis = qobject_cast<QCategoryAxis*>(axes.front());
    REQUIRE(axis);
    CHECK(axis->categoriesLabels()
        == QStringList {QStringLiteral("Jul"), QStringLiteral("Aug"), QStringLiteral("Sep"), QStringLiteral("Oct"),
            QStringLiteral("Nov"), QStringLiteral("Dec")});

    // The 21 September point is right of the "Sep" tick and left of the "Oct" one.
    auto* line = qobject_cast<QLineSeries*>(chart->series().front());
    REQUIRE(line);
    const QPointF september = line->at(1);
    const double sepTick = chart->mapToPosition(QPointF(axis->endValue(QStringLiteral("Sep")), 0.0), line).x();
    const double octTick = chart->mapToPosition(QPointF(axis->endValue(QStringLiteral("Oct")), 0.0), line).x();
    const double point = chart->mapToPosition(september, line).x();
    CHECK(sepTick < point);
    CHECK(point < octTick);
    // 20 of 30 days into September: about two thirds of the way to the next tick.
    CHECK((point - sepTick) / (octTick - sepTick) == Approx(20.5 / 30.0).margin(0.02));
}

TEST_CASE("short ranges tick week starts and years show where they change")
{
    const auto weeks = ChartView::tickLabels(
        keel::core::dateTicks(Date::fromYmd(2026, 2, 12), Date::fromYmd(2026, 3, 11), keel::core::Weekday::Monday));
    CHECK(weeks
        == QStringList {
            QStringLiteral("16 Feb"), QStringLiteral("23 Feb"), QStringLiteral("2 Mar"), QStringLiteral("9 Mar")});
    const auto months = ChartView::tickLabels(
        keel::core::dateTicks(Date::fromYmd(2025, 12, 15), Date::fromYmd(2026, 3, 11), keel::core::Weekday::Monday));
    CHECK(months == QStringList {QStringLiteral("Jan 2026"), QStringLiteral("Feb"), QStringLiteral("Mar")});
    auto bimonthly = ChartView::tickLabels(
        keel::core::dateTicks(Date::fromYmd(2024, 3, 11), Date::fromYmd(2026, 3, 11), keel::core::Weekday::Monday));
    CHECK(bimonthly.front() == QStringLiteral("May 2024"));
    CHECK(bimonthly.removeDuplicates() == 0);
    const auto years = ChartView::tickLabels(
        keel::core::dateTicks(Date::fromYmd(1996, 3, 11), Date::fromYmd(2026, 3, 11), keel::core::Weekday::Monday));
    CHECK(years.front() == QStringLiteral("2000"));
}

TEST_CASE("two lines on two scales stay visible where they meet")
{
    // 12 kg on a 0–15 scale and rung 4 on 0–5 land on the same pixels.
    std::vector<keel::core::ChartPoint> rungs;
    std::vector<keel::core::ChartPoint> loads;
    for (int day = 0; day < 40; day += 4) {
        rungs.push_back({Date::fromYmd(2026, 1, 5).addDays(day), 4.0});
        loads.push_back({Date::fromYmd(2026, 1, 5).addDays(day), 12.0});
    }
    ChartSeries rung {"rung", "Rung on the ladder", "", SeriesStyle::Line, SeriesAxis::Left, 0, rungs, {}, {}};
    ChartSeries load {"load", "Working load", "kg", SeriesStyle::Line, SeriesAxis::Right, 1, loads, {}, {}};
    ChartView view;
    view.setChart(dayChart(Date::fromYmd(2026, 1, 5), Date::fromYmd(2026, 2, 14), {rung, load}));
    QChart* chart = shownChart(view);
    QList<QLineSeries*> lines;
    for (QAbstractSeries* series : chart->series()) {
        if (auto* line = qobject_cast<QLineSeries*>(series))
            lines << line;
    }
    REQUIRE(lines.size() == 2);
    CHECK(lines[0]->pen().style() == Qt::SolidLine);
    CHECK(lines[1]->pen().style() == Qt::DashLine);
    CHECK(lines[0]->pen().widthF() > lines[1]->pen().widthF());

    const QImage image = view.grab().toImage();
    const ChartPalette colors = ChartPalette::fromPalette(view.palette());
    CHECK(pixelsNear(image, colors.series(0), 30) > 300);
    CHECK(pixelsNear(image, colors.series(1), 30) > 300);
}
