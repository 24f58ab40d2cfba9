// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/plan/itemprogress.h"
#include "core/store/database.h"
#include "core/store/logrepository.h"
#include "core/store/planrepository.h"
#include "core/util/units.h"
#include "gui/common/accessibility.h"
#include "gui/history/historymodel.h"
#include "gui/history/historypane.h"
#include "gui/logbook.h"
#include "gui/today/checkinwidget.h"
#include "gui/today/holdtimer.h"
#include "gui/today/itempanel.h"
#include "gui/today/resttimer.h"
#include "gui/today/setentrywidget.h"
#include "gui/today/todaymodel.h"
#include "gui/today/todaypane.h"
#include "support/guitestsupport.h"
#include "support/trainingfixture.h"

#include "todaypanehelpers.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QDoubleSpinBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTest>
#include <QTreeView>
#include <QUndoStack>

#include <SQLiteCpp/Database.h>
#include <algorithm>
#include <catch2/catch.hpp>
#include <sqlite3.h>

using namespace keel;
using namespace std::chrono_literals;

using keel::test::repsItem;
using keel::test::setsOf;
using keel::test::spin;
using keel::test::typeAndEnter;

TEST_CASE("three sets logged from Today by keyboard alone, then undone and redone", "[today][pane]")
{
    test::TrainingFixture fixture;
    gui::TodayPane pane(fixture.logbook());
    gui::HistoryPane history(fixture.logbook());
    test::showAndWait(&pane);
    const core::PlannedItem item = repsItem(fixture);
    pane.selectItem(item.id);

    gui::SetEntryWidget* entry = pane.itemPanel()->setEntry();
    QSpinBox* reps = spin(entry, "repsSpinBox");
    REQUIRE(reps->isVisible());
    CHECK(reps->value() == item.reps->min); // pre-filled with the prescription

    typeAndEnter(reps, QStringLiteral("10"));
    CHECK(pane.statusText().startsWith(QStringLiteral("Saved:")));
    typeAndEnter(reps, QStringLiteral("9"));
    // The third set as the second: the field already holds the numbers just logged.
    REQUIRE(QApplication::focusWidget() == reps);
    CHECK(reps->value() == 9);
    QTest::keyClick(reps, Qt::Key_Enter);

    std::vector<core::LoggedSet> sets = setsOf(fixture, item.id);
    REQUIRE(sets.size() == 3);
    CHECK(sets[0].reps == 10);
    CHECK(sets[1].reps == 9);
    CHECK(sets[2].reps == 9);
    for (const core::LoggedSet& set : sets) {
        CHECK(set.exerciseId == item.exerciseId);
        CHECK(set.date == test::testToday());
        CHECK(set.loadKg == item.loadKg);
        CHECK_FALSE(set.rpe.has_value()); // nothing entered, nothing recorded
    }
    const std::int64_t lastId = sets[2].id;
    CHECK(history.model()->rowOfSet(lastId) >= 0);

    fixture.logbook().undoStack()->undo();
    sets = setsOf(fixture, item.id);
    REQUIRE(sets.size() == 2);
    CHECK(history.model()->rowOfSet(lastId) == -1);

    fixture.logbook().undoStack()->redo();
    sets = setsOf(fixture, item.id);
    REQUIRE(sets.size() == 3);
    CHECK(sets[2].id == lastId); // the same row comes back, not a copy
    CHECK(history.model()->rowOfSet(lastId) >= 0);
}

TEST_CASE("RPE and pain entered for a set are stored with it", "[today][pane]")
{
    test::TrainingFixture fixture;
    gui::TodayPane pane(fixture.logbook());
    test::showAndWait(&pane);
    const core::PlannedItem item = repsItem(fixture);
    pane.selectItem(item.id);
    gui::SetEntryWidget* entry = pane.itemPanel()->setEntry();

    QSpinBox* rpe = spin(entry, "rpeSpinBox");
    rpe->setFocus();
    rpe->selectAll();
    QTest::keyClicks(rpe, QStringLiteral("7"));
    typeAndEnter(spin(entry, "painSpinBox"), QStringLiteral("2"));

    const std::vector<core::LoggedSet> sets = setsOf(fixture, item.id);
    REQUIRE(sets.size() == 1);
    CHECK(sets[0].rpe == 7);
    CHECK(sets[0].pain == 2);
    // Effort is asked afresh for the next set.
    CHECK(spin(entry, "rpeSpinBox")->value() == 0);
    CHECK(spin(entry, "painSpinBox")->value() == -1);
}

