// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/store/logrepository.h"
#include "gui/common/accessibility.h"
#include "gui/common/palettecolors.h"
#include "gui/logbook.h"
#include "gui/progress/chartpalette.h"
#include "gui/progress/chartpanel.h"
#include "gui/progress/chartview.h"
#include "gui/progress/heatmapwidget.h"
#include "gui/progress/progresspane.h"
#include "support/guitestsupport.h"
#include "support/tempdir.h"

#include "chartsamples.h"
#include "progresshistory.h"

#include <QApplication>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QScrollBar>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QToolButton>

#include <algorithm>
#include <catch2/catch.hpp>

using keel::core::ProgressRange;
using keel::gui::ChartPalette;
using keel::gui::ChartView;
using keel::gui::HeatMapWidget;
using keel::gui::ProgressPane;
using namespace keel::test;

namespace {

const QStringList kCharts = {"exercise", "volume", "walking", "mobility", "pain"};

/// Shows each tab in turn (as a person would) and returns its picture.
QImage showTab(ProgressPane& pane, const QString& id)
{
    auto* tabs = pane.findChild<QTabWidget*>();
    REQUIRE(tabs);
    tabs->setCurrentWidget(pane.panel(id));
    QCoreApplication::processEvents();
    return pane.panel(id)->chartImage();
}

} // namespace

TEST_CASE("with a few months of history every chart of the pane draws and its table has the numbers")
{
    TempDir folder;
    auto logbook = openLogbook(folder / "keel.db");
    writeProgressHistory(logbook->database(), testToday(), 16, 7);
    ProgressPane pane(*logbook);
    pane.resize(1100, 700);
    showAndWait(&pane);

    for (const QString& id : kCharts) {
        INFO(id.toStdString());
        auto* view = qobject_cast<ChartView*>(pane.panel(id)->view());
        REQUIRE(view);
        const QImage image = showTab(pane, id);
        CHECK_FALSE(view->showsEmptyState());
        const ChartPalette colors = ChartPalette::fromPalette(view->palette());
        CHECK(pixelsOff(image, colors.background()) > image.width() * image.height() / 40);
        CHECK(pane.panel(id)->table()->model()->rowCount() > 1);
    }
    auto* heatMap = qobject_cast<HeatMapWidget*>(pane.panel("consistency")->view());
    REQUIRE(heatMap);
    const QImage heat = showTab(pane, "consistency");
    CHECK_FALSE(heatMap->showsEmptyState());
    CHECK(pixelsNear(heat, ChartPalette::fromPalette(heatMap->palette()).accent(), 10) > 500);
    // Every strength session since the week after the flare-up: four weeks, this one still open.
    CHECK(heatMap->report().currentStreak == 4);
    CHECK(pane.panel("consistency")->table()->model()->rowCount() == 13); // the default three months
    CHECK(pane.panel("walking")->notesText().startsWith("Longest walk:"));
    CHECK(keel::gui::Accessibility::unnamedControls(&pane).isEmpty());
}

TEST_CASE("the range selector changes how many weeks the tables list")
{
    TempDir folder;
    auto logbook = openLogbook(folder / "keel.db");
    writeProgressHistory(logbook->database(), testToday(), 16, 7);
    ProgressPane pane(*logbook);
    showAndWait(&pane);
    const auto weeks = [&] { return pane.panel("volume")->table()->model()->rowCount(); };
    CHECK(pane.range() == ProgressRange::ThreeMonths);
    CHECK(weeks() == 13);
    pane.setRange(ProgressRange::FourWeeks);
    CHECK(weeks() == 4);
    pane.setRange(ProgressRange::OneYear);
    CHECK(weeks() == 52);
    pane.setRange(ProgressRange::All);
    CHECK(weeks() == 16);
}

TEST_CASE("the consistency tab follows the range selector")
{
    TempDir folder;
    auto logbook = openLogbook(folder / "keel.db");
    writeProgressHistory(logbook->database(), testToday(), 16, 7);
    ProgressPane pane(*logbook);
    pane.resize(1100, 700);
    showAndWait(&pane);
    showTab(pane, "consistency");
    auto* heatMap = qobject_cast<HeatMapWidget*>(pane.panel("consistency")->view());
    REQUIRE(heatMap);
    auto* streaks = pane.panel("consistency")->findChild<QLabel*>(QStringLiteral("streaks"));
    REQUIRE(streaks);
    const auto rows = [&] { return pane.panel("consistency")->table()->model()->rowCount(); };
    CHECK(rows() == 13);
    CHECK(heatMap->report().weeks.size() == 13);
    CHECK(heatMap->shownWeeks() == 13);

    // The three weeks before this open one were kept: the streak fills the range and may be longer.
    pane.setRange(ProgressRange::FourWeeks);
    CHECK(rows() == 4);
    CHECK(heatMap->report().weeks.size() == 4);
    CHECK(heatMap->report().weeks.front().weekStart == testToday().startOfWeek().addDays(-21));
    CHECK(heatMap->report().currentStreak == 3);
    CHECK(streaks->text().contains(QStringLiteral("at least 3 weeks")));

    pane.setRange(ProgressRange::OneYear);
    CHECK(rows() == 52);
    CHECK(heatMap->shownWeeks() == 52);
    CHECK(heatMap->report().currentStreak == 4);
    CHECK_FALSE(streaks->text().contains(QStringLiteral("at least")));

    pane.setRange(ProgressRange::All);
    CHECK(rows() == 16);
}

