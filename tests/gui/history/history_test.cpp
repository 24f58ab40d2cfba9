// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/store/database.h"
#include "core/store/logrepository.h"
#include "core/store/profilerepository.h"
#include "core/util/units.h"
#include "gui/commands/deletelogentrycommand.h"
#include "gui/commands/editlogentrycommand.h"
#include "gui/commands/undopush.h"
#include "gui/common/accessibility.h"
#include "gui/common/labels.h"
#include "gui/history/historydaymodel.h"
#include "gui/history/historymodel.h"
#include "gui/history/historypane.h"
#include "gui/history/logentrydialog.h"
#include "gui/history/recordsmodel.h"
#include "gui/logbook.h"
#include "support/guitestsupport.h"
#include "support/tempdir.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCalendarWidget>
#include <QCheckBox>
#include <QDateEdit>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableView>
#include <QTest>
#include <QTextCharFormat>
#include <QTreeView>
#include <QUndoStack>

#include <catch2/catch.hpp>

using namespace keel;
using gui::HistoryModel;

namespace {

core::LoggedSet loggedSet(core::Date date, int reps, double kg)
{
    core::LoggedSet set;
    set.date = date;
    set.exerciseId = "goblet-squat";
    set.reps = reps;
    set.loadKg = kg;
    set.rpe = 7;
    set.pain = 1;
    return set;
}

struct Fixture {
    test::TempDir dir;
    std::unique_ptr<gui::Logbook> logbook = test::openLogbook(dir / "keel.db");
    core::LogRepository log {logbook->database()};

    Fixture()
    {
        core::Profile profile = test::sampleProfile();
        logbook->setProfile(profile);
    }
};

QStringList column(const HistoryModel& model, int column)
{
    QStringList values;
    for (int row = 0; row < model.rowCount(); ++row)
        values << model.index(row, column).data().toString();
    return values;
}

} // namespace

TEST_CASE("the history model lists sets, walks and check-ins, newest day first")
{
    Fixture f;
    const core::Date today = test::testToday();
    f.log.addSet(loggedSet(today.addDays(-1), 10, 12.0));
    const auto second = f.log.addSet(loggedSet(today, 8, 14.0));
    f.log.addWalk(core::WalkEntry {0, today, 25, 2100.0, 0, "park", std::nullopt});
    f.log.setCheckIn(core::CheckIn {today, 2});
    f.log.addSet(loggedSet(today.addDays(-40), 5, 10.0)); // another month

    HistoryModel model(*f.logbook);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setRange(today.addDays(-10), today);
    REQUIRE(model.rowCount() == 4);
    CHECK(column(model, HistoryModel::ActivityColumn)
        == QStringList {"Morning check-in", "Goblet squat", "Walk", "Goblet squat"});
    CHECK(model.index(1, HistoryModel::AmountColumn).data().toString() == "8 reps");
    CHECK(model.index(1, HistoryModel::LoadColumn).data().toString() == "14 kg");
    CHECK(model.index(2, HistoryModel::AmountColumn).data().toString() == "25 min, 2.1 km");
    CHECK(model.index(0, HistoryModel::PainColumn).data().toString() == "2");
    CHECK(model.rowOfSet(second) == 1);
    CHECK(model.firstRowOf(today.addDays(-1)) == 3);
    CHECK(model.datesWithEntries() == std::vector<core::Date> {today.addDays(-1), today});

    core::Profile pounds = *f.logbook->profile();
    pounds.units = core::Units::Lb;
    f.logbook->setProfile(pounds);
    model.reload();
    CHECK(model.index(1, HistoryModel::LoadColumn).data().toString() == "30.86 lb");
}

