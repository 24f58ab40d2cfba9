// SPDX-License-Identifier: GPL-3.0-or-later
// File → Import…, Export… and the printable week: the preview shows what the core read, a mapped
// name goes to its exercise, the import is one undo step that takes back exactly what it added,
// a broken file says where and writes nothing, and the exports and the PDF are whole files.
#include "core/store/database.h"
#include "core/store/importrepository.h"
#include "core/store/logrepository.h"
#include "core/store/planrepository.h"
#include "gui/commands/importcommand.h"
#include "gui/exchange/exchangeactions.h"
#include "gui/exchange/importdialog.h"
#include "gui/exchange/weekprint.h"
#include "gui/history/historymodel.h"
#include "gui/logbook.h"
#include "gui/progress/chartpanel.h"
#include "gui/progress/chartview.h"
#include "gui/progress/progresspane.h"
#include "support/guitestsupport.h"
#include "support/tempdir.h"

#include "importdialogsupport.h"
#include "testpaths.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableWidget>
#include <QUndoStack>

#include <catch2/catch.hpp>

using namespace keel;
using gui::ImportDialog;
using test::fixture;
using test::openDialog;

namespace {

std::vector<core::LoggedSet> allSets(gui::Logbook& logbook)
{
    return core::LogRepository(logbook.database())
        .sets(core::Date::fromYmd(core::LogLimits::kMinYear, 1, 1),
            core::Date::fromYmd(core::LogLimits::kMaxYear, 12, 31));
}

QByteArray readAll(const QString& path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

} // namespace

TEST_CASE("the import preview shows counts, dates, unmatched names, skipped rows and asks the unit")
{
    test::TempDir dir;
    auto logbook = test::openLogbook(dir / "keel.db");
    logbook->setProfile(test::sampleProfile()); // kilograms: the guess for Strong's unitless weights
    auto dialog = openDialog(*logbook, fixture("strong-comma.csv"));
    test::showAndWait(dialog.get());

    REQUIRE(dialog->errorText().isEmpty());
    REQUIRE(dialog->canImport());
    const auto* format = dialog->findChild<QComboBox*>(QStringLiteral("formatComboBox"));
    CHECK(format->currentText() == QStringLiteral("Strong"));
    const QString summary = dialog->findChild<QLabel*>(QStringLiteral("summaryLabel"))->text();
    CHECK(summary.contains(QStringLiteral("2 workouts, 8 sets (1 warm-up), 0 walks")));
    CHECK(summary.contains(QStringLiteral("does not say which unit")));
    auto* units = dialog->findChild<QComboBox*>(QStringLiteral("unitsComboBox"));
    CHECK(units->isVisible());
    CHECK(dialog->assumedUnits() == core::Units::Kg);

    auto* names = dialog->findChild<QTableWidget*>(QStringLiteral("namesTable"));
    REQUIRE(names->rowCount() == 2);
    // A timed farmer's walk does not fit Keel's carry (metres): kept apart, and the tooltip says why.
    CHECK(names->item(0, 0)->text() == QStringLiteral("Farmer's Walk"));
    CHECK(names->item(0, 0)->toolTip().contains(QStringLiteral("metres missing")));
    CHECK(names->item(1, 0)->text() == QStringLiteral("Squat (Barbell)"));
    CHECK(names->item(1, 1)->text() == QStringLiteral("1"));
    CHECK(names->item(1, 0)->toolTip().isEmpty());
    const auto* skipped = dialog->findChild<QListWidget*>(QStringLiteral("skippedList"));
    REQUIRE(skipped->count() == 3);
    CHECK(skipped->item(0)->text().startsWith(QStringLiteral("line 8: set order")));

    // The deadlift warm-up is 40 in the file: 40 kg as guessed, 40 lb once the unit is changed.
    auto warmUpLoad = [&] {
        for (const core::ImportedSet& row : dialog->plan().batch.sets) {
            if (row.set.warmUp)
                return row.set.loadKg.value_or(0.0);
        }
        return 0.0;
    };
    CHECK(warmUpLoad() == Approx(40.0));
    units->setCurrentIndex(units->findData(static_cast<int>(core::Units::Lb)));
    CHECK(dialog->assumedUnits() == core::Units::Lb);
    CHECK(warmUpLoad() == Approx(40.0 * 0.45359237));
    CHECK(dialog->findChild<QLabel*>(QStringLiteral("summaryLabel"))->text().contains(QStringLiteral("pounds")));
    CHECK(allSets(*logbook).empty()); // a preview writes nothing
}

TEST_CASE("an import maps a chosen name, is one undo step, and a second import adds nothing")
{
    test::TempDir dir;
    auto logbook = test::openLogbook(dir / "keel.db");
    auto dialog = openDialog(*logbook, fixture("strong-comma.csv"));
    auto* names = dialog->findChild<QTableWidget*>(QStringLiteral("namesTable"));
    auto* mapping = qobject_cast<QComboBox*>(names->cellWidget(1, 2));
    REQUIRE(mapping);
    CHECK(mapping->currentText() == QStringLiteral("Keep as “Squat (Barbell)”"));
    const int goblet = mapping->findData(QStringLiteral("goblet-squat"));
    REQUIRE(goblet > 0);
    mapping->setCurrentIndex(goblet);
    CHECK(dialog->chosenMappings() == std::map<std::string, std::string> {{"squat barbell", "goblet-squat"}});
    const core::ImportPlan plan = dialog->plan();
    CHECK(plan.batch.exercises == std::vector<core::ImportedExercise> {{"imported:farmers-walk", "Farmer's Walk"}});

    QUndoStack* stack = logbook->undoStack();
    auto* command
        = new gui::ImportCommand(*logbook, plan.batch, dialog->chosenMappings(), QStringLiteral("strong.csv"));
    stack->push(command);
    REQUIRE(stack->count() == 1);
    REQUIRE(command->outcome());
    CHECK(command->outcome()->setsAdded == 8);
    auto sets = allSets(*logbook);
    REQUIRE(sets.size() == 8);
    CHECK(std::count_if(sets.begin(), sets.end(), [](const auto& set) { return set.warmUp; }) == 1);
    CHECK(std::count_if(sets.begin(), sets.end(), [](const auto& set) {
        return set.exerciseId.starts_with("imported:");
    }) == 1); // the farmer's walk
    CHECK(core::ImportRepository(logbook->database()).mappings().at("squat barbell") == "goblet-squat");

    // Something logged by hand before the undo stays; the import's rows and mapping go.
    core::LoggedSet own;
    own.date = test::testToday();
    own.exerciseId = "goblet-squat";
    own.reps = 10;
    core::LogRepository(logbook->database()).addSet(own);
    stack->undo();
    sets = allSets(*logbook);
    REQUIRE(sets.size() == 1);
    CHECK(sets[0].date == test::testToday());
    CHECK(core::ImportRepository(logbook->database()).mappings().empty());
    stack->redo();
    CHECK(allSets(*logbook).size() == 9);

    // The same file again: every row is already there; the remembered mapping is applied.
    auto again = openDialog(*logbook, fixture("strong-comma.csv"));
    CHECK(again->findChild<QTableWidget*>(QStringLiteral("namesTable"))->rowCount() == 1); // the farmer's walk
    auto* second = new gui::ImportCommand(*logbook, again->plan().batch, {}, QStringLiteral("strong.csv"));
    stack->push(second);
    REQUIRE(second->outcome());
    CHECK(second->outcome()->setsAdded == 0);
    CHECK(second->outcome()->setsAlreadyThere == 8);
    stack->undo();
    CHECK(allSets(*logbook).size() == 9);
}

TEST_CASE("a kept name shows in History under that name, and warm-ups are marked")
{
    test::TempDir dir;
    auto logbook = test::openLogbook(dir / "keel.db");
    auto dialog = openDialog(*logbook, fixture("strong-comma.csv"));
    logbook->undoStack()->push(
        new gui::ImportCommand(*logbook, dialog->plan().batch, dialog->chosenMappings(), QStringLiteral("strong.csv")));
    CHECK(logbook->exerciseName("imported:squat-barbell") == QStringLiteral("Squat (Barbell)"));

    gui::HistoryModel model(*logbook);
    model.setRange(core::Date::fromYmd(2026, 3, 1), core::Date::fromYmd(2026, 3, 31));
    QStringList activities;
    for (int row = 0; row < model.rowCount(); ++row)
        activities << model.index(row, gui::HistoryModel::ActivityColumn).data().toString();
    INFO(activities.join(QStringLiteral(" | ")).toStdString());
    CHECK(activities.contains(QStringLiteral("Squat (Barbell)")));
    CHECK_FALSE(activities.join(QStringLiteral(" ")).contains(QStringLiteral("imported:")));
    CHECK(activities.filter(QStringLiteral("(warm-up)")).size() == 1);
}

TEST_CASE("a kept name can be charted in Progress under that name")
{
    test::TempDir dir;
    auto logbook = test::openLogbook(dir / "keel.db");
    auto dialog = openDialog(*logbook, fixture("strong-comma.csv"));
    logbook->undoStack()->push(
        new gui::ImportCommand(*logbook, dialog->plan().batch, dialog->chosenMappings(), QStringLiteral("strong.csv")));

    gui::ProgressPane pane(*logbook);
    pane.setRange(core::ProgressRange::All);
    test::showAndWait(&pane);
    auto* subject = pane.panel(QStringLiteral("exercise"))->findChild<QComboBox*>();
    REQUIRE(subject);
    const int index = subject->findText(QStringLiteral("Squat (Barbell) (imported)"));
    REQUIRE(index >= 0);
    subject->setCurrentIndex(index);
    emit subject->activated(index);
    auto* view = qobject_cast<gui::ChartView*>(pane.panel(QStringLiteral("exercise"))->view());
    REQUIRE(view);
    CHECK(view->chart().title == "Squat (Barbell)");
    CHECK_FALSE(view->chart().series.empty());
}

TEST_CASE("a broken file shows file:line: reason and cannot be imported")
{
    test::TempDir dir;
    auto logbook = test::openLogbook(dir / "keel.db");
    const QString path = fixture("broken-delimiter.csv");
    auto dialog = openDialog(*logbook, path);
    CHECK(dialog->errorText()
        == path
            + QStringLiteral(":2: 1 fields where the header has 12 (is the file cut short, or written with another "
                             "delimiter?)"));
    CHECK_FALSE(dialog->canImport());
    CHECK_FALSE(dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->isEnabled());
    CHECK(dialog->findChild<QLabel*>(QStringLiteral("errorLabel"))->text() == dialog->errorText());

    const QString unknown = fixture("broken-unknown.csv");
    auto refused = openDialog(*logbook, unknown);
    CHECK(refused->errorText().startsWith(unknown + QStringLiteral(":1: not a format Keel can import")));
    CHECK_FALSE(refused->canImport());
    CHECK(allSets(*logbook).empty());
}

TEST_CASE("File → Export writes the logbook as csv, json and ics, suggested in the documents folder")
{
    test::TempDir dir;
    auto logbook = test::openLogbook(dir / "keel.db");
    logbook->planFirstWeeks(test::sampleProfile(), 2);
    core::LoggedSet set;
    set.date = test::testToday();
    set.exerciseId = "goblet-squat";
    set.reps = 10;
    set.note = "=cmd";
    core::LogRepository(logbook->database()).addSet(set);

    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    CHECK(gui::LogbookFiles::suggestedPath(*logbook, gui::ExportKind::Csv).startsWith(documents));
    CHECK(gui::LogbookFiles::kindOf(QStringLiteral("a/b.ICS")) == gui::ExportKind::Ics);
    CHECK_FALSE(gui::LogbookFiles::kindOf(QStringLiteral("a/b.txt")));

    QString error;
    const QString csv = QString::fromStdString((dir / "log.csv").string());
    REQUIRE(gui::LogbookFiles::write(*logbook, gui::ExportKind::Csv, csv, &error));
    const QByteArray csvBytes = readAll(csv);
    CHECK(csvBytes.startsWith("\xEF\xBB\xBF"));
    CHECK(csvBytes.contains("Goblet squat"));
    CHECK(csvBytes.contains("'=cmd"));

    const QString json = QString::fromStdString((dir / "backup.json").string());
    REQUIRE(gui::LogbookFiles::write(*logbook, gui::ExportKind::Json, json, &error));
    CHECK(readAll(json).contains("\"keel-backup\""));

    const QString ics = QString::fromStdString((dir / "plan.ics").string());
    QString note;
    REQUIRE(gui::LogbookFiles::write(*logbook, gui::ExportKind::Ics, ics, &error, &note));
    CHECK(note.isEmpty());
    const QByteArray calendar = readAll(ics);
    CHECK(calendar.startsWith("BEGIN:VCALENDAR\r\n"));
    CHECK(calendar.contains(("@" + logbook->database().databaseId() + ".keel.plan").c_str()));

    CHECK_FALSE(gui::LogbookFiles::write(
        *logbook, gui::ExportKind::Csv, QString::fromStdString((dir / "missing" / "x.csv").string()), &error));
    CHECK(error.contains(QStringLiteral("missing")));
}

TEST_CASE("Export week as PDF writes one valid page with the week's exercises")
{
    test::TempDir dir;
    auto logbook = test::openLogbook(dir / "keel.db");
    logbook->planFirstWeeks(test::sampleProfile(), 1);
    const core::Date weekStart = gui::WeekPrint::currentWeekStart(*logbook);
    CHECK(weekStart <= test::testToday());
    const QString html = gui::WeekPrint::html(*logbook, weekStart);
    // Every planned item of the week is on the page, by name, with a box to tick.
    const auto week = core::PlanRepository(logbook->database()).weeks(weekStart, weekStart.addDays(6));
    REQUIRE(week.size() == 1);
    int items = 0;
    for (const core::PlannedSession& planned : week.front().sessions) {
        for (const core::PlannedItem& item : planned.items) {
            CHECK(html.contains(logbook->exerciseName(item.exerciseId).toHtmlEscaped()));
            ++items;
        }
    }
    REQUIRE(items > 0);
    CHECK(html.count(QChar(0x25A1)) >= items);

    const QString path = QString::fromStdString((dir / "week.pdf").string());
    QString error;
    REQUIRE(gui::WeekPrint::writePdf(*logbook, weekStart, path, &error));
    const QByteArray pdf = readAll(path);
    CHECK(pdf.startsWith("%PDF-1."));
    CHECK(pdf.trimmed().endsWith("%%EOF"));
    CHECK(pdf.size() > 4000);
    // One page: a single page object ("/Type /Page" not followed by "s").
    int pages = 0;
    for (qsizetype at = pdf.indexOf("/Type /Page"); at >= 0; at = pdf.indexOf("/Type /Page", at + 1)) {
        if (pdf.mid(at + 11, 1) != "s")
            ++pages;
    }
    CHECK(pages == 1);
    CHECK(pdf.contains("/Title"));
}

// Hidden from normal runs: test_gui_exchange "[.screenshots]" with KEEL_SCREENSHOT_DIR set renders
// the import preview (a Strong file with a name to map, and a broken file) for a person to look at.
TEST_CASE("import preview screenshot", "[.screenshots]")
{
    test::TempDir dir;
    auto logbook = test::openLogbook(dir / "keel.db");
    for (const char* name : {"strong-comma.csv", "broken-delimiter.csv"}) {
        auto dialog = openDialog(*logbook, fixture(name));
        test::showAndWait(dialog.get());
        const QString folder = qEnvironmentVariable("KEEL_SCREENSHOT_DIR", QDir::tempPath());
        const QString file
            = QDir(folder).filePath(QStringLiteral("import-preview-%1.png").arg(QFileInfo(name).baseName()));
        CHECK(dialog->grab().save(file));
    }
}
