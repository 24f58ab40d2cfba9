// SPDX-License-Identifier: GPL-3.0-or-later
// Today's quick entry and History's edit dialog share one editor of a set, so a number typed
// past what the store takes ends the same in both.
#include "core/model/logentries.h"
#include "core/store/logrepository.h"
#include "gui/history/logentrydialog.h"
#include "gui/logbook.h"
#include "gui/today/itempanel.h"
#include "gui/today/setentrywidget.h"
#include "gui/today/todaypane.h"
#include "support/guitestsupport.h"
#include "support/trainingfixture.h"

#include <QDoubleSpinBox>
#include <QSpinBox>
#include <QTest>

#include <algorithm>
#include <catch2/catch.hpp>

using namespace keel;

namespace {

template<typename Box> Box* field(QWidget* root, const char* name)
{
    auto* found = root->findChild<Box*>(QLatin1String(name));
    REQUIRE(found != nullptr);
    REQUIRE(found->isVisible());
    return found;
}

// Types `text` over the field's contents, as a person at the keyboard would.
void typeOver(QAbstractSpinBox* box, const QString& text)
{
    box->setFocus();
    box->selectAll();
    QTest::keyClicks(box, text);
    QTest::keyClick(box, Qt::Key_Tab);
}

} // namespace

TEST_CASE("Today and the History dialog refuse the same number typed past the store's limits", "[entry]")
{
    core::Profile profile = test::sampleProfile();
    profile.experience = core::Experience::Experienced; // loaded exercises from the start
    profile.units = core::Units::Lb;
    test::TrainingFixture fixture(profile, true);
    gui::TodayPane pane(fixture.logbook());
    test::showAndWait(&pane);
    const core::PlannedItem loaded = fixture.todayLoadedItem();
    REQUIRE(loaded.reps);
    pane.selectItem(loaded.id);
    gui::SetEntryWidget* today = pane.itemPanel()->setEntry();

    core::LoggedSet set;
    set.date = test::testToday();
    set.exerciseId = loaded.exerciseId;
    set.reps = 8;
    set.loadKg = 20.0;
    gui::LogEntryDialog dialog(set, fixture.logbook().catalog(), gui::UnitFormat(core::Units::Lb), test::testToday());
    test::showAndWait(&dialog);

    // 1500 reps: the last digit is refused, in both.
    auto* todayReps = field<QSpinBox>(today, "repsSpinBox");
    auto* dialogReps = field<QSpinBox>(&dialog, "repsSpinBox");
    typeOver(todayReps, QStringLiteral("1500"));
    typeOver(dialogReps, QStringLiteral("1500"));
    CHECK(todayReps->value() == 150);
    CHECK(dialogReps->value() == todayReps->value());

    // 2300 lb is over the store's 1000 kg (2204.62 lb).
    auto* todayLoad = field<QDoubleSpinBox>(today, "loadSpinBox");
    auto* dialogLoad = field<QDoubleSpinBox>(&dialog, "loadSpinBox");
    typeOver(todayLoad, QStringLiteral("2300"));
    typeOver(dialogLoad, QStringLiteral("2300"));
    CHECK(todayLoad->value() == 230.0);
    CHECK(dialogLoad->value() == todayLoad->value());

    // What either one hands on is the same set, and the store takes it.
    const core::LoggedSet fromToday = today->enteredSet();
    const auto fromDialog = std::get<core::LoggedSet>(dialog.entry());
    CHECK(fromToday.reps == fromDialog.reps);
    CHECK(fromToday.loadKg == fromDialog.loadKg);
    CHECK_NOTHROW(core::LogRepository::validate(fromToday));
}