TEST_CASE("loads show in pounds and an untouched load is stored as planned", "[today][pane][units]")
{
    core::Profile profile = test::sampleProfile();
    profile.experience = core::Experience::Building;
    profile.units = core::Units::Lb;
    test::TrainingFixture fixture(profile, true);
    gui::TodayPane pane(fixture.logbook());
    test::showAndWait(&pane);

    const core::PlannedItem loaded = fixture.todayLoadedItem();
    pane.selectItem(loaded.id);
    auto* load = pane.itemPanel()->setEntry()->findChild<QDoubleSpinBox*>(QStringLiteral("loadSpinBox"));
    REQUIRE(load != nullptr);
    REQUIRE(load->isVisible());
    CHECK(load->suffix() == QStringLiteral(" lb"));
    CHECK(load->value() == Approx(gui::UnitFormat(core::Units::Lb).toDisplay(*loaded.loadKg)));

    QTest::keyClick(load, Qt::Key_Return);
    std::vector<core::LoggedSet> sets = setsOf(fixture, loaded.id);
    REQUIRE(sets.size() == 1);
    CHECK(sets[0].loadKg == loaded.loadKg); // exactly, not 26.5 lb converted back

    // A load typed in pounds is stored in kilograms.
    load->setFocus();
    load->selectAll();
    QTest::keyClicks(load, QStringLiteral("44"));
    QTest::keyClick(load, Qt::Key_Return);
    sets = setsOf(fixture, loaded.id);
    REQUIRE(sets.size() == 2);
    CHECK(*sets[1].loadKg == Approx(44.0 * core::LoadUnits::kKgPerLb));
}

TEST_CASE("done as planned logs every remaining set as one undo step", "[today][pane]")
{
    test::TrainingFixture fixture;
    gui::TodayPane pane(fixture.logbook());
    test::showAndWait(&pane);
    const core::PlannedItem item = repsItem(fixture);
    pane.selectItem(item.id);
    QUndoStack* stack = fixture.logbook().undoStack();

    // Count what reaches the disk: the remaining sets commit together, as one set alone does.
    int commits = 0;
    sqlite3* handle = fixture.logbook().database().sql().getHandle();
    sqlite3_commit_hook(
        handle,
        [](void* counter) {
            ++*static_cast<int*>(counter);
            return 0;
        },
        &commits);
    QTest::keyClick(spin(pane.itemPanel()->setEntry(), "repsSpinBox"), Qt::Key_Return);
    REQUIRE(setsOf(fixture, item.id).size() == 1);
    const int steps = stack->count();
    const int oneSetCommits = commits;
    REQUIRE(oneSetCommits >= 1);
    commits = 0;

    QPushButton* done = pane.itemPanel()->doneButton();
    REQUIRE(done->isEnabled());
    REQUIRE(item.sets - 1 >= 2);
    QTest::mouseClick(done, Qt::LeftButton);
    sqlite3_commit_hook(handle, nullptr, nullptr);
    CHECK(commits == oneSetCommits);
    std::vector<core::LoggedSet> sets = setsOf(fixture, item.id);
    REQUIRE(static_cast<int>(sets.size()) == item.sets);
    for (std::size_t i = 1; i < sets.size(); ++i) {
        CHECK(sets[i].reps == item.reps->min);
        CHECK(sets[i].loadKg == item.loadKg);
    }
    CHECK(stack->count() == steps + 1);
    CHECK(pane.model()->indexOfItem(item.id).data(gui::TodayModel::CompleteRole).toBool());
    // The pane moves on to what is still open.
    CHECK(pane.itemPanel()->itemId() != item.id);

    stack->undo();
    CHECK(setsOf(fixture, item.id).size() == 1);
    stack->redo();
    CHECK(static_cast<int>(setsOf(fixture, item.id).size()) == item.sets);
}

TEST_CASE("a rest timer starts after a set with the profile's rest", "[today][pane][resttimer]")
{
    test::TrainingFixture fixture;
    gui::TodayPane pane(fixture.logbook());
    test::showAndWait(&pane);
    pane.restTimer()->setTickInterval(1ms);
    const core::PlannedItem item = repsItem(fixture);
    pane.selectItem(item.id);
    CHECK(pane.restTimer()->state() == gui::RestTimer::State::Idle);

    QTest::keyClick(spin(pane.itemPanel()->setEntry(), "repsSpinBox"), Qt::Key_Return);
    CHECK(pane.restTimer()->state() == gui::RestTimer::State::Running);
    CHECK(pane.restTimer()->totalSeconds() == fixture.logbook().profile()->restSeconds);
    QTRY_COMPARE_WITH_TIMEOUT(pane.restTimer()->state(), gui::RestTimer::State::Finished, 5000);
}

