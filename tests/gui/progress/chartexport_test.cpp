// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/progress/chartexport.h"
#include "gui/progress/chartpanel.h"
#include "gui/progress/seriestablemodel.h"
#include "support/tempdir.h"

#include "chartsamples.h"

#include <QDir>
#include <QImage>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QWidget>

#include <catch2/catch.hpp>

using keel::gui::ChartExport;
using namespace keel::test;

TEST_CASE("CSV has the header row and quotes only what needs quoting")
{
    QStandardItemModel model(2, 3);
    model.setHorizontalHeaderLabels({"Date", "Load (kg)", "Change"});
    model.setItem(0, 0, new QStandardItem("2026-01-05"));
    model.setItem(0, 1, new QStandardItem("12.5"));
    model.setItem(0, 2, new QStandardItem("Load up: 12 kg \u2192 14 kg; \"clean\", finally"));
    model.setItem(1, 0, new QStandardItem("2026-01-06"));
    CHECK(ChartExport::toCsv(model)
        == QStringLiteral("Date,Load (kg),Change\r\n"
                          "2026-01-05,12.5,\"Load up: 12 kg \u2192 14 kg; \"\"clean\"\", finally\"\r\n"
                          "2026-01-06,,\r\n"));
}

TEST_CASE("a chart's table is written as UTF-8 CSV and its picture as PNG")
{
    TempDir folder;
    keel::gui::SeriesTableModel model;
    model.setChart(sampleBucketChart());
    const QString csvPath = QString::fromStdString((folder / "sets.csv").string());
    QString error;
    REQUIRE(ChartExport::writeCsv(model, csvPath, &error));
    const std::string csv = readFile(folder / "sets.csv");
    CHECK(csv.rfind("Week of,Hip hinge (sets),Squat (sets),Planned (sets)\r\n", 0) == 0);
    CHECK(csv.find("2025-12-15,0,0,18\r\n") != std::string::npos);

    QImage image(120, 80, QImage::Format_ARGB32);
    image.fill(Qt::darkCyan);
    const QString pngPath = QString::fromStdString((folder / "sets.png").string());
    REQUIRE(ChartExport::writePng(image, pngPath, &error));
    const QImage back(pngPath);
    CHECK(back.size() == QSize(120, 80));
    CHECK(back.pixelColor(10, 10) == QColor(Qt::darkCyan));
}

TEST_CASE("export failures name the file and write nothing")
{
    TempDir folder;
    keel::gui::SeriesTableModel model;
    const QString missing = QString::fromStdString((folder / "no-such-folder" / "table.csv").string());
    QString error;
    CHECK_FALSE(ChartExport::writeCsv(model, missing, &error));
    CHECK(error.contains(missing));
    error.clear();
    CHECK_FALSE(ChartExport::writePng(QImage(), QString::fromStdString((folder / "empty.png").string()), &error));
    CHECK(error.contains(QStringLiteral("empty.png")));
    CHECK_FALSE(std::filesystem::exists(folder / "empty.png"));
}

TEST_CASE("Save picture and Save table start in the documents folder")
{
    QStandardItemModel model(1, 1);
    keel::gui::ChartPanel panel(QStringLiteral("Sets per pattern"), new QWidget, &model);
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    REQUIRE_FALSE(documents.isEmpty());
    CHECK(panel.suggestedPath(QStringLiteral("png")) == QDir(documents).filePath("keel-sets-per-pattern.png"));
    CHECK(panel.suggestedPath(QStringLiteral("csv")) == QDir(documents).filePath("keel-sets-per-pattern.csv"));
}
