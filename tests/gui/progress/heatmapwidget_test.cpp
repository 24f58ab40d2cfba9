// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/common/palettecolors.h"
#include "gui/progress/chartpalette.h"
#include "gui/progress/heatmapwidget.h"
#include "support/guitestsupport.h"

#include "chartsamples.h"

#include <catch2/catch.hpp>

using keel::core::ConsistencyReport;
using keel::core::Date;
using keel::gui::ChartPalette;
using keel::gui::HeatMapWidget;
using namespace keel::test;

namespace {

/// Ten weeks ending with the week of 2026-03-11: strength days done, one missed, rest days.
ConsistencyReport sampleReport(Date today)
{
    ConsistencyReport report;
    const Date lastWeek = today.startOfWeek();
    for (int week = 0; week < 10; ++week) {
        keel::core::ConsistencyWeek entry;
        entry.weekStart = lastWeek.addDays(-7L * (9 - week));
        entry.strengthPlanned = 3;
        for (int day = 0; day < 7; ++day) {
            keel::core::ConsistencyDay cell;
            cell.date = entry.weekStart.addDays(day);
            cell.planned = day % 2 == 0 && day < 6 ? 2 : 0;
            const bool missed = week == 4 && day == 2;
            cell.plannedDone = missed ? 0 : cell.planned;
            cell.done = cell.plannedDone;
            cell.future = cell.date > today;
            if (!cell.future && cell.planned > 0 && !missed)
                ++entry.strengthDone;
            entry.days.push_back(cell);
        }
        entry.kept = entry.strengthDone >= entry.strengthPlanned;
        report.weeks.push_back(entry);
    }
    report.currentStreak = 5;
    report.bestStreak = 5;
    return report;
}

} // namespace

TEST_CASE("the heat map paints done days in the accent colour and names each day on hover")
{
    const Date today = testToday();
    HeatMapWidget map;
    map.setReport(sampleReport(today), today);
    map.resize(640, 260);
    showAndWait(&map);
    const QImage image = map.grab().toImage();
    const ChartPalette colors = ChartPalette::fromPalette(map.palette());
    CHECK_FALSE(map.showsEmptyState());
    CHECK(pixelsNear(image, colors.accent(), 10) > 1000);
    CHECK(pixelsNear(image, colors.missed(), 10) > 50);

    // Find the missed Wednesday of week 5 by scanning for the tooltip that names it.
    bool foundMissed = false;
    bool foundKept = false;
    for (int y = 0; y < map.height() && !(foundMissed && foundKept); y += 2) {
        for (int x = 0; x < map.width(); x += 2) {
            const QString tip = map.toolTipAt({x, y});
            foundMissed = foundMissed || tip.contains(QStringLiteral("0 of 2 planned sessions done"));
            foundKept = foundKept || tip.contains(QStringLiteral("3 of 3 strength sessions done"));
        }
    }
    CHECK(foundMissed);
    CHECK(foundKept);
    CHECK(map.toolTipAt({0, 0}).isEmpty());
    CHECK(map.accessibleDescription().contains(QStringLiteral("streak 5 weeks")));
}

TEST_CASE("the heat map shows its empty state without data, in light and dark palettes")
{
    ConsistencyReport report;
    report.emptyMessage = "Generate a plan and log a week to see how consistent you are.";
    HeatMapWidget map;
    map.setPalette(keel::gui::PaletteColors::darkPalette());
    map.setReport(report, testToday());
    map.resize(500, 220);
    showAndWait(&map);
    CHECK(map.showsEmptyState());
    const QImage image = map.grab().toImage();
    const ChartPalette colors = ChartPalette::fromPalette(map.palette());
    CHECK(image.pixelColor(2, 2) == colors.background());
    CHECK(pixelsNear(image, colors.accent(), 10) == 0);
    CHECK(pixelsOff(image, colors.background()) > 50);
    CHECK(map.toolTipAt({250, 110}).isEmpty());
}