TEST_CASE("History shows logged sets; delete, undo and redo go through the store")
{
    Fixture f;
    const core::Date today = test::testToday();
    std::vector<std::int64_t> ids;
    for (int reps : {10, 9, 8})
        ids.push_back(f.log.addSet(loggedSet(today, reps, 12.0)));

    gui::HistoryPane pane(*f.logbook);
    test::showAndWait(&pane);
    HistoryModel& model = *pane.model();
    REQUIRE(model.rowCount() == 3);
    CHECK(pane.findChild<QCalendarWidget*>()->dateTextFormat(QDate(2026, 3, 11)).fontWeight() == QFont::Bold);

    // The calendar selected today, so the first of today's rows is selected; pick the last set.
    pane.table()->selectRow(model.rowOfSet(ids[2]));
    QApplication::setActiveWindow(&pane);
    REQUIRE(QTest::qWaitForWindowActive(&pane));
    pane.table()->setFocus();
    QTest::keyClick(pane.table(), Qt::Key_Delete);
    CHECK(model.rowCount() == 2);
    CHECK_FALSE(f.log.set(ids[2]));
    QUndoStack* stack = f.logbook->undoStack();
    REQUIRE(stack->canUndo());

    stack->undo();
    CHECK(model.rowCount() == 3);
    const auto restored = f.log.set(ids[2]);
    REQUIRE(restored);
    CHECK(restored->reps == 8);
    CHECK(restored->id == ids[2]);

    stack->redo();
    CHECK(model.rowCount() == 2);
    CHECK_FALSE(f.log.set(ids[2]));
    CHECK(model.rowOfSet(ids[0]) >= 0);
    CHECK(model.rowOfSet(ids[1]) >= 0);
}

TEST_CASE("an empty month says what to do instead of showing an empty table")
{
    Fixture f;
    gui::HistoryPane pane(*f.logbook);
    test::showAndWait(&pane);
    CHECK_FALSE(pane.table()->isVisible());
    auto* deleteButton = pane.findChild<QPushButton*>("deleteButton");
    REQUIRE(deleteButton);
    CHECK_FALSE(deleteButton->isEnabled());
    CHECK_FALSE(pane.deleteSelected());
}

TEST_CASE("editing a set is one undoable command and keeps kilograms exact in pounds")
{
    Fixture f;
    const core::Date today = test::testToday();
    const auto id = f.log.addSet(loggedSet(today, 10, 12.5));
    const core::LoggedSet before = *f.log.set(id);

    SECTION("the dialog returns the entry unchanged when nothing was touched")
    {
        gui::LogEntryDialog dialog(before, f.logbook->catalog(), gui::UnitFormat(core::Units::Lb), test::testToday());
        CHECK(std::get<core::LoggedSet>(dialog.entry()) == before);
        test::showAndWait(&dialog);
        CHECK(gui::Accessibility::unnamedControls(&dialog).isEmpty());
    }
    SECTION("changed numbers come back in canonical units")
    {
        gui::LogEntryDialog dialog(before, f.logbook->catalog(), gui::UnitFormat(core::Units::Lb), test::testToday());
        dialog.findChild<QSpinBox*>("repsSpinBox")->setValue(12);
        dialog.findChild<QDoubleSpinBox*>("loadSpinBox")->setValue(30.0);
        dialog.findChild<QSpinBox*>("painSpinBox")->setValue(-1); // "—": not recorded
        const auto after = std::get<core::LoggedSet>(dialog.entry());
        CHECK(after.reps == 12);
        CHECK(*after.loadKg == Approx(30.0 * core::LoadUnits::kKgPerLb));
        CHECK_FALSE(after.pain);

        f.logbook->undoStack()->push(new gui::EditLogEntryCommand(*f.logbook, before, after));
        CHECK(f.log.set(id)->reps == 12);
        f.logbook->undoStack()->undo();
        CHECK(*f.log.set(id) == before);
    }
    SECTION("a set with nothing done keeps the dialog open with its message")
    {
        gui::LogEntryDialog dialog(before, f.logbook->catalog(), gui::UnitFormat(core::Units::Kg), test::testToday());
        dialog.findChild<QSpinBox*>("repsSpinBox")->setValue(0);
        dialog.findChild<QSpinBox*>("secondsSpinBox")->setValue(0);
        dialog.findChild<QSpinBox*>("metersSpinBox")->setValue(0);
        dialog.show();
        dialog.accept();
        CHECK(dialog.isVisible());
        CHECK(dialog.findChild<QLabel*>("errorLabel")->text().contains(QStringLiteral("at least 1 rep")));
    }
    SECTION("seconds for a rep exercise, or a date after tomorrow, are refused with the field and value")
    {
        gui::LogEntryDialog dialog(before, f.logbook->catalog(), gui::UnitFormat(core::Units::Kg), test::testToday());
        dialog.findChild<QSpinBox*>("secondsSpinBox")->setValue(30);
        dialog.show();
        dialog.accept();
        CHECK(dialog.isVisible());
        CHECK(dialog.findChild<QLabel*>("errorLabel")->text()
            == QStringLiteral("seconds 30: Goblet squat is measured in reps, not seconds"));

        dialog.findChild<QSpinBox*>("secondsSpinBox")->setValue(0);
        dialog.findChild<QDateEdit*>("dateEdit")->setDate(gui::Labels::toQDate(today.addDays(2)));
        dialog.accept();
        CHECK(dialog.isVisible());
        CHECK(dialog.findChild<QLabel*>("errorLabel")
                  ->text()
                  .startsWith(
                      QStringLiteral("date %1: ")
                          .arg(QLocale().toString(gui::Labels::toQDate(today.addDays(2)), QLocale::ShortFormat))));

        dialog.findChild<QDateEdit*>("dateEdit")->setDate(gui::Labels::toQDate(today.addDays(1)));
        dialog.accept();
        CHECK_FALSE(dialog.isVisible());
    }
}

