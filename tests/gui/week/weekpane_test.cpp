// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/store/logrepository.h"
#include "core/store/planrepository.h"
#include "core/store/progressionrepository.h"
#include "gui/common/accessibility.h"
#include "gui/common/reasonwords.h"
#include "gui/logbook.h"
#include "gui/week/weekdayview.h"
#include "gui/week/weekmodel.h"
#include "gui/week/weekpane.h"
#include "support/guitestsupport.h"
#include "support/trainingfixture.h"

#include <QAbstractItemModelTester>
#include <QItemSelectionModel>
#include <QMimeData>
#include <QStringList>
#include <QUndoStack>

#include <algorithm>
#include <catch2/catch.hpp>
#include <memory>

using namespace keel;
using gui::WeekModel;

namespace {

std::optional<core::PlannedSession> storedSession(test::TrainingFixture& fixture, std::int64_t id)
{
    for (const core::PlannedSession& session : fixture.storedWeek().sessions) {
        if (session.id == id)
            return session;
    }
    return std::nullopt;
}

std::optional<core::PlannedItem> storedItem(test::TrainingFixture& fixture, std::int64_t id)
{
    for (const core::PlannedSession& session : fixture.storedWeek().sessions) {
        for (const core::PlannedItem& item : session.items) {
            if (item.id == id)
                return item;
        }
    }
    return std::nullopt;
}

} // namespace

TEST_CASE("the Week pane shows the current week from the profile's week start", "[week][pane]")
{
    test::TrainingFixture fixture;
    gui::WeekPane pane(fixture.logbook());
    test::showAndWait(&pane);
    CHECK(pane.weekStart() == fixture.weekStart());
    REQUIRE(pane.model()->content().plan.has_value());
    CHECK(pane.dayView(2)->rootIndex() == pane.model()->index(2, 0));
    CHECK(pane.dayView(2)->accessibleName().endsWith(QStringLiteral("today")));

    pane.nextWeek();
    CHECK(pane.weekStart() == fixture.weekStart().addDays(7));
    CHECK_FALSE(pane.model()->content().plan.has_value());
    pane.previousWeek();
    pane.previousWeek();
    CHECK(pane.weekStart() == fixture.weekStart().addDays(-7));
    pane.thisWeek();
    CHECK(pane.weekStart() == fixture.weekStart());
}

TEST_CASE("a session dragged to another day is moved in the database, and undo moves it back", "[week][pane][dnd]")
{
    test::TrainingFixture fixture;
    gui::WeekPane pane(fixture.logbook());
    test::showAndWait(&pane);
    const core::PlannedSession strength = fixture.todayStrength();
    WeekModel* model = pane.model();

    const QModelIndex session = model->sessionIndex(strength.id);
    REQUIRE(session.isValid());
    std::unique_ptr<QMimeData> data(model->mimeData({session}));
    REQUIRE(data);
    const core::Date thursday = test::testToday().addDays(1);
    const QModelIndex target = model->dayIndex(thursday);
    REQUIRE(model->canDropMimeData(data.get(), Qt::MoveAction, -1, -1, target));
    REQUIRE(model->dropMimeData(data.get(), Qt::MoveAction, -1, -1, target));

    REQUIRE(storedSession(fixture, strength.id).has_value());
    CHECK(storedSession(fixture, strength.id)->date == thursday);
    CHECK(model->sessionIndex(strength.id).parent() == model->dayIndex(thursday));
    CHECK(pane.statusText().startsWith(QStringLiteral("Saved:")));

    fixture.logbook().undoStack()->undo();
    CHECK(storedSession(fixture, strength.id)->date == test::testToday());
    CHECK(model->sessionIndex(strength.id).parent() == model->dayIndex(test::testToday()));
    fixture.logbook().undoStack()->redo();
    CHECK(storedSession(fixture, strength.id)->date == thursday);
}

TEST_CASE("a logged session cannot be dragged away from the day it was done", "[week][pane][dnd]")
{
    test::TrainingFixture fixture;
    const core::PlannedSession strength = fixture.todayStrength();
    core::LoggedSet set;
    set.date = test::testToday();
    set.exerciseId = strength.items.back().exerciseId;
    set.reps = 8;
    set.plannedItemId = strength.items.back().id;
    core::LogRepository(fixture.logbook().database()).addSet(set);

    gui::WeekPane pane(fixture.logbook());
    const QModelIndex session = pane.model()->sessionIndex(strength.id);
    CHECK_FALSE(pane.model()->flags(session).testFlag(Qt::ItemIsDragEnabled));
    CHECK(pane.model()->mimeData({session}) == nullptr);
}