TEST_CASE("Ctrl+Z in an entry field goes through the window's undo stack", "[today][pane]")
{
    test::TrainingFixture fixture;
    gui::TodayPane pane(fixture.logbook());
    QAction* undo = fixture.logbook().undoStack()->createUndoAction(&pane);
    undo->setShortcut(QKeySequence::Undo);
    pane.addAction(undo);
    test::showAndWait(&pane);
    pane.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&pane));
    const core::PlannedItem item = repsItem(fixture);
    pane.selectItem(item.id);

    QSpinBox* reps = spin(pane.itemPanel()->setEntry(), "repsSpinBox");
    typeAndEnter(reps, QStringLiteral("11"));
    REQUIRE(setsOf(fixture, item.id).size() == 1);
    REQUIRE(QApplication::focusWidget() == reps);
    QTest::keyClick(reps, Qt::Key_Z, Qt::ControlModifier);
    CHECK(setsOf(fixture, item.id).empty());
}

TEST_CASE("a walk and the morning check-in are logged from Today and undone", "[today][pane]")
{
    test::TrainingFixture fixture;
    gui::TodayPane pane(fixture.logbook());
    test::showAndWait(&pane);
    core::LogRepository log(fixture.logbook().database());

    gui::SetEntryWidget* walkEntry = pane.walkEntry();
    REQUIRE(walkEntry->mode() == gui::SetEntryWidget::Mode::Walk);
    auto* km = walkEntry->findChild<QDoubleSpinBox*>(QStringLiteral("kmSpinBox"));
    REQUIRE(km != nullptr);
    km->setValue(2.5);
    typeAndEnter(spin(walkEntry, "minutesSpinBox"), QStringLiteral("25"));
    std::vector<core::WalkEntry> walks = log.walks(test::testToday(), test::testToday());
    REQUIRE(walks.size() == 1);
    CHECK(walks[0].minutes == 25);
    CHECK(walks[0].meters == 2500.0);
    CHECK_FALSE(walks[0].pain.has_value());

    typeAndEnter(spin(pane.checkIn(), "checkInSpinBox"), QStringLiteral("3"));
    std::vector<core::CheckIn> checkIns = log.checkIns(test::testToday(), test::testToday());
    REQUIRE(checkIns.size() == 1);
    CHECK(checkIns[0].pain == 3);

    // A second check-in the same day replaces the first; undo brings the first back.
    typeAndEnter(spin(pane.checkIn(), "checkInSpinBox"), QStringLiteral("5"));
    CHECK(log.checkIns(test::testToday(), test::testToday()).at(0).pain == 5);
    fixture.logbook().undoStack()->undo();
    CHECK(log.checkIns(test::testToday(), test::testToday()).at(0).pain == 3);
    fixture.logbook().undoStack()->undo();
    CHECK(log.checkIns(test::testToday(), test::testToday()).empty());
    fixture.logbook().undoStack()->undo();
    CHECK(log.walks(test::testToday(), test::testToday()).empty());
}

TEST_CASE("a planned walk is logged against its item", "[today][pane]")
{
    test::TrainingFixture fixture;
    gui::TodayPane pane(fixture.logbook());
    test::showAndWait(&pane);
    const core::DayView& content = pane.model()->content();
    const core::DayEntry* walk = nullptr;
    for (const core::DaySession& session : content.sessions) {
        for (const core::DayEntry& entry : session.entries) {
            if (core::ItemProgress::isWalk(entry.item))
                walk = &entry;
        }
    }
    REQUIRE(walk != nullptr);
    const core::PlannedItem item = walk->item;
    pane.selectItem(item.id);
    REQUIRE(pane.itemPanel()->setEntry()->mode() == gui::SetEntryWidget::Mode::Walk);
    QTest::mouseClick(pane.itemPanel()->doneButton(), Qt::LeftButton);

    const auto walks = core::LogRepository(fixture.logbook().database()).walks(test::testToday(), test::testToday());
    REQUIRE(walks.size() == 1);
    CHECK(walks[0].plannedItemId == item.id);
    CHECK(walks[0].minutes == item.minutes->min);
    CHECK(pane.model()->indexOfItem(item.id).data(gui::TodayModel::CompleteRole).toBool());
}