TEST_CASE("an undo the store refuses is reported and dropped from the stack")
{
    Fixture f;
    QSignalSpy errors(f.logbook.get(), &gui::Logbook::errorOccurred);
    QSignalSpy saved(f.logbook.get(), &gui::Logbook::saved);
    const auto id = f.log.addSet(loggedSet(test::testToday(), 5, 10.0));
    const core::LoggedSet row = *f.log.set(id);
    QUndoStack* stack = f.logbook->undoStack();
    stack->push(new gui::DeleteLogEntryCommand(*f.logbook, row));
    REQUIRE(stack->count() == 1);
    CHECK(saved.count() == 1);

    // Someone put the row back behind the app's back: undoing the delete now collides with it.
    f.log.restoreSet(row);
    stack->undo();
    // The window hears of it after the stack has finished, so no dialog opens inside undo().
    CHECK(errors.count() == 0);
    QCoreApplication::processEvents();
    REQUIRE(errors.count() == 1);
    CHECK(errors.front().at(0).toString().contains("Goblet squat"));
    CHECK(stack->count() == 0);
    CHECK(f.log.set(id) == row);
}

TEST_CASE("a pushed edit the store refuses goes back to the pane that pushed it, once")
{
    Fixture f;
    QSignalSpy errors(f.logbook.get(), &gui::Logbook::errorOccurred);
    const auto id = f.log.addSet(loggedSet(test::testToday(), 5, 10.0));
    const core::LoggedSet row = *f.log.set(id);
    f.log.removeSet(id); // gone behind the app's back: the edit has nothing left to change

    core::LoggedSet changed = row;
    changed.reps = 6;
    QString error;
    const bool stored = gui::UndoPush::push(*f.logbook, new gui::EditLogEntryCommand(*f.logbook, row, changed), &error);
    CHECK_FALSE(stored);
    CHECK_FALSE(error.isEmpty());
    CHECK(f.logbook->undoStack()->count() == 0);
    QCoreApplication::processEvents();
    CHECK(errors.count() == 0); // the pane shows it; the window does not show it again
}

TEST_CASE("the month's summary counts in words that agree with the numbers", "[plural]")
{
    Fixture f;
    const core::Date today = test::testToday();
    f.log.addSet(loggedSet(today, 10, 12.0));
    f.log.addWalk(core::WalkEntry {0, today, 25, std::nullopt, std::nullopt, "", std::nullopt});
    f.log.setCheckIn(core::CheckIn {today, 2});
    gui::HistoryPane pane(*f.logbook);
    auto* summary = pane.findChild<QLabel*>(QStringLiteral("summaryLabel"));
    REQUIRE(summary != nullptr);
    CHECK(summary->text().endsWith(QStringLiteral(": 1 set, 1 walk, 1 check-in on 1 day.")));

    f.log.addSet(loggedSet(today.addDays(-1), 8, 12.0));
    f.log.addWalk(core::WalkEntry {0, today, 10, std::nullopt, std::nullopt, "", std::nullopt});
    gui::HistoryPane again(*f.logbook);
    CHECK(again.findChild<QLabel*>(QStringLiteral("summaryLabel"))
              ->text()
              .endsWith(QStringLiteral(": 2 sets, 2 walks, 1 check-in on 2 days.")));
}

