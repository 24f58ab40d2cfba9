// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/progress/chartexport.h"
#include "gui/progress/consistencytablemodel.h"
#include "gui/progress/seriestablemodel.h"
#include "support/guitestsupport.h"

#include "chartsamples.h"

#include <QAbstractItemModelTester>
#include <QDate>
#include <QLocale>

#include <catch2/catch.hpp>

using keel::gui::ConsistencyTableModel;
using keel::gui::SeriesTableModel;
using namespace keel::test;

namespace {

QString cell(const QAbstractItemModel& model, int row, int column)
{
    return model.data(model.index(row, column)).toString();
}

/// The cell as a CSV file gets it: ISO dates and "." decimals whatever the locale.
QString fileCell(const QAbstractItemModel& model, int row, int column)
{
    return model.data(model.index(row, column), keel::gui::ChartExport::FileTextRole).toString();
}

QStringList headers(const QAbstractItemModel& model)
{
    QStringList list;
    for (int column = 0; column < model.columnCount(); ++column)
        list << model.headerData(column, Qt::Horizontal).toString();
    return list;
}

} // namespace

TEST_CASE("a bucket chart's table has a row for every week, zeros included")
{
    SeriesTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setChart(sampleBucketChart());
    REQUIRE(model.rowCount() == 6);
    CHECK(headers(model) == QStringList {"Week of", "Hip hinge (sets)", "Squat (sets)", "Planned (sets)"});
    CHECK(fileCell(model, 0, 0) == "2025-12-01");
    CHECK(fileCell(model, 2, 0) == "2025-12-15");
    CHECK(cell(model, 2, 1) == "0");
    CHECK(cell(model, 1, 1) == "9");
    CHECK(cell(model, 5, 3) == "18");
    CHECK(model.data(model.index(1, 1), Qt::AccessibleTextRole).toString() == "Hip hinge (sets): 9");
}

TEST_CASE("a day chart's table lists each day with data, its changes and flare-up days")
{
    auto chart = sampleDayChart();
    SeriesTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setChart(chart);
    // 16 logged days plus the step-back, which fell on a day without a log.
    REQUIRE(model.rowCount() == 17);
    CHECK(headers(model) == QStringList {"Date", "Working load (kg)", "Best reps (reps)", "Change", "Flare-up"});
    int changeRow = -1;
    for (int row = 0; row < model.rowCount(); ++row) {
        if (fileCell(model, row, 0) == "2026-01-07")
            changeRow = row;
    }
    REQUIRE(changeRow >= 0);
    CHECK(cell(model, changeRow, 1).isEmpty());
    CHECK(cell(model, changeRow, 3) == QStringLiteral("Stepped back: 14 kg \u2192 12 kg"));
    CHECK(model.data(model.index(changeRow, 3), Qt::ToolTipRole).toString().contains("pain 6/10 on Tuesday"));
    CHECK(cell(model, changeRow, 4) == "yes");
    CHECK(cell(model, 0, 4).isEmpty());
    CHECK(cell(model, 0, 1) == "10");
}

TEST_CASE("labels get their own column, a unitless series no unit, and months are written as year-month")
{
    keel::core::ProgressChart chart;
    chart.axis = keel::core::ChartAxis::Buckets;
    chart.bucket = keel::core::BucketSize::Month;
    chart.buckets = {keel::core::Date::fromYmd(2025, 12, 1), keel::core::Date::fromYmd(2026, 1, 1)};
    keel::core::ChartSeries rung {"rung", "Rung", "", keel::core::SeriesStyle::StepLine, keel::core::SeriesAxis::Left,
        0, {{chart.buckets[0], 1}, {chart.buckets[1], 2.5}}, {"Box squat", "Goblet squat"}, "Exercise"};
    chart.series = {rung};
    SeriesTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setChart(chart);
    CHECK(headers(model) == QStringList {"Month", "Rung", "Exercise"});
    CHECK(fileCell(model, 0, 0) == "2025-12");
    CHECK(fileCell(model, 1, 1) == "2.5");
    CHECK(fileCell(model, 1, 2) == "Goblet squat");
    CHECK(cell(model, 1, 2) == "Goblet squat");
}

