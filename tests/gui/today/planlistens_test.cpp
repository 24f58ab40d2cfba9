// SPDX-License-Identifier: GPL-3.0-or-later
// The app's side of the plan that listens: a set logged through the undo stack brings the plan up to
// date at once (Session refreshes after every logged entry), so Friday's session already follows a
// painful Wednesday, and the panes hear planChanged.
#include "core/plan/planservice.h"
#include "core/store/planrepository.h"
#include "gui/commands/logsetscommand.h"
#include "gui/logbook.h"
#include "support/guitestsupport.h"
#include "support/trainingfixture.h"

#include <QSignalSpy>
#include <QUndoStack>

#include <catch2/catch.hpp>

using namespace keel;

namespace {

std::optional<core::PlannedItem> mainOn(const core::WeekPlan& week, core::Date date, core::Pattern pattern)
{
    for (const core::PlannedSession& session : week.sessions) {
        for (const core::PlannedItem& item : session.items) {
            if (session.date == date && session.kind == core::SessionKind::Strength && item.pattern == pattern
                && !item.warmUp)
                return item;
        }
    }
    return std::nullopt;
}

} // namespace

TEST_CASE("a painful set logged in the app steps the pattern back at its next session, the same week")
{
    test::TrainingFixture fixture;
    gui::Logbook& logbook = fixture.logbook();
    const core::Date today = test::testToday(); // Wednesday, a strength day of Monday/Wednesday/Friday
    const core::Date friday = today.addDays(2);
    const auto hinge = mainOn(fixture.storedWeek(), today, core::Pattern::Hinge);
    REQUIRE(hinge);
    const auto before = mainOn(fixture.storedWeek(), friday, core::Pattern::Hinge);
    REQUIRE(before);

    QSignalSpy planChanged(&logbook, &gui::Logbook::planChanged);
    core::LoggedSet set;
    set.date = today;
    set.exerciseId = hinge->exerciseId;
    set.reps = 8;
    set.loadKg = hinge->loadKg;
    set.pain = 8;
    set.plannedItemId = hinge->id;
    logbook.undoStack()->push(new gui::LogSetsCommand(logbook, {set}, QString::fromStdString(hinge->exerciseId)));

    CHECK(planChanged.count() >= 1);
    const auto after = mainOn(fixture.storedWeek(), friday, core::Pattern::Hinge);
    REQUIRE(after);
    // A starter is on the gentlest rung: one rung, one load step or one set fewer.
    INFO(after->reason.text());
    CHECK((after->exerciseId != before->exerciseId || after->loadKg != before->loadKg || after->sets < before->sets));
    CHECK_THAT(after->reason.text(), Catch::StartsWith("stepped back: pain 8/10 on Wednesday 2026-03-11"));
}
