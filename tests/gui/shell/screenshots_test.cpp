// SPDX-License-Identifier: GPL-3.0-or-later
// Renders the Today and Week panes with a realistic week into PNGs for a person to look at.
// Hidden from normal runs: test_gui_shell "[.screenshots]" with KEEL_SCREENSHOT_DIR set
// (and QT_SCALE_FACTOR=2 for the 2× pictures).
#include "core/store/logrepository.h"
#include "gui/common/palettecolors.h"
#include "gui/logbook.h"
#include "gui/today/itempanel.h"
#include "gui/today/resttimer.h"
#include "gui/today/todaypane.h"
#include "gui/week/weekmodel.h"
#include "gui/week/weekpane.h"
#include "support/guitestsupport.h"
#include "support/trainingfixture.h"

#include <QApplication>
#include <QDir>
#include <QItemSelectionModel>
#include <QTest>
#include <QToolButton>
#include <QUndoStack>

#include <catch2/catch.hpp>

using namespace keel;
using namespace std::chrono_literals;

namespace {

// Logs every planned set of Monday (so today's items have a "last time") and part of today.
void logRealisticWeek(test::TrainingFixture& fixture)
{
    core::LogRepository log(fixture.logbook().database());
    for (const core::PlannedSession& session : fixture.storedWeek().sessions) {
        const bool monday = session.date == fixture.weekStart();
        const bool today = session.date == test::testToday();
        if (!monday && !today)
            continue;
        int loggedItems = 0;
        for (const core::PlannedItem& item : session.items) {
            if (today && (loggedItems++ > 2 || session.kind != core::SessionKind::Strength))
                break;
            if (item.pattern == core::Pattern::Walking) {
                core::WalkEntry walk;
                walk.date = session.date;
                walk.minutes = item.minutes ? item.minutes->max : 20;
                walk.meters = walk.minutes * 90.0;
                walk.plannedItemId = item.id;
                log.addWalk(walk);
                continue;
            }
            const int sets = today ? std::max(1, item.sets - 1) : std::max(1, item.sets);
            for (int i = 0; i < sets; ++i) {
                core::LoggedSet set;
                set.date = session.date;
                set.exerciseId = item.exerciseId;
                set.plannedItemId = item.id;
                set.loadKg = item.loadKg;
                if (item.reps)
                    set.reps = item.reps->max - i;
                else if (item.seconds)
                    set.seconds = item.seconds->max;
                else if (item.meters)
                    set.meters = item.meters->max;
                else if (item.minutes)
                    set.seconds = item.minutes->min * 60;
                set.rpe = 7;
                set.pain = 1;
                log.addSet(set);
            }
        }
    }
    log.setCheckIn({test::testToday(), 2});
    fixture.logbook().notifyLogChanged();
}

void render(QWidget& pane, const QString& path)
{
    pane.resize(qEnvironmentVariableIntValue("KEEL_SCREENSHOT_WIDTH") > 0
            ? qEnvironmentVariableIntValue("KEEL_SCREENSHOT_WIDTH")
            : 1000,
        720);
    test::showAndWait(&pane);
    REQUIRE(pane.grab().save(path));
}

} // namespace

TEST_CASE("render the Today and Week panes", "[.screenshots]")
{
    const QString folder = qEnvironmentVariable("KEEL_SCREENSHOT_DIR", QDir::tempPath());
    const QString scale = qEnvironmentVariable("QT_SCALE_FACTOR", QStringLiteral("1"));
    const QPalette light = QApplication::palette();
    for (const bool dark : {false, true}) {
        QApplication::setPalette(dark ? gui::PaletteColors::darkPalette() : light);
        const QString suffix = QStringLiteral("-%1x%2.png").arg(scale, dark ? QStringLiteral("-dark") : QString());

        test::TrainingFixture fixture;
        logRealisticWeek(fixture);
        {
            gui::TodayPane today(fixture.logbook());
            render(today, folder + QStringLiteral("/today") + suffix);
            // After a set: the rest is over and asks for the next one; the cues are open.
            today.restTimer()->setTickInterval(1ms);
            today.logEnteredSet();
            QTRY_COMPARE_WITH_TIMEOUT(today.restTimer()->state(), gui::RestTimer::State::Finished, 5000);
            if (auto* cues = today.itemPanel()->findChild<QToolButton*>())
                cues->click();
            render(today, folder + QStringLiteral("/today-rest") + suffix);
        }
        {
            gui::WeekPane week(fixture.logbook());
            const core::PlannedItem item = fixture.todayStrength().items.back();
            week.selectionModel()->setCurrentIndex(
                week.model()->itemIndex(item.id), QItemSelectionModel::ClearAndSelect);
            render(week, folder + QStringLiteral("/week") + suffix);
        }
        test::TrainingFixture empty(false);
        gui::TodayPane today(empty.logbook());
        render(today, folder + QStringLiteral("/today-empty") + suffix);
    }
    QApplication::setPalette(light);
}