TEST_CASE("the consistency table has a row per week with its tallies")
{
    keel::core::ConsistencyReport report;
    for (int week = 0; week < 3; ++week) {
        keel::core::ConsistencyWeek entry;
        entry.weekStart = keel::core::Date::fromYmd(2026, 1, 5).addDays(7L * week);
        entry.strengthPlanned = 3;
        entry.strengthDone = 3 - week;
        entry.kept = week == 0;
        for (int day = 0; day < 7; ++day)
            entry.days.push_back({entry.weekStart.addDays(day), 2, 1, day % 2, false});
        report.weeks.push_back(entry);
    }
    ConsistencyTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setReport(report);
    REQUIRE(model.rowCount() == 3);
    CHECK(model.columnCount() == ConsistencyTableModel::ColumnCount);
    CHECK(fileCell(model, 1, ConsistencyTableModel::WeekColumn) == "2026-01-12");
    CHECK(fileCell(model, 0, ConsistencyTableModel::PlannedColumn) == "14");
    CHECK(cell(model, 0, ConsistencyTableModel::PlannedColumn) == "14");
    CHECK(cell(model, 0, ConsistencyTableModel::DoneColumn) == "3");
    CHECK(cell(model, 1, ConsistencyTableModel::StrengthDoneColumn) == "2");
    CHECK(cell(model, 0, ConsistencyTableModel::KeptColumn) == "yes");
    CHECK(cell(model, 2, ConsistencyTableModel::KeptColumn) == "no");
}

TEST_CASE("the tables show dates, months and decimals as the desktop's language writes them")
{
    const InLanguage german("de");
    keel::core::ProgressChart chart;
    chart.axis = keel::core::ChartAxis::Buckets;
    chart.bucket = keel::core::BucketSize::Month;
    chart.buckets = {keel::core::Date::fromYmd(2025, 12, 1), keel::core::Date::fromYmd(2026, 1, 1)};
    chart.series = {{"load", "Working load", "kg", keel::core::SeriesStyle::Line, keel::core::SeriesAxis::Left, 0,
        {{chart.buckets[0], 1250}, {chart.buckets[1], 12.5}}, {}, ""}};
    SeriesTableModel months;
    months.setChart(chart);
    CHECK(cell(months, 0, 0) == QStringLiteral("Dezember 2025"));
    CHECK(cell(months, 0, 1) == QStringLiteral("1.250"));
    CHECK(cell(months, 1, 1) == QStringLiteral("12,5"));
    // The file keeps the forms a spreadsheet or a script reads in any language.
    CHECK(fileCell(months, 0, 0) == "2025-12");
    CHECK(fileCell(months, 0, 1) == "1250");
    CHECK(fileCell(months, 1, 1) == "12.5");
    CHECK(keel::gui::ChartExport::toCsv(months).contains(QStringLiteral("\r\n2026-01,12.5\r\n")));

    SeriesTableModel days;
    days.setChart(sampleDayChart());
    CHECK(cell(days, 0, 0)
        == QLocale().toString(QDate::fromString(fileCell(days, 0, 0), Qt::ISODate), QLocale::ShortFormat));
    CHECK(cell(days, 0, 0).contains(QLatin1Char('.')));

    keel::core::ConsistencyReport report;
    report.weeks.push_back({});
    report.weeks.back().weekStart = keel::core::Date::fromYmd(2026, 1, 12);
    ConsistencyTableModel weeks;
    weeks.setReport(report);
    CHECK(cell(weeks, 0, ConsistencyTableModel::WeekColumn) == QStringLiteral("12.01.26"));
    CHECK(fileCell(weeks, 0, ConsistencyTableModel::WeekColumn) == "2026-01-12");
}
