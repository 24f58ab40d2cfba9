// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/today/todaymodel.h"
#include "support/guitestsupport.h"
#include "support/trainingfixture.h"

#include <QAbstractItemModelTester>

#include <algorithm>
#include <catch2/catch.hpp>

using namespace keel;
using gui::TodayModel;

namespace {

// What core::DayView::load would read for Wednesday of the hand-built week, with two sets of
// the goblet squat logged and a previous session on Monday.
core::DayView wednesdayContent()
{
    const core::WeekPlan week = test::handBuiltWeek();
    core::DayView content;
    content.date = test::testToday();
    content.hasPlan = true;
    for (const core::PlannedSession& planned : week.sessions) {
        if (planned.date != content.date)
            continue;
        core::DaySession session;
        session.id = planned.id;
        session.kind = planned.kind;
        for (const core::PlannedItem& item : planned.items)
            session.entries.push_back({item, {}, {}, {}});
        content.sessions.push_back(session);
    }
    core::DayEntry& squat = content.sessions[0].entries[1];
    for (int reps : {10, 9}) {
        core::LoggedSet set;
        set.date = content.date;
        set.exerciseId = "goblet-squat";
        set.reps = reps;
        set.loadKg = 12.0;
        set.plannedItemId = squat.item.id;
        squat.log.sets.push_back(set);
        set.date = content.date.addDays(-2);
        squat.lastTime.push_back(set);
    }
    return content;
}

} // namespace

TEST_CASE("the Today model passes the model tester through resets", "[today][model]")
{
    const core::Catalog catalog = test::sampleCatalog();
    TodayModel model(catalog);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);

    model.setContent(wednesdayContent(), gui::UnitFormat(core::Units::Kg));
    REQUIRE(model.rowCount() == 2);
    model.setContent({}, gui::UnitFormat(core::Units::Lb));
    CHECK(model.rowCount() == 0);
    model.setContent(wednesdayContent(), gui::UnitFormat(core::Units::Lb));
    CHECK(model.rowCount() == 2);
}

TEST_CASE("the Today model shows sessions in order with prescription, progress and last time", "[today][model]")
{
    const core::Catalog catalog = test::sampleCatalog();
    TodayModel model(catalog);
    model.setContent(wednesdayContent(), gui::UnitFormat(core::Units::Kg));

    const QModelIndex strength = model.index(0, TodayModel::ExerciseColumn);
    CHECK(strength.data().toString() == "Strength");
    CHECK(model.index(0, TodayModel::ProgressColumn).data().toString() == "0/2 done");
    CHECK(model.index(1, TodayModel::ExerciseColumn).data().toString() == "Walk");
    REQUIRE(model.rowCount(strength) == 2);

    const auto cell = [&](int row, int column) { return model.index(row, column, strength).data().toString(); };
    CHECK(cell(0, TodayModel::ExerciseColumn) == "Open book (warm-up)");
    CHECK(cell(0, TodayModel::PrescriptionColumn) == "3–5 min");
    CHECK(cell(1, TodayModel::ExerciseColumn) == "Goblet squat");
    CHECK(cell(1, TodayModel::PrescriptionColumn) == "3 × 8–12 · 12 kg");
    CHECK(cell(1, TodayModel::ProgressColumn) == "2/3 sets");
    CHECK(cell(1, TodayModel::LastTimeColumn).endsWith(": 10, 9 × 12 kg"));
    CHECK(model.index(1, 0, strength).data(TodayModel::ReasonRole).toString() == "first week on this rung");
    CHECK(model.index(1, 0, strength).data(TodayModel::ItemIdRole).toLongLong() == 41);
    CHECK_FALSE(model.index(1, 0, strength).data(TodayModel::CompleteRole).toBool());

    const QModelIndex found = model.indexOfItem(41);
    REQUIRE(found.isValid());
    CHECK(found.parent() == strength);
    CHECK(model.entryAt(found)->item.exerciseId == "goblet-squat");
    CHECK(model.entryAt(strength) == nullptr);
}

TEST_CASE("the Today model shows loads in pounds when the profile asks for them", "[today][model]")
{
    const core::Catalog catalog = test::sampleCatalog();
    TodayModel model(catalog);
    model.setContent(wednesdayContent(), gui::UnitFormat(core::Units::Lb));
    const QModelIndex squat = model.indexOfItem(41);
    CHECK(squat.siblingAtColumn(TodayModel::PrescriptionColumn).data().toString() == "3 × 8–12 · 26.46 lb");
}

TEST_CASE("Today content finds the next open item in session order", "[today][model]")
{
    core::DayView content = wednesdayContent();
    REQUIRE(content.firstOpenEntry() != nullptr);
    CHECK(content.firstOpenEntry()->item.id == 40);
    CHECK(content.nextOpenEntry(40)->item.id == 41);
    CHECK(content.nextOpenEntry(41)->item.id == 42);
    CHECK(content.nextOpenEntry(42)->item.id == 40); // wraps round to what is still open
}
