// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/util/units.h"
#include "gui/common/accessibility.h"
#include "gui/common/equipmentmodel.h"
#include "gui/firstrun/firstrundialog.h"
#include "gui/settings/profileform.h"
#include "support/guitestsupport.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QTest>

#include <catch2/catch.hpp>

using namespace keel;

TEST_CASE("the first-run dialog returns the profile as filled in, without saving anything")
{
    gui::FirstRunDialog dialog;
    test::showAndWait(&dialog);
    CHECK(dialog.profile() == gui::FirstRunDialog::suggestedProfile());

    auto* experience = dialog.findChild<QComboBox*>("experienceComboBox");
    auto* strengthDays = dialog.findChild<QComboBox*>("strengthDaysComboBox");
    auto* monday = dialog.findChild<QCheckBox*>("mondayCheckBox");
    auto* minutes = dialog.findChild<QSpinBox*>("minutesSpinBox");
    auto* walking = dialog.findChild<QSpinBox*>("walkingSpinBox");
    auto* units = dialog.findChild<QComboBox*>("unitsComboBox");
    auto* equipment = dialog.findChild<QTableView*>("equipmentTableView");
    REQUIRE(experience);
    REQUIRE(strengthDays);
    REQUIRE(monday);
    REQUIRE(minutes);
    REQUIRE(walking);
    REQUIRE(units);
    REQUIRE(equipment);
    // First run asks only what a plan needs; rest timer and recovery weeks keep their defaults.
    CHECK_FALSE(dialog.findChild<QSpinBox*>("restSpinBox")->isVisible());

    experience->setCurrentIndex(experience->findData(static_cast<int>(core::Experience::Building)));
    strengthDays->setCurrentIndex(1);
    QTest::mouseClick(monday, Qt::LeftButton);
    minutes->setValue(50);
    walking->setValue(20);
    units->setCurrentIndex(1);
    auto* model = dialog.form()->equipmentModel();
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->keyAt(row) == "kettlebell")
            model->setData(model->index(row, gui::EquipmentModel::NameColumn), Qt::Checked, Qt::CheckStateRole);
    }

    const core::Profile profile = dialog.profile();
    CHECK(profile.experience == core::Experience::Building);
    CHECK(profile.strengthDays == 3);
    CHECK(profile.preferredDays
        == std::vector<core::Weekday> {core::Weekday::Monday, core::Weekday::Tuesday, core::Weekday::Friday});
    CHECK(profile.minutesPerDay == 50);
    CHECK(profile.walkBaselineMinutes == 20);
    CHECK(profile.units == core::Units::Lb);
    CHECK(profile.equipment == std::set<std::string, std::less<>> {"kettlebell"});
    CHECK_FALSE(profile.validate());
    // The weights nobody touched follow the units: pounds bring weights that come in pounds.
    CHECK(core::LoadUnits::text(profile.kettlebellStepKg, core::Units::Lb) == "5 lb");
    CHECK(dialog.form()->weightSpinBox(3)->value() == 5.0);
    dialog.form()->weightSpinBox(2)->setValue(35.0); // heaviest kettlebell
    CHECK(core::LoadUnits::text(dialog.profile().heaviestKettlebellKg, core::Units::Lb) == "35 lb");
    // Once changed they are the person's own, and switching units shows the same weights converted.
    units->setCurrentIndex(0);
    CHECK(dialog.form()->weightSpinBox(2)->value() == 15.88);
    CHECK(dialog.profile().heaviestKettlebellKg == Approx(35 * core::LoadUnits::kKgPerLb));
    units->setCurrentIndex(1);

    dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->click();
    CHECK(dialog.result() == QDialog::Accepted);
}

TEST_CASE("the profile form round-trips every field")
{
    gui::ProfileForm form;
    core::Profile profile = test::sampleProfile();
    profile.units = core::Units::Lb;
    profile.weekStart = core::Weekday::Sunday;
    profile.restSeconds = 120;
    profile.recoveryEvery = 0;
    profile.experience = core::Experience::Experienced;
    profile.heaviestDumbbellKg = 35 * core::LoadUnits::kKgPerLb;
    profile.barStepKg = 2.5 * core::LoadUnits::kKgPerLb;
    form.setProfile(profile);
    CHECK(form.profile() == profile);
    CHECK(form.weightSpinBox(0)->value() == 35.0);
    CHECK(form.weightSpinBox(0)->suffix() == " lb");
    CHECK(form.findChild<QSpinBox*>("recoverySpinBox")->text() == "Never");
    QAbstractItemModelTester tester(form.equipmentModel(), QAbstractItemModelTester::FailureReportingMode::Fatal);
}

TEST_CASE("every control of the first-run dialog has a name a screen reader can read")
{
    gui::FirstRunDialog dialog;
    test::showAndWait(&dialog);
    QStringList unnamed;
    for (QWidget* widget : gui::Accessibility::unnamedControls(&dialog))
        unnamed << widget->metaObject()->className() + QStringLiteral(" ") + widget->objectName();
    INFO(unnamed.join(", ").toStdString());
    CHECK(unnamed.isEmpty());
}
