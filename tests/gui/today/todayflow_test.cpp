// SPDX-License-Identifier: GPL-3.0-or-later
// Today as a person moves through a day: from a walk to the next item, past a finished item, back
// into a finished day.
#include "core/plan/itemprogress.h"
#include "core/store/logrepository.h"
#include "gui/logbook.h"
#include "gui/today/itempanel.h"
#include "gui/today/resttimer.h"
#include "gui/today/setentrywidget.h"
#include "gui/today/todaymodel.h"
#include "gui/today/todaypane.h"
#include "support/guitestsupport.h"
#include "support/trainingfixture.h"

#include "todaypanehelpers.h"

#include <QAbstractSpinBox>
#include <QApplication>
#include <QPushButton>
#include <QSpinBox>
#include <QTest>
#include <QTreeView>

#include <catch2/catch.hpp>

using namespace keel;

using keel::test::repsItem;
using keel::test::setsOf;
using keel::test::spin;
using keel::test::typeAndEnter;

namespace {

const core::DayEntry* plannedWalk(gui::TodayPane& pane)
{
    for (const core::DaySession& session : pane.model()->content().sessions) {
        for (const core::DayEntry& entry : session.entries) {
            if (core::ItemProgress::isWalk(entry.item))
                return &entry;
        }
    }
    return nullptr;
}

bool focusInEntryField()
{
    return qobject_cast<QAbstractSpinBox*>(QApplication::focusWidget()) != nullptr;
}

} // namespace

TEST_CASE("after a walk Today moves on to the next open item", "[today][pane][flow]")
{
    test::TrainingFixture fixture;
    gui::TodayPane pane(fixture.logbook());
    test::showAndWait(&pane);
    pane.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&pane));
    const core::DayEntry* walk = plannedWalk(pane);
    REQUIRE(walk != nullptr);
    const std::int64_t walkId = walk->item.id;
    pane.selectItem(walkId);
    QSpinBox* minutes = spin(pane.itemPanel()->setEntry(), "minutesSpinBox");
    typeAndEnter(minutes, QString::number(walk->item.minutes->min));

    core::LogRepository log(fixture.logbook().database());
    REQUIRE(log.walks(test::testToday(), test::testToday()).size() == 1);
    const core::DayEntry* next = pane.model()->content().entry(pane.itemPanel()->itemId());
    REQUIRE(next != nullptr);
    CHECK(next->item.id != walkId);
    CHECK_FALSE(core::ItemProgress::isComplete(next->item, next->log));
    // The keyboard is in the next item's entry; no rest timer after a walk.
    CHECK(focusInEntryField());
    CHECK(pane.restTimer()->state() == gui::RestTimer::State::Idle);
}

TEST_CASE("the entry that showed a walk says what it logs once it shows a set", "[today][pane][a11y]")
{
    test::TrainingFixture fixture;
    gui::TodayPane pane(fixture.logbook());
    test::showAndWait(&pane);
    const core::DayEntry* walk = plannedWalk(pane);
    REQUIRE(walk != nullptr);
    const core::DayEntry* set = nullptr;
    for (const core::DaySession& session : pane.model()->content().sessions) {
        for (const core::DayEntry& entry : session.entries) {
            if (!set && entry.item.reps)
                set = &entry;
        }
    }
    REQUIRE(set != nullptr);
    const auto* submit = pane.itemPanel()->setEntry()->findChild<QPushButton*>(QStringLiteral("logButton"));
    REQUIRE(submit != nullptr);

    pane.selectItem(walk->item.id);
    CHECK(submit->accessibleDescription().contains(QStringLiteral("walk")));
    pane.selectItem(set->item.id);
    CHECK(submit->accessibleName().contains(QStringLiteral("set")));
    CHECK(submit->accessibleDescription().contains(QStringLiteral("set")));
    CHECK_FALSE(submit->accessibleDescription().contains(QStringLiteral("walk")));
}

TEST_CASE("a walk from the walk row leaves the row, so a second Enter logs nothing", "[today][pane][flow]")
{
    test::TrainingFixture fixture;
    gui::TodayPane pane(fixture.logbook());
    test::showAndWait(&pane);
    pane.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&pane));
    QSpinBox* minutes = spin(pane.walkEntry(), "minutesSpinBox");
    typeAndEnter(minutes, QStringLiteral("30"));
    core::LogRepository log(fixture.logbook().database());
    REQUIRE(log.walks(test::testToday(), test::testToday()).size() == 1);
    CHECK(QApplication::focusWidget() != minutes);
    CHECK_FALSE(pane.walkEntry()->isAncestorOf(QApplication::focusWidget()));
}

TEST_CASE("Enter on a finished item says so before it logs an extra set", "[today][pane][flow]")
{
    test::TrainingFixture fixture;
    gui::TodayPane pane(fixture.logbook());
    test::showAndWait(&pane);
    pane.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&pane));
    const core::PlannedItem item = repsItem(fixture);
    pane.selectItem(item.id);
    QSpinBox* reps = spin(pane.itemPanel()->setEntry(), "repsSpinBox");
    for (int set = 0; set < item.sets; ++set)
        typeAndEnter(reps, {});
    REQUIRE(static_cast<int>(setsOf(fixture, item.id).size()) == item.sets);
    CHECK(pane.itemPanel()->itemId() != item.id); // moved on after the last set

    pane.selectItem(item.id);
    typeAndEnter(reps, {});
    CHECK(static_cast<int>(setsOf(fixture, item.id).size()) == item.sets); // nothing logged
    CHECK(pane.statusText().contains(QStringLiteral("Press Enter again")));
    typeAndEnter(reps, {});
    CHECK(static_cast<int>(setsOf(fixture, item.id).size()) == item.sets + 1);
    CHECK(pane.statusText().contains(QStringLiteral("extra set %1").arg(item.sets + 1)));
}

TEST_CASE("a finished day reopens with the keyboard in the list, not in a set", "[today][pane][flow]")
{
    test::TrainingFixture fixture;
    {
        gui::TodayPane first(fixture.logbook());
        std::vector<std::int64_t> items; // logging reloads the content: take the ids first
        for (const core::DaySession& session : first.model()->content().sessions) {
            for (const core::DayEntry& entry : session.entries)
                items.push_back(entry.item.id);
        }
        for (const std::int64_t item : items) {
            first.selectItem(item);
            first.doneAsPlanned();
        }
        REQUIRE(first.model()->content().firstOpenEntry() == nullptr);
    }
    const std::size_t logged = fixture.setsToday().size();
    gui::TodayPane pane(fixture.logbook());
    test::showAndWait(&pane);
    pane.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&pane));
    CHECK(QApplication::focusWidget() == pane.view());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    CHECK(fixture.setsToday().size() == logged);
}