TEST_CASE("swap offers only same-pattern, same-rung exercises the profile can do", "[week][pane][swap]")
{
    test::TrainingFixture fixture;
    gui::WeekPane pane(fixture.logbook());
    const core::Catalog& catalog = fixture.logbook().catalog();
    const core::Profile& profile = *fixture.logbook().profile();

    std::optional<core::PlannedItem> swappable;
    std::string replacement;
    for (const core::PlannedSession& session : fixture.storedWeek().sessions) {
        for (const core::PlannedItem& item : session.items) {
            const core::Exercise* current = catalog.find(item.exerciseId);
            REQUIRE(current != nullptr);
            for (const core::Exercise* alternative : pane.swapAlternatives(item.id)) {
                CHECK(alternative->id != current->id);
                CHECK(alternative->pattern == current->pattern);
                CHECK(alternative->level == current->level);
                CHECK(alternative->focus == current->focus);
                CHECK(alternative->canBeDoneWith(profile.equipment));
                if (!swappable) {
                    swappable = item;
                    replacement = alternative->id;
                }
            }
            // Whatever the profile's equipment rules out is never offered.
            for (const core::Exercise* other : catalog.byPattern(current->pattern)) {
                if (other->level == current->level && !other->canBeDoneWith(profile.equipment)) {
                    const auto offered = pane.swapAlternatives(item.id);
                    CHECK(std::find(offered.begin(), offered.end(), other) == offered.end());
                }
            }
        }
    }
    REQUIRE(swappable.has_value());

    pane.swapExercise(swappable->id, replacement);
    CHECK(storedItem(fixture, swappable->id)->exerciseId == replacement);
    CHECK(
        pane.model()->itemIndex(swappable->id).data(WeekModel::ExerciseIdRole).toString().toStdString() == replacement);
    fixture.logbook().undoStack()->undo();
    CHECK(storedItem(fixture, swappable->id)->exerciseId == swappable->exerciseId);
}

TEST_CASE("selecting an item shows why it is planned", "[week][pane]")
{
    test::TrainingFixture fixture;
    gui::WeekPane pane(fixture.logbook());
    const core::PlannedItem item = fixture.todayStrength().items.back();
    const QModelIndex index = pane.model()->itemIndex(item.id);
    REQUIRE_FALSE(item.reason.empty());
    // The reason in the desktop's words: its dates in the locale's format, its names as the catalog shows them.
    const QString why = gui::ReasonWords::text(item.reason, &fixture.logbook().catalog());
    REQUIRE_FALSE(why.isEmpty());
    CHECK(index.data(Qt::ToolTipRole).toString().endsWith(why));
    pane.selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect);
    CHECK(pane.detailText().contains(why.toHtmlEscaped()));
}

TEST_CASE("generate plans an empty week and regenerate keeps what was logged", "[week][pane][generate]")
{
    test::TrainingFixture fixture(false);
    gui::WeekPane pane(fixture.logbook());
    REQUIRE_FALSE(pane.model()->content().plan.has_value());
    pane.generate();
    REQUIRE(pane.model()->content().plan.has_value());

    const core::PlannedSession strength = fixture.todayStrength();
    const core::PlannedItem logged = strength.items.back();
    core::LoggedSet set;
    set.date = test::testToday();
    set.exerciseId = logged.exerciseId;
    set.reps = 8;
    set.plannedItemId = logged.id;
    core::LogRepository(fixture.logbook().database()).addSet(set);
    fixture.logbook().notifyLogChanged();

    const int steps = fixture.logbook().undoStack()->count();
    pane.generate();
    CHECK(fixture.logbook().undoStack()->count() == steps + 1);
    REQUIRE(storedItem(fixture, logged.id).has_value());
    CHECK(core::PlanRepository(fixture.logbook().database()).isLogged(logged.id));
    fixture.logbook().undoStack()->undo();
    CHECK(storedItem(fixture, logged.id).has_value());
    CHECK(fixture.storedWeek().sessions.size() == pane.model()->content().plan->sessions.size());
}