TEST_CASE("without a plan Today offers to plan the week", "[today][pane]")
{
    test::TrainingFixture fixture(false);
    gui::TodayPane pane(fixture.logbook());
    test::showAndWait(&pane);
    CHECK_FALSE(pane.view()->isVisible());
    auto* plan = pane.findChild<QPushButton*>(QStringLiteral("planWeekButton"));
    REQUIRE(plan != nullptr);
    REQUIRE(plan->isVisible());

    QTest::mouseClick(plan, Qt::LeftButton);
    CHECK(core::PlanRepository(fixture.logbook().database()).loadWeek(fixture.weekStart()).has_value());
    CHECK(pane.view()->isVisible());
    CHECK_FALSE(plan->isVisible());
    CHECK(pane.model()->rowCount() > 0);
}

TEST_CASE("a day with nothing planned points to the next session", "[today][pane]")
{
    test::TrainingFixture fixture(false);
    core::WeekPlan week = test::handBuiltWeek(); // Monday to Wednesday only
    week.sessions.erase(std::remove_if(week.sessions.begin(), week.sessions.end(),
                            [](const core::PlannedSession& s) { return s.date == test::testToday(); }),
        week.sessions.end());
    core::PlannedSession friday = week.sessions.front();
    friday.date = test::testToday().addDays(2);
    week.sessions.push_back(friday);
    core::PlanRepository(fixture.logbook().database()).saveWeek(week);

    gui::TodayPane pane(fixture.logbook());
    test::showAndWait(&pane);
    CHECK_FALSE(pane.view()->isVisible());
    bool mentionsNext = false;
    for (QLabel* label : pane.findChildren<QLabel*>()) {
        if (label->isVisible() && label->text().contains(QStringLiteral("Next: Strength on Fri")))
            mentionsNext = true;
    }
    CHECK(mentionsNext);
}

