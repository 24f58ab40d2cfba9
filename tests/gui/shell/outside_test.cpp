// SPDX-License-Identifier: GPL-3.0-or-later
// keel-cli beside the open app: what another connection commits reaches every pane within a
// second, and what the person is typing stays.
#include "core/store/database.h"
#include "core/store/logrepository.h"
#include "core/store/profilerepository.h"
#include "gui/history/historymodel.h"
#include "gui/history/historypane.h"
#include "gui/logbook.h"
#include "gui/today/itempanel.h"
#include "gui/today/setentrywidget.h"
#include "gui/today/todaypane.h"
#include "support/guitestsupport.h"
#include "support/trainingfixture.h"

#include <QLabel>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTest>
#include <QUndoStack>

#include <algorithm>
#include <catch2/catch.hpp>

using namespace keel;

namespace {

/// The session looks twice a second (kOutsideWatchMs), so the news is due within one; the wait is
/// longer only so a loaded test machine does not fail the test (timings are for benchmarks).
constexpr int kPatienceMs = 5000;

core::PlannedItem firstRepsItem(test::TrainingFixture& fixture)
{
    const core::PlannedSession strength = fixture.todayStrength();
    const auto found = std::find_if(strength.items.begin(), strength.items.end(),
        [](const core::PlannedItem& item) { return item.reps && item.sets >= 2 && !item.warmUp; });
    REQUIRE(found != strength.items.end());
    return *found;
}

/// Today's reps field for `item`, selected and with the keyboard in it.
QSpinBox* focusedReps(gui::TodayPane& today, const core::PlannedItem& item)
{
    today.selectItem(item.id);
    auto* reps = today.itemPanel()->setEntry()->findChild<QSpinBox*>(QStringLiteral("repsSpinBox"));
    REQUIRE(reps != nullptr);
    reps->setFocus();
    return reps;
}

/// Logs `set` through a second connection, as keel-cli would; returns its id.
std::int64_t logFromOutside(test::TrainingFixture& fixture, const core::LoggedSet& set)
{
    auto cli = core::Database::open(fixture.databasePath(), test::testToday());
    return core::LogRepository(*cli).addSet(set);
}

} // namespace

TEST_CASE("a set logged by another program shows in the open app within a second", "[outside]")
{
    test::TrainingFixture fixture;
    gui::TodayPane today(fixture.logbook());
    gui::HistoryPane history(fixture.logbook());
    test::showAndWait(&today);
    const core::PlannedItem item = firstRepsItem(fixture);

    // Half-way through typing the first set's reps when keel-cli logs a set of the same item.
    QSpinBox* reps = focusedReps(today, item);
    reps->selectAll();
    QTest::keyClicks(reps, QStringLiteral("7"));
    REQUIRE(reps->value() == 7);

    QSignalSpy logChanged(&fixture.logbook(), &gui::Logbook::logChanged);
    core::LoggedSet set;
    set.date = test::testToday();
    set.exerciseId = item.exerciseId;
    set.reps = 11;
    set.loadKg = item.loadKg;
    set.plannedItemId = item.id;
    const std::int64_t outsideSet = logFromOutside(fixture, set);
    REQUIRE(QTest::qWaitFor([&] { return logChanged.count() > 0; }, kPatienceMs));
    CHECK(history.model()->rowOfSet(outsideSet) >= 0);
    const auto* loggedToday = today.itemPanel()->findChild<QLabel*>(QStringLiteral("loggedTodayLabel"));
    REQUIRE(loggedToday != nullptr);
    CHECK(loggedToday->text().contains(QStringLiteral("11")));
    // What was being typed is still there, and Enter logs it as the item's second set.
    CHECK(reps->value() == 7);
    QTest::keyClick(reps, Qt::Key_Return);
    const std::vector<core::LoggedSet> sets = fixture.setsToday();
    REQUIRE(sets.size() == 2);
    CHECK(sets[1].reps == 7);

    // The app's own writes are no news to it.
    CHECK_FALSE(fixture.logbook().catchUpWithOutside());
}

TEST_CASE("a profile changed by another program reaches Settings; a logged set leaves an edit there alone", "[outside]")
{
    test::TrainingFixture fixture;
    QSignalSpy profileChanged(&fixture.logbook(), &gui::Logbook::profileChanged);
    auto cli = core::Database::open(fixture.databasePath(), test::testToday());

    SECTION("a logged set does not say the profile changed")
    {
        core::LoggedSet set;
        set.date = test::testToday();
        set.exerciseId = "modified-bird-dog";
        set.reps = 8;
        core::LogRepository(*cli).addSet(set);
        REQUIRE(fixture.logbook().catchUpWithOutside());
        CHECK(profileChanged.isEmpty());
    }
    SECTION("a changed profile does")
    {
        core::Profile profile = *fixture.logbook().profile();
        profile.minutesPerDay += 5;
        core::ProfileRepository(*cli).save(profile);
        REQUIRE(fixture.logbook().catchUpWithOutside());
        CHECK(profileChanged.count() == 1);
        CHECK(fixture.logbook().profile() == profile);
    }
    CHECK_FALSE(fixture.logbook().catchUpWithOutside());
}

TEST_CASE("a change from another program ends what Undo can take back, and says so", "[outside]")
{
    test::TrainingFixture fixture;
    gui::TodayPane today(fixture.logbook());
    test::showAndWait(&today);
    const core::PlannedItem item = firstRepsItem(fixture);
    QTest::keyClick(focusedReps(today, item), Qt::Key_Return);
    REQUIRE(fixture.logbook().undoStack()->canUndo());

    QSignalSpy noticed(&fixture.logbook(), &gui::Logbook::noticed);
    core::LoggedSet set;
    set.date = test::testToday();
    set.exerciseId = item.exerciseId;
    set.reps = 9;
    logFromOutside(fixture, set);
    REQUIRE(fixture.logbook().catchUpWithOutside());
    CHECK_FALSE(fixture.logbook().undoStack()->canUndo());
    REQUIRE(noticed.count() == 1);
    CHECK(noticed.front().front().toString().contains(QStringLiteral("can no longer be undone")));
    // Both sets stay: the app's and the other program's.
    CHECK(fixture.setsToday().size() == 2);
}