TEST_CASE("undoing a re-plan puts the progression back: its state and without the events it recorded",
    "[week][pane][generate]")
{
    test::TrainingFixture fixture;
    gui::WeekPane pane(fixture.logbook());
    core::Database& database = fixture.logbook().database();
    // A painful set logged outside the app (no refresh yet): re-planning is what reacts to it.
    const core::PlannedItem hurt = fixture.todayStrength().items.back();
    core::LoggedSet set;
    set.date = test::testToday();
    set.exerciseId = hurt.exerciseId;
    set.reps = 8;
    set.pain = 8;
    set.plannedItemId = hurt.id;
    core::LogRepository(database).addSet(set);

    const core::ProgressionSnapshot before = core::ProgressionRepository(database).load();
    const std::vector<core::ProgressionEvent> eventsBefore = core::ProgressionRepository(database).events();
    pane.generate();
    REQUIRE(core::ProgressionRepository(database).events().size() > eventsBefore.size());

    fixture.logbook().undoStack()->undo();
    CHECK(core::ProgressionRepository(database).load() == before);
    CHECK(core::ProgressionRepository(database).events() == eventsBefore);
    // And redo decides again.
    fixture.logbook().undoStack()->redo();
    CHECK(core::ProgressionRepository(database).events().size() > eventsBefore.size());
}

TEST_CASE("the Week pane's model passes the model tester while weeks change", "[week][pane][model]")
{
    test::TrainingFixture fixture;
    gui::WeekPane pane(fixture.logbook());
    QAbstractItemModelTester tester(pane.model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    pane.nextWeek();
    pane.thisWeek();
    pane.moveSession(fixture.todayStrength().id, test::testToday().addDays(1));
    fixture.logbook().undoStack()->undo();
    CHECK(pane.model()->rowCount() == WeekModel::kDays);
}

TEST_CASE("every control of the Week pane has an accessible name", "[week][pane][a11y]")
{
    test::TrainingFixture fixture;
    gui::WeekPane pane(fixture.logbook());
    test::showAndWait(&pane);
    for (QWidget* unnamed : gui::Accessibility::unnamedControls(&pane))
        FAIL_CHECK("unnamed " << unnamed->metaObject()->className() << " " << unnamed->objectName().toStdString());
}

TEST_CASE("regenerating a week with moves or swaps asks first, and undo brings them back", "[week][pane][generate]")
{
    test::TrainingFixture fixture;
    gui::WeekPane pane(fixture.logbook());
    QStringList asked;
    bool answer = false;
    pane.setConfirmation([&](const QString& message) {
        asked << message;
        return answer;
    });
    QUndoStack* stack = fixture.logbook().undoStack();
    const core::Date moveTo = test::testToday().addDays(1);
    const auto strengthOn = [&](core::Date date) {
        const auto sessions = fixture.storedWeek().sessions;
        return std::any_of(sessions.begin(), sessions.end(),
            [&](const core::PlannedSession& s) { return s.date == date && s.kind == core::SessionKind::Strength; });
    };

    // Nothing changed by hand, or a change undone since: no question.
    pane.generate();
    pane.moveSession(fixture.todayStrength().id, moveTo);
    stack->undo();
    pane.generate();
    CHECK(asked.isEmpty());

    const std::int64_t moved = fixture.todayStrength().id;
    pane.moveSession(moved, moveTo);
    REQUIRE(storedSession(fixture, moved)->date == moveTo);
    const int steps = stack->count();

    // Declined: the week stays as it was moved.
    pane.generate();
    REQUIRE(asked.size() == 1);
    CHECK(asked.front().contains(QStringLiteral("1 change you made by hand")));
    CHECK(stack->count() == steps);
    CHECK(storedSession(fixture, moved)->date == moveTo);

    // Accepted: re-planned as one undo step, and the message says how to get the change back.
    answer = true;
    pane.generate();
    CHECK(asked.size() == 2);
    CHECK(stack->count() == steps + 1);
    CHECK(pane.statusText().contains(QStringLiteral("Undo")));
    CHECK_FALSE(strengthOn(moveTo));
    stack->undo();
    CHECK(strengthOn(moveTo));
}

TEST_CASE("a move made before a restart is still a hand edit: regenerating asks about it", "[week][pane][generate]")
{
    test::TrainingFixture fixture;
    const core::Date moveTo = test::testToday().addDays(1);
    const std::int64_t moved = fixture.todayStrength().id;
    {
        gui::WeekPane pane(fixture.logbook());
        pane.moveSession(moved, moveTo);
    }
    // A new run of the app has an empty undo stack; the stored plan remembers the move.
    fixture.logbook().undoStack()->clear();
    REQUIRE(storedSession(fixture, moved)->movedFrom == test::testToday());

    gui::WeekPane pane(fixture.logbook());
    QStringList asked;
    pane.setConfirmation([&](const QString& message) {
        asked << message;
        return false;
    });
    pane.generate();
    REQUIRE(asked.size() == 1);
    CHECK(asked.front().contains(QStringLiteral("1 change you made by hand")));
    CHECK(storedSession(fixture, moved)->date == moveTo);
}
