// SPDX-License-Identifier: GPL-3.0-or-later
// In German the Progress pane reads in German: what the core's report put in English into a
// chart (titles, series, units, axis titles, notes, empty messages, what a marker changed) is
// nowhere on the pane as it was, and a note's values are written the German way.
#include "core/model/phrasecode.h"
#include "gui/logbook.h"
#include "gui/progress/chartpanel.h"
#include "gui/progress/chartview.h"
#include "gui/progress/heatmapwidget.h"
#include "gui/progress/progresspane.h"
#include "support/guitestsupport.h"
#include "support/tempdir.h"

#include "progresshistory.h"

#include <QAbstractItemModel>
#include <QChartView>
#include <QComboBox>
#include <QLocale>
#include <QTabWidget>
#include <QTableView>
#include <QtCharts>

#include <algorithm>
#include <catch2/catch.hpp>

using keel::gui::ChartView;
using keel::gui::HeatMapWidget;
using keel::gui::ProgressPane;
using namespace keel;
using namespace keel::test;

namespace {

const QStringList kCharts = {"exercise", "volume", "walking", "mobility", "pain"};

ChartView* viewOf(ProgressPane& pane, const QString& id)
{
    auto* view = qobject_cast<ChartView*>(pane.panel(id)->view());
    REQUIRE(view);
    return view;
}

void showTab(ProgressPane& pane, const QString& id)
{
    auto* tabs = pane.findChild<QTabWidget*>();
    REQUIRE(tabs);
    tabs->setCurrentWidget(pane.panel(id));
    QCoreApplication::processEvents();
}

// The English the core wrote into `chart` for people to read. Exercise names are the catalog's
// and short marks ("kg", "s", "/10") read the same in German, so neither is evidence.
QStringList englishOf(const core::ProgressChart& chart)
{
    QStringList english;
    const auto add = [&](const std::string& text) { english << QString::fromStdString(text); };
    if (chart.id != "exercise")
        add(chart.title);
    add(chart.leftTitle);
    for (const std::string& part : chart.rightTitles)
        add(part);
    for (const core::ChartSeries& series : chart.series) {
        add(series.name);
        add(series.unit);
        add(series.labelTitle);
    }
    for (const core::ChartGuide& guide : chart.guides)
        add(guide.label);
    for (const core::ChartBand& band : chart.bands)
        add(band.label);
    add(chart.emptyMessage);
    for (const core::Reason& note : chart.notes)
        add(note.text());
    for (const core::ChartMarker& marker : chart.markers) {
        add(marker.label.text());
        // The title of the change alone ("Stepped back"), without the engine's from and to.
        const core::Phrase& change = marker.label.phrases().front();
        if (!change.args.empty() && change.args.front().kind == core::ReasonArg::Kind::Nested)
            add(std::string(core::phraseTemplate(change.args.front().nested.front().code)));
    }
    english.removeAll(QString());
    english.erase(std::remove_if(english.begin(), english.end(), [](const QString& text) { return text.size() < 4; }),
        english.end());
    english.removeDuplicates();
    return english;
}

// Everything the chart view shows in words: its title, legend, axis titles, or its empty message.
QStringList shownBy(ChartView& view)
{
    QStringList shown {view.accessibleName(), view.emptyText()};
    if (auto* chartView = view.findChild<QChartView*>()) {
        shown << chartView->accessibleName();
        for (QAbstractSeries* series : chartView->chart()->series()) {
            shown << series->name();
            if (auto* bars = qobject_cast<QAbstractBarSeries*>(series)) {
                for (QBarSet* set : bars->barSets())
                    shown << set->label();
            }
        }
        for (QAbstractAxis* axis : chartView->chart()->axes())
            shown << axis->titleText();
    }
    return shown;
}

QStringList headersOf(QAbstractItemModel* model)
{
    QStringList headers;
    for (int column = 0; column < model->columnCount(); ++column)
        headers << model->headerData(column, Qt::Horizontal).toString();
    return headers;
}

QStringList englishLeft(const QStringList& shown, const QStringList& english)
{
    QStringList left;
    for (const QString& text : shown) {
        for (const QString& source : english) {
            if (text.contains(source))
                left << source + QStringLiteral(" in \"") + text + QLatin1Char('"');
        }
    }
    return left;
}

} // namespace

