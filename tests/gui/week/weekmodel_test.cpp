// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/week/weekmodel.h"
#include "support/guitestsupport.h"
#include "support/trainingfixture.h"

#include <QAbstractItemModelTester>
#include <QMimeData>
#include <QSignalSpy>

#include <catch2/catch.hpp>
#include <memory>

using namespace keel;
using gui::WeekModel;

namespace {

gui::WeekContent handBuiltContent()
{
    gui::WeekContent content;
    content.plan = test::handBuiltWeek();
    content.weekStart = content.plan->weekStart;
    core::LoggedSet set;
    set.date = content.weekStart;
    set.exerciseId = "goblet-squat";
    set.reps = 10;
    set.plannedItemId = 11;
    content.logs[11].sets = {set, set, set};
    return content;
}

} // namespace

TEST_CASE("the Week model passes the model tester through resets", "[week][model]")
{
    const core::Catalog catalog = test::sampleCatalog();
    WeekModel model(catalog);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);

    model.setContent(handBuiltContent(), gui::UnitFormat(core::Units::Kg), test::testToday());
    CHECK(model.rowCount() == WeekModel::kDays);
    gui::WeekContent empty;
    empty.weekStart = core::Date::fromYmd(2026, 3, 16);
    model.setContent(empty, gui::UnitFormat(core::Units::Kg), test::testToday());
    CHECK(model.rowCount() == WeekModel::kDays);
    CHECK(model.rowCount(model.index(0, 0)) == 0);
    model.setContent(handBuiltContent(), gui::UnitFormat(core::Units::Lb), test::testToday());
    CHECK(model.rowCount(model.index(1, 0)) == 2);
}

TEST_CASE("the Week model lays sessions out by day with planned against done", "[week][model]")
{
    const core::Catalog catalog = test::sampleCatalog();
    WeekModel model(catalog);
    model.setContent(handBuiltContent(), gui::UnitFormat(core::Units::Kg), test::testToday());

    const QModelIndex monday = model.index(0, WeekModel::TitleColumn);
    REQUIRE(model.rowCount(monday) == 1);
    const QModelIndex strength = model.index(0, WeekModel::TitleColumn, monday);
    CHECK(strength.data().toString() == "Strength");
    CHECK(strength.data(WeekModel::LoggedRole).toBool());
    CHECK_FALSE(model.flags(strength).testFlag(Qt::ItemIsDragEnabled)); // logged: stays put
    REQUIRE(model.rowCount(strength) == 4);
    const QModelIndex squat = model.index(0, WeekModel::TitleColumn, strength);
    CHECK(squat.data().toString() == "Goblet squat");
    CHECK(squat.data(WeekModel::PrescriptionRole).toString() == "3 × 8–12 · 12 kg");
    CHECK(squat.data(WeekModel::ProgressRole).toString() == "3/3 sets ✓");
    CHECK(squat.data(WeekModel::CompleteRole).toBool());
    // A narrow column may elide the name: the tooltip has it whole, with the dose and the reason.
    CHECK(squat.data(Qt::ToolTipRole).toString() == "Goblet squat\n3 × 8–12 · 12 kg\nfirst week on this rung");
    CHECK(squat.data(WeekModel::ReasonRole).toString() == "first week on this rung");
    CHECK(model.index(2, WeekModel::TitleColumn, strength).data(WeekModel::ProgressRole).toString() == "0/2 sets");

    const QModelIndex tuesday = model.index(1, WeekModel::TitleColumn);
    REQUIRE(model.rowCount(tuesday) == 2);
    CHECK(model.index(0, 0, tuesday).data().toString() == "Mobility");
    CHECK(model.index(1, 0, tuesday).data().toString() == "Walk");
    CHECK(model.index(1, 0, tuesday).data(Qt::DecorationRole).isValid());
    CHECK(model.index(2, 0).data(WeekModel::IsTodayRole).toBool());
    CHECK(model.rowCount(model.index(6, 0)) == 0);
    CHECK(model.index(6, WeekModel::ProgressColumn).data().toString() == "rest day");

    CHECK(model.sessionIndex(103).parent() == model.index(2, 0));
    CHECK(model.itemIndex(41).parent() == model.sessionIndex(103));
    CHECK(model.dateAt(model.itemIndex(41)) == core::Date::fromYmd(2026, 3, 11));
}

TEST_CASE("dropping a session on another day asks for the move", "[week][model][dnd]")
{
    const core::Catalog catalog = test::sampleCatalog();
    WeekModel model(catalog);
    model.setContent(handBuiltContent(), gui::UnitFormat(core::Units::Kg), test::testToday());
    QSignalSpy spy(&model, &WeekModel::sessionMoveRequested);

    const QModelIndex mobility = model.sessionIndex(101);
    REQUIRE(model.flags(mobility).testFlag(Qt::ItemIsDragEnabled));
    std::unique_ptr<QMimeData> data(model.mimeData({mobility}));
    REQUIRE(data);
    REQUIRE(data->hasFormat(WeekModel::kSessionMimeType));

    const QModelIndex thursday = model.index(3, 0);
    CHECK_FALSE(model.canDropMimeData(data.get(), Qt::MoveAction, -1, -1, model.index(1, 0))); // same day
    CHECK_FALSE(model.canDropMimeData(data.get(), Qt::CopyAction, -1, -1, thursday));
    REQUIRE(model.canDropMimeData(data.get(), Qt::MoveAction, -1, -1, thursday));
    REQUIRE(model.dropMimeData(data.get(), Qt::MoveAction, -1, -1, thursday));
    REQUIRE(spy.count() == 1);
    CHECK(spy.at(0).at(0).toLongLong() == 101);
    CHECK(spy.at(0).at(2).value<core::Date>() == core::Date::fromYmd(2026, 3, 12));

    // Dropped onto an item of another day, it lands on that item's day.
    REQUIRE(model.dropMimeData(data.get(), Qt::MoveAction, -1, -1, model.itemIndex(41)));
    CHECK(spy.at(1).at(2).value<core::Date>() == core::Date::fromYmd(2026, 3, 11));

    // A logged session is never packed for a drag.
    CHECK(model.mimeData({model.sessionIndex(100)}) == nullptr);
}
