// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/common/palettecolors.h"
#include "gui/common/prescriptiontext.h"
#include "gui/progress/chartpalette.h"
#include "gui/progress/chartview.h"
#include "support/guitestsupport.h"

#include "chartsamples.h"

#include <QImage>

#include <catch2/catch.hpp>

using keel::gui::ChartPalette;
using keel::gui::ChartView;
using namespace keel::test;

namespace {

QImage render(ChartView& view)
{
    view.resize(640, 420);
    showAndWait(&view);
    return view.grab().toImage();
}

} // namespace

TEST_CASE("a bucket chart draws its stacked bars in the series colours")
{
    ChartView view;
    view.setChart(sampleBucketChart());
    const QImage image = render(view);
    REQUIRE_FALSE(image.isNull());
    CHECK_FALSE(view.showsEmptyState());
    const ChartPalette colors = ChartPalette::fromPalette(view.palette());
    CHECK(pixelsNear(image, colors.series(0), 12) > 1500);
    CHECK(pixelsNear(image, colors.series(1), 12) > 1500);
}

TEST_CASE("a day chart draws its lines, markers, band and guides")
{
    ChartView view;
    view.setChart(sampleDayChart());
    const QImage image = render(view);
    const ChartPalette colors = ChartPalette::fromPalette(view.palette());
    CHECK(pixelsNear(image, colors.series(0), 30) > 200);
    CHECK(pixelsNear(image, colors.series(1), 30) > 200);
    CHECK(pixelsNear(image, colors.stepBack(), 30) > 20);
    CHECK(pixelsOff(image, colors.background()) > image.width() * image.height() / 50);
}

TEST_CASE("markers carry their change and reason for the hover tooltip")
{
    ChartView view;
    view.setChart(sampleDayChart());
    const QString tip = view.markerToolTip(keel::core::Date::fromYmd(2026, 1, 7));
    CHECK(tip.contains(keel::gui::PrescriptionText::shortDate(keel::core::Date::fromYmd(2026, 1, 7))));
    CHECK(tip.contains(QStringLiteral("Stepped back: 14 kg \u2192 12 kg")));
    CHECK(tip.contains(QStringLiteral("pain 6/10 on Tuesday")));
    CHECK(view.markerToolTip(keel::core::Date::fromYmd(2026, 1, 8)).isEmpty());
}

TEST_CASE("a chart without a trend shows its empty-state message instead")
{
    auto chart = sampleBucketChart();
    chart.emptyMessage = "Log two weeks to see a trend.";
    ChartView view;
    view.setChart(chart);
    const QImage image = render(view);
    CHECK(view.showsEmptyState());
    CHECK(view.emptyText() == QStringLiteral("Log two weeks to see a trend."));
    const ChartPalette colors = ChartPalette::fromPalette(view.palette());
    CHECK(pixelsNear(image, colors.series(0), 12) == 0); // no bars
    CHECK(pixelsOff(image, colors.background()) > 50); // but the message

    view.setChart(sampleBucketChart());
    CHECK_FALSE(view.showsEmptyState());
}

TEST_CASE("charts follow a dark palette")
{
    ChartView view;
    view.setPalette(keel::gui::PaletteColors::darkPalette());
    view.setChart(sampleBucketChart());
    const QImage image = render(view);
    const ChartPalette colors = ChartPalette::fromPalette(view.palette());
    REQUIRE(colors.isDark());
    // The chart is painted on the palette's (dark) base colour, edge to edge.
    CHECK(colors.background().lightnessF() < 0.5F);
    CHECK(image.pixelColor(2, 2) == colors.background());
    CHECK(image.pixelColor(image.width() - 3, image.height() - 3) == colors.background());
    CHECK(pixelsNear(image, colors.series(0), 12) > 1500);
    // Axis labels in the palette's light text colour.
    CHECK(pixelsNear(image, colors.text(), 60) > 100);
}