TEST_CASE("in German the Progress pane shows none of the report's English", "[language]")
{
    const InLanguage german(QStringLiteral("de"));
    TempDir folder;
    // The catalog in the app's language, as the app loads it.
    auto logbook = openLogbook(folder / "keel.db", "de");
    writeProgressHistory(logbook->database(), testToday(), 16, 7);
    ProgressPane pane(*logbook);
    pane.resize(1100, 700);
    showAndWait(&pane);

    // The exercise tab twice: a pattern's ladder, then one exercise with its load and its markers.
    auto* picker = pane.panel(QStringLiteral("exercise"))->findChild<QComboBox*>();
    REQUIRE(picker);
    const int deadlift = picker->findData(QStringLiteral("exercise:kettlebell-deadlift"));
    REQUIRE(deadlift >= 0);
    int markers = 0;
    int visited = 0;
    QStringList changes;
    for (const QString& id : kCharts + QStringList {QStringLiteral("exercise")}) {
        INFO(id.toStdString());
        showTab(pane, id);
        ChartView* view = viewOf(pane, id);
        if (id == QStringLiteral("exercise") && view->chart().id == "pattern" && visited > 0) {
            picker->setCurrentIndex(deadlift);
            emit picker->activated(deadlift);
            REQUIRE(view->chart().id == "exercise");
        }
        const QStringList english = englishOf(view->chart());
        REQUIRE_FALSE(english.isEmpty());
        QStringList shown = shownBy(*view);
        shown << headersOf(pane.panel(id)->table()->model()) << pane.panel(id)->notesText();
        for (const core::ChartMarker& marker : view->chart().markers) {
            // The tooltip's first line is the change; the reason under it is the test history's
            // own English (written verbatim by progresshistory), which ReasonWords shows as it is.
            shown << view->markerToolTip(marker.date).section(QLatin1Char('\n'), 0, 0);
            changes << shown.back();
            ++markers;
        }
        INFO(englishLeft(shown, english).join(QLatin1Char('\n')).toStdString());
        CHECK(englishLeft(shown, english).isEmpty());
        ++visited;
    }
    // The history has a ladder move and a step back: the tooltips above were really read.
    CHECK(markers > 0);
    // Where a change went from and to names the exercise in German, its load the German way.
    INFO(changes.join(QLatin1Char('\n')).toStdString());
    CHECK(changes.join(QLatin1Char('\n')).contains(QStringLiteral("Leichtes Kreuzheben mit Kettlebell mit ")));
}

TEST_CASE("in German a note writes its values the German way", "[language]")
{
    const InLanguage german(QStringLiteral("de"));
    TempDir folder;
    auto logbook = openLogbook(folder / "keel.db");
    writeProgressHistory(logbook->database(), testToday(), 16, 7);
    ProgressPane pane(*logbook);
    showAndWait(&pane);
    showTab(pane, QStringLiteral("walking"));

    const core::ProgressChart& chart = viewOf(pane, QStringLiteral("walking"))->chart();
    REQUIRE(chart.notes.size() == 1);
    const core::Phrase& longest = chart.notes.front().phrases().front();
    REQUIRE(longest.code == core::PhraseCode::LongestWalkOn);
    const QDate date = QDate(longest.args[1].date->year(), longest.args[1].date->month(), longest.args[1].date->day());
    const QString expected = QStringLiteral("Längster Spaziergang: %1 min am %2.")
                                 .arg(QLocale().toString(static_cast<int>(longest.args[0].number)),
                                     QLocale().toString(date, QLocale::ShortFormat));
    CHECK(pane.panel(QStringLiteral("walking"))->notesText() == expected);
    // A German date, day first with dots: not the ISO date keel-cli writes.
    CHECK(expected.contains(date.toString(QStringLiteral("dd.MM."))));
    CHECK_FALSE(expected.contains(QString::fromStdString(longest.args[1].date->toString())));
}

TEST_CASE("in German the empty states say what to log in German", "[language]")
{
    const InLanguage german(QStringLiteral("de"));
    TempDir folder;
    auto logbook = openLogbook(folder / "keel.db");
    ProgressPane pane(*logbook);
    showAndWait(&pane);

    for (const QString& id : kCharts) {
        INFO(id.toStdString());
        showTab(pane, id);
        ChartView* view = viewOf(pane, id);
        REQUIRE(view->showsEmptyState());
        const std::string& english = view->chart().emptyMessage;
        REQUIRE_FALSE(english.empty());
        CHECK(view->emptyText() != QString::fromStdString(english));
        CHECK(view->emptyText().contains(QStringLiteral("Sie")));
    }
    auto* heatMap = qobject_cast<HeatMapWidget*>(pane.panel(QStringLiteral("consistency"))->view());
    REQUIRE(heatMap);
    REQUIRE_FALSE(heatMap->report().emptyMessage.empty());
    CHECK(heatMap->accessibleDescription().contains(QStringLiteral("Sie")));
    CHECK_FALSE(heatMap->accessibleDescription().contains(QString::fromStdString(heatMap->report().emptyMessage)));
}