TEST_CASE("the exercise chart follows the picker: a pattern's rungs or one exercise's load")
{
    TempDir folder;
    auto logbook = openLogbook(folder / "keel.db");
    writeProgressHistory(logbook->database(), testToday(), 16, 7);
    ProgressPane pane(*logbook);
    showAndWait(&pane);
    auto* picker = pane.panel("exercise")->findChild<QComboBox*>();
    REQUIRE(picker);
    auto* view = qobject_cast<ChartView*>(pane.panel("exercise")->view());
    CHECK(view->chart().id == "pattern");
    CHECK(view->chart().title == "Hip hinge");

    const int index = picker->findData(QStringLiteral("exercise:kettlebell-deadlift"));
    REQUIRE(index >= 0);
    picker->setCurrentIndex(index);
    emit picker->activated(index);
    CHECK(view->chart().id == "exercise");
    CHECK(view->chart().title == logbook->catalog().find("kettlebell-deadlift")->name);
    CHECK(view->chart().findSeries("load"));
    const auto& markers = view->chart().markers;
    const auto stepBack = std::find_if(markers.begin(), markers.end(),
        [](const keel::core::ChartMarker& marker) { return marker.kind == keel::core::MarkerKind::StepBack; });
    REQUIRE(stepBack != markers.end());
    CHECK(view->markerToolTip(stepBack->date).contains(QStringLiteral("pain 6/10")));
}

TEST_CASE("a new log entry refreshes the visible pane")
{
    TempDir folder;
    auto logbook = openLogbook(folder / "keel.db");
    writeProgressHistory(logbook->database(), testToday(), 6, 3);
    ProgressPane pane(*logbook);
    showAndWait(&pane);
    pane.setRange(ProgressRange::FourWeeks);
    auto* walking = pane.panel("walking")->table()->model();
    const int last = walking->rowCount() - 1;
    const int before = walking->data(walking->index(last, 1)).toInt();

    keel::core::WalkEntry walk;
    walk.date = testToday();
    walk.minutes = 60;
    keel::core::LogRepository(logbook->database()).addWalk(walk);
    logbook->notifyLogChanged();
    CHECK(QTest::qWaitFor([&] { return walking->data(walking->index(last, 1)).toInt() != before; }, 2000));
    CHECK(walking->data(walking->index(last, 1)).toInt() == before + 60);
}

TEST_CASE("an empty log shows every chart's empty state")
{
    TempDir folder;
    auto logbook = openLogbook(folder / "keel.db");
    ProgressPane pane(*logbook);
    showAndWait(&pane);
    for (const QString& id : kCharts) {
        INFO(id.toStdString());
        auto* view = qobject_cast<ChartView*>(pane.panel(id)->view());
        showTab(pane, id);
        CHECK(view->showsEmptyState());
        CHECK_FALSE(view->emptyText().isEmpty());
    }
    CHECK(qobject_cast<HeatMapWidget*>(pane.panel("consistency")->view())->showsEmptyState());
    // Missing weeks are rows of zeros, not absent.
    CHECK(pane.panel("volume")->table()->model()->rowCount() == 13);
}

TEST_CASE("every table shows all its columns without a horizontal scroll bar at the default size")
{
    TempDir folder;
    auto logbook = openLogbook(folder / "keel.db");
    writeProgressHistory(logbook->database(), testToday(), 16, 7);
    ProgressPane pane(*logbook);
    // The pane's share of the main window at its default 1100 × 720.
    pane.resize(960, 660);
    showAndWait(&pane);
    const QStringList panels = QStringList(kCharts) << QStringLiteral("consistency");
    for (const QString& id : panels) {
        INFO(id.toStdString());
        showTab(pane, id);
        QTableView* table = pane.panel(id)->table();
        QHeaderView* header = table->horizontalHeader();
        CHECK_FALSE(table->horizontalScrollBar()->isVisible());
        int total = 0;
        for (int column = 0; column < header->count(); ++column) {
            CHECK(header->sectionSize(column) >= header->minimumSectionSize());
            total += header->sectionSize(column);
        }
        CHECK(total <= table->viewport()->width());
    }
}

TEST_CASE("the chosen range stands out in a dark palette")
{
    TempDir folder;
    auto logbook = openLogbook(folder / "keel.db");
    // As --palette dark and the Appearance setting do it: for the whole application, before the pane is made.
    const QPalette before = QApplication::palette();
    QApplication::setPalette(keel::gui::PaletteColors::darkPalette());
    struct Restore {
        QPalette palette;
        ~Restore() { QApplication::setPalette(palette); }
    } restore {before};
    ProgressPane pane(*logbook);
    showAndWait(&pane);
    const auto buttons = pane.findChildren<QToolButton*>();
    const auto chosen = std::find_if(buttons.begin(), buttons.end(), [](QToolButton* b) { return b->isChecked(); });
    const auto other = std::find_if(
        buttons.begin(), buttons.end(), [](QToolButton* b) { return b->isCheckable() && !b->isChecked(); });
    REQUIRE(chosen != buttons.end());
    REQUIRE(other != buttons.end());
    const QColor highlight = pane.palette().color(QPalette::Highlight);
    CHECK(pixelsNear((*chosen)->grab().toImage(), highlight, 16) > (*chosen)->width() * (*chosen)->height() / 2);
    CHECK(pixelsNear((*other)->grab().toImage(), highlight, 16) == 0);

    // Switching the look while the pane is open (Settings → Appearance) recolours the choice.
    QApplication::setPalette(before);
    QApplication::processEvents();
    const QColor light = pane.palette().color(QPalette::Highlight);
    CHECK(pixelsNear((*chosen)->grab().toImage(), light, 16) > (*chosen)->width() * (*chosen)->height() / 2);
}