TEST_CASE("History groups a day's entries under its totals, and the flat table stays", "[history][grouped]")
{
    Fixture f;
    const core::Date today = test::testToday();
    f.log.addSet(loggedSet(today.addDays(-1), 10, 12.0));
    f.log.addSet(loggedSet(today, 10, 12.0)); // pain 1
    const auto heavier = f.log.addSet(loggedSet(today, 8, 14.0));
    f.log.addWalk(core::WalkEntry {0, today, 25, std::nullopt, 4, "", std::nullopt});
    f.log.setCheckIn(core::CheckIn {today, 2});
    gui::HistoryPane pane(*f.logbook);
    test::showAndWait(&pane);
    QAbstractItemModelTester tester(pane.dayModel(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    auto* grouped = pane.findChild<QCheckBox*>(QStringLiteral("groupByDayCheckBox"));
    REQUIRE(grouped != nullptr);
    CHECK(pane.table()->isVisible()); // the flat table is there as before
    grouped->setChecked(true);
    CHECK(pane.dayView()->isVisible());
    CHECK_FALSE(pane.table()->isVisible());

    gui::HistoryDayModel* days = pane.dayModel();
    REQUIRE(days->rowCount() == 2); // newest day first
    const gui::HistoryDayModel::Totals& totals = days->totalsAt(0);
    CHECK(totals.sets == 2);
    CHECK(totals.volumeKg == Approx(10 * 12.0 + 8 * 14.0));
    CHECK(totals.walks == 1);
    CHECK(totals.walkMinutes == 25);
    CHECK(totals.maxPain == 4);
    CHECK(days->index(0, HistoryModel::ActivityColumn).data().toString() == QStringLiteral("2 sets, 1 walk"));
    CHECK(days->index(0, HistoryModel::LoadColumn).data().toString() == QStringLiteral("volume 232 kg"));
    CHECK(days->index(0, HistoryModel::AmountColumn).data().toString() == QStringLiteral("25 min walked"));
    CHECK(days->index(1, HistoryModel::ActivityColumn).data().toString() == QStringLiteral("1 set"));
    const QModelIndex today0 = days->index(0, 0);
    REQUIRE(days->rowCount(today0) == 4); // two sets, the walk, the check-in
    CHECK(days->sourceRow(today0) == -1);

    // An entry selected under its day is deleted like a row of the flat table.
    const int row = pane.model()->rowOfSet(heavier);
    const QModelIndex entry = days->indexOfSourceRow(row);
    REQUIRE(entry.parent() == today0);
    pane.dayView()->selectionModel()->setCurrentIndex(
        entry, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    REQUIRE(pane.deleteSelected());
    CHECK(pane.model()->rowOfSet(heavier) == -1);
    CHECK(pane.dayModel()->totalsAt(0).sets == 1);
    // A day row is not an entry: nothing to delete.
    pane.dayView()->selectionModel()->setCurrentIndex(
        pane.dayModel()->index(0, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    CHECK_FALSE(pane.deleteSelected());
}

TEST_CASE("History lists every exercise's records, with the day each was reached", "[history][records]")
{
    Fixture f;
    const core::Date today = test::testToday();
    f.log.addSet(loggedSet(today.addDays(-9), 10, 12.0));
    f.log.addSet(loggedSet(today.addDays(-2), 8, 14.0));
    core::LoggedSet plank;
    plank.date = today.addDays(-5);
    plank.exerciseId = "side-plank";
    plank.seconds = 40;
    f.log.addSet(plank);
    f.log.addWalk(core::WalkEntry {0, today.addDays(-3), 48, std::nullopt, std::nullopt, "", std::nullopt});
    gui::HistoryPane pane(*f.logbook);
    test::showAndWait(&pane);
    CHECK_FALSE(pane.showsRecords());

    // Alt+R opens the Records tab.
    QTest::keyClick(&pane, Qt::Key_R, Qt::AltModifier);
    REQUIRE(pane.showsRecords());
    QAbstractItemModel* shown = pane.recordsView()->model();
    QAbstractItemModelTester tester(shown, QAbstractItemModelTester::FailureReportingMode::Fatal);
    REQUIRE(shown->rowCount() == 3);
    const auto cell = [&](int row, int column) { return shown->index(row, column).data().toString(); };
    // The newest bests come first.
    CHECK(cell(0, gui::RecordsModel::ExerciseColumn) == f.logbook->exerciseName("goblet-squat"));
    CHECK(cell(1, gui::RecordsModel::ExerciseColumn) == QStringLiteral("Walking"));
    CHECK(cell(2, gui::RecordsModel::ExerciseColumn) == f.logbook->exerciseName("side-plank"));
    pane.recordsView()->sortByColumn(gui::RecordsModel::ExerciseColumn, Qt::AscendingOrder);
    CHECK(cell(0, gui::RecordsModel::ExerciseColumn) == f.logbook->exerciseName("goblet-squat"));
    CHECK(cell(0, gui::RecordsModel::HeaviestColumn) == QStringLiteral("14 kg × 8"));
    CHECK(cell(0, gui::RecordsModel::OneRepMaxColumn) == QStringLiteral("17.73 kg"));
    CHECK(shown->index(0, gui::RecordsModel::HeaviestColumn)
              .data(Qt::ToolTipRole)
              .toString()
              .startsWith("First reached on"));
    CHECK(cell(1, gui::RecordsModel::ExerciseColumn) == f.logbook->exerciseName("side-plank"));
    CHECK(cell(1, gui::RecordsModel::LongestColumn) == QStringLiteral("hold 40 s"));
    CHECK(cell(2, gui::RecordsModel::ExerciseColumn) == QStringLiteral("Walking"));
    CHECK(cell(2, gui::RecordsModel::LongestColumn) == QStringLiteral("walk 48 min"));
    CHECK(cell(2, gui::RecordsModel::LatestColumn)
        == QLocale().toString(gui::Labels::toQDate(today.addDays(-3)), QLocale::ShortFormat));

    // Sorting by the heaviest set puts the loaded exercise last in ascending order.
    pane.recordsView()->sortByColumn(gui::RecordsModel::HeaviestColumn, Qt::AscendingOrder);
    CHECK(cell(2, gui::RecordsModel::ExerciseColumn) == f.logbook->exerciseName("goblet-squat"));

    // A change of units shows the same records in pounds.
    core::Profile pounds = *f.logbook->profile();
    pounds.units = core::Units::Lb;
    f.logbook->setProfile(pounds);
    pane.recordsView()->sortByColumn(gui::RecordsModel::ExerciseColumn, Qt::AscendingOrder);
    CHECK(cell(0, gui::RecordsModel::HeaviestColumn) == QStringLiteral("30.86 lb × 8"));

    // A new best logged while the list is open shows at once.
    f.log.addSet(loggedSet(today, 8, 16.0));
    f.logbook->notifyLogChanged();
    CHECK(cell(0, gui::RecordsModel::HeaviestColumn) == QStringLiteral("35.27 lb × 8"));
}

TEST_CASE("the Records tab of an empty log says what will appear there", "[history][records]")
{
    Fixture f;
    gui::HistoryPane pane(*f.logbook);
    test::showAndWait(&pane);
    pane.showRecords();
    CHECK(pane.recordsView()->model()->rowCount() == 0);
    CHECK_FALSE(pane.recordsView()->isVisible());
    CHECK(keel::gui::Accessibility::unnamedControls(&pane).isEmpty());
}

TEST_CASE("an edit or undo the store refuses reads in German, none of the store's English", "[language]")
{
    const test::InLanguage german(QStringLiteral("de"));
    Fixture f;
    QSignalSpy errors(f.logbook.get(), &gui::Logbook::errorOccurred);
    const auto id = f.log.addSet(loggedSet(test::testToday(), 5, 10.0));
    const core::LoggedSet row = *f.log.set(id);

    SECTION("undoing a delete whose row is back already")
    {
        f.logbook->undoStack()->push(new gui::DeleteLogEntryCommand(*f.logbook, row));
        f.log.restoreSet(row);
        f.logbook->undoStack()->undo();
        QCoreApplication::processEvents();
        REQUIRE(errors.count() == 1);
        CHECK(errors.front().at(1).toString()
            == QStringLiteral("ein Satz mit der ID %1 existiert bereits; nichts wurde gespeichert").arg(id));
    }
    SECTION("editing a set that is gone")
    {
        f.log.removeSet(id);
        core::LoggedSet changed = row;
        changed.reps = 6;
        QString error;
        CHECK_FALSE(gui::UndoPush::push(*f.logbook, new gui::EditLogEntryCommand(*f.logbook, row, changed), &error));
        CHECK(error.contains(QStringLiteral("es gibt keinen Satz mit der ID %1; nichts wurde gespeichert").arg(id)));
        CHECK_FALSE(error.contains(QStringLiteral("nothing was saved")));
        CHECK_FALSE(error.contains(QStringLiteral("there is no")));
    }
}