TEST_CASE("the Today pane's model passes the model tester with real data", "[today][pane][model]")
{
    test::TrainingFixture fixture;
    gui::TodayPane pane(fixture.logbook());
    QAbstractItemModelTester tester(pane.model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    pane.selectItem(repsItem(fixture).id);
    pane.doneAsPlanned();
    pane.reload();
    CHECK(pane.model()->rowCount() >= 2);
}

TEST_CASE("every control of the Today pane has an accessible name", "[today][pane][a11y]")
{
    test::TrainingFixture fixture;
    gui::TodayPane pane(fixture.logbook());
    test::showAndWait(&pane);
    for (QWidget* unnamed : gui::Accessibility::unnamedControls(&pane))
        FAIL_CHECK("unnamed " << unnamed->metaObject()->className() << " " << unnamed->objectName().toStdString());
}

TEST_CASE("a note typed while logging is stored with the set and named in the Saved line", "[today][pane]")
{
    test::TrainingFixture fixture;
    gui::TodayPane pane(fixture.logbook());
    test::showAndWait(&pane);
    const core::PlannedItem item = repsItem(fixture);
    pane.selectItem(item.id);
    gui::SetEntryWidget* entry = pane.itemPanel()->setEntry();
    auto* note = entry->findChild<QLineEdit*>(QStringLiteral("noteLineEdit"));
    REQUIRE(note != nullptr);
    REQUIRE(note->isVisible());
    spin(entry, "rpeSpinBox")->setValue(8);
    spin(entry, "painSpinBox")->setValue(2);
    note->setFocus();
    QTest::keyClicks(note, QStringLiteral("left hip tight"));
    QTest::keyClick(note, Qt::Key_Return);

    const std::vector<core::LoggedSet> sets = setsOf(fixture, item.id);
    REQUIRE(sets.size() == 1);
    CHECK(sets[0].note == "left hip tight");
    const QString status = pane.statusText();
    CHECK(status.contains(QStringLiteral("set 1")));
    CHECK(status.contains(QString::number(item.reps->min)));
    CHECK(status.contains(QStringLiteral("RPE 8")));
    CHECK(status.contains(QStringLiteral("pain 2")));
    CHECK(status.contains(QStringLiteral("left hip tight")));
    if (item.loadKg)
        CHECK(status.contains(gui::UnitFormat(core::Units::Kg).load(item.loadKg)));
    CHECK(note->text().isEmpty()); // asked afresh for the next set
}

TEST_CASE("a timed hold counts down on Today and fills in the seconds held", "[today][pane][holdtimer]")
{
    test::TrainingFixture fixture;
    gui::TodayPane pane(fixture.logbook());
    test::showAndWait(&pane);
    const core::DayEntry* hold = nullptr;
    for (const core::DaySession& session : pane.model()->content().sessions) {
        for (const core::DayEntry& entry : session.entries) {
            if (entry.item.seconds && !hold)
                hold = &entry;
        }
    }
    REQUIRE(hold != nullptr);
    const core::PlannedItem item = hold->item;
    pane.selectItem(repsItem(fixture).id);
    CHECK_FALSE(pane.itemPanel()->holdTimer()->isVisible()); // only for holds
    pane.selectItem(item.id);
    gui::HoldTimer* timer = pane.itemPanel()->holdTimer();
    REQUIRE(timer->isVisible());
    CHECK(timer->target() == item.seconds->min);

    std::chrono::milliseconds now {5000};
    timer->setClock([&now] { return now; });
    timer->start();
    now += std::chrono::seconds(item.seconds->min) + 50ms;
    timer->poll();
    CHECK(timer->state() == gui::HoldTimer::State::Finished);
    QSpinBox* seconds = spin(pane.itemPanel()->setEntry(), "secondsSpinBox");
    CHECK(seconds->value() == item.seconds->min);
    CHECK(pane.focusWidget() == seconds);
    QTest::keyClick(seconds, Qt::Key_Return);
    const std::vector<core::LoggedSet> sets = setsOf(fixture, item.id);
    REQUIRE(sets.size() == 1);
    CHECK(sets[0].seconds == item.seconds->min);
}

TEST_CASE("a heavier set says it is a new best, naming the formula of the estimate", "[today][pane][records]")
{
    core::Profile profile = test::sampleProfile();
    profile.experience = core::Experience::Experienced; // loaded exercises from the start
    test::TrainingFixture fixture(profile, true);
    gui::TodayPane pane(fixture.logbook());
    test::showAndWait(&pane);
    const core::PlannedItem loaded = fixture.todayLoadedItem();
    REQUIRE((loaded.reps && loaded.sets >= 2));
    pane.selectItem(loaded.id);
    auto* load = pane.itemPanel()->setEntry()->findChild<QDoubleSpinBox*>(QStringLiteral("loadSpinBox"));
    REQUIRE(load != nullptr);

    QTest::keyClick(load, Qt::Key_Return); // the first time: nothing to beat
    CHECK_FALSE(pane.statusText().contains(QStringLiteral("best")));
    load->setValue(*loaded.loadKg + 2.0);
    QTest::keyClick(load, Qt::Key_Return);
    const QString status = pane.statusText();
    CHECK(status.contains(
        QStringLiteral("new best: %1 for").arg(gui::UnitFormat(core::Units::Kg).load(*loaded.loadKg + 2.0))));
    CHECK(status.contains(QStringLiteral("1RM (Epley)")));
    // The item lists the exercise's bests, the new one included.
    auto* best = pane.itemPanel()->findChild<QLabel*>(QStringLiteral("bestLabel"));
    REQUIRE(best != nullptr);
    CHECK(best->text().startsWith(gui::UnitFormat(core::Units::Kg).load(*loaded.loadKg + 2.0)));
    CHECK(best->text().contains(QStringLiteral("1RM (Epley)")));
}

TEST_CASE("a narrow Today list keeps exercise names readable and whole in the tooltip", "[today][pane]")
{
    test::TrainingFixture fixture;
    gui::TodayPane pane(fixture.logbook());
    // About what Today gets beside its item panel in a small window at 2x scale.
    pane.resize(560, 500);
    test::showAndWait(&pane);
    auto* view = pane.findChild<QTreeView*>(QStringLiteral("todayView"));
    REQUIRE(view);
    const int names = view->header()->sectionSize(gui::TodayModel::ExerciseColumn);
    CHECK(names >= view->fontMetrics().averageCharWidth() * 12);
    int total = 0;
    for (int column = 0; column < view->header()->count(); ++column)
        total += view->isColumnHidden(column) ? 0 : view->header()->sectionSize(column);
    CHECK(total <= view->viewport()->width());

    const QModelIndex session = view->model()->index(0, 0);
    const QModelIndex first = view->model()->index(0, gui::TodayModel::ExerciseColumn, session);
    const QString name = first.data().toString();
    REQUIRE_FALSE(name.isEmpty());
    CHECK(first.data(Qt::ToolTipRole).toString().startsWith(name));
}
