// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/store/logrepository.h"
#include "core/util/units.h"
#include "gui/common/logentryfields.h"

#include <QDoubleSpinBox>
#include <QLineEdit>
#include <QSpinBox>

#include <catch2/catch.hpp>

using namespace keel;
using core::LogLimits;
using Field = gui::LogEntryFields::Field;
using Placement = gui::LogEntryFields::Placement;

namespace {

const gui::LogEntryFields::Fields kSetFields
    = Field::Reps | Field::Seconds | Field::Meters | Field::Load | Field::Rpe | Field::Pain | Field::Note;

template<typename Box> Box* box(const gui::LogEntryFields& fields, const char* name)
{
    auto* found = fields.findChild<Box*>(QLatin1String(name));
    REQUIRE(found != nullptr);
    return found;
}

core::LoggedSet sampleSet()
{
    core::LoggedSet set;
    set.id = 7;
    set.date = core::Date::fromYmd(2026, 3, 11);
    set.exerciseId = "goblet-squat";
    set.reps = 8;
    set.loadKg = 20.0; // 44.09 lb: not a whole number of pounds
    set.rpe = 8;
    set.pain = 2;
    set.note = "felt easy";
    set.plannedItemId = 3;
    return set;
}

} // namespace

TEST_CASE("a set comes back from the fields as it went in, in kilograms and in pounds", "[entry]")
{
    const auto units = GENERATE(core::Units::Kg, core::Units::Lb);
    const auto placement = GENERATE(Placement::TodayItem, Placement::Dialog);
    gui::LogEntryFields fields(placement);
    fields.setUnits(gui::UnitFormat(units));
    fields.showFields(kSetFields);
    const core::LoggedSet set = sampleSet();
    fields.setSet(set);
    CHECK(fields.loggedSet() == set);

    // A load typed in the display unit is stored in kilograms.
    box<QDoubleSpinBox>(fields, "loadSpinBox")->setValue(50.0);
    const double expected = units == core::Units::Kg ? 50.0 : 50.0 * core::LoadUnits::kKgPerLb;
    CHECK(*fields.loggedSet().loadKg == Approx(expected));
}

TEST_CASE("the fields' bounds are the store's, in either unit", "[entry]")
{
    gui::LogEntryFields fields(Placement::Dialog);
    CHECK(box<QSpinBox>(fields, "repsSpinBox")->maximum() == LogLimits::kMaxReps);
    CHECK(box<QSpinBox>(fields, "secondsSpinBox")->maximum() == LogLimits::kMaxSeconds);
    CHECK(box<QSpinBox>(fields, "metersSpinBox")->maximum() == LogLimits::kMaxMeters);
    CHECK(box<QSpinBox>(fields, "minutesSpinBox")->minimum() == LogLimits::kMinWalkMinutes);
    CHECK(box<QSpinBox>(fields, "minutesSpinBox")->maximum() == LogLimits::kMaxWalkMinutes);
    CHECK(box<QDoubleSpinBox>(fields, "kmSpinBox")->maximum() == LogLimits::kMaxWalkMeters / 1000.0);
    // One below the first score is "—", not recorded.
    CHECK(box<QSpinBox>(fields, "rpeSpinBox")->minimum() + 1 == LogLimits::kMinRpe);
    CHECK(box<QSpinBox>(fields, "rpeSpinBox")->maximum() == LogLimits::kMaxRpe);
    CHECK(box<QSpinBox>(fields, "painSpinBox")->maximum() == LogLimits::kMaxPain);
    CHECK(box<QLineEdit>(fields, "noteLineEdit")->maxLength() == static_cast<int>(LogLimits::kMaxNoteChars));

    auto* load = box<QDoubleSpinBox>(fields, "loadSpinBox");
    CHECK(load->maximum() == LogLimits::kMaxLoadKg);
    CHECK(load->singleStep() == 2.5);
    fields.setUnits(gui::UnitFormat(core::Units::Lb));
    CHECK(load->maximum() == Approx(2204.62));
    CHECK(load->singleStep() == 5.0);

    // Every field at its maximum is a set (and a walk) the store takes.
    fields.setSet(sampleSet());
    core::WalkEntry walk;
    walk.date = sampleSet().date;
    walk.minutes = 30;
    fields.setWalk(walk);
    fields.showFields(kSetFields);
    for (QAbstractSpinBox* field : fields.findChildren<QAbstractSpinBox*>()) {
        if (auto* spin = qobject_cast<QSpinBox*>(field))
            spin->setValue(spin->maximum());
        else if (auto* real = qobject_cast<QDoubleSpinBox*>(field))
            real->setValue(real->maximum());
    }
    CHECK_NOTHROW(core::LogRepository::validate(fields.loggedSet()));
    fields.showFields(Field::Minutes | Field::Kilometers | Field::Pain | Field::Note);
    CHECK_NOTHROW(core::LogRepository::validate(fields.walkEntry()));
}

TEST_CASE("a load of 0 is bodyweight and is saved as no load", "[entry]")
{
    gui::LogEntryFields fields(Placement::TodayItem);
    fields.showFields(Field::Reps | Field::Load);
    core::LoggedSet set = sampleSet();
    fields.setSet(set);
    auto* load = box<QDoubleSpinBox>(fields, "loadSpinBox");
    load->setValue(0.0);
    CHECK(load->text() == QStringLiteral("bodyweight"));
    CHECK_FALSE(fields.loggedSet().loadKg.has_value());

    set.loadKg.reset();
    fields.setSet(set);
    CHECK(load->value() == 0.0);
    CHECK_FALSE(fields.loggedSet().loadKg.has_value());
}

TEST_CASE("a value not recorded reads as a dash and comes back as none", "[entry]")
{
    gui::LogEntryFields fields(Placement::Dialog);
    fields.showFields(kSetFields);
    core::LoggedSet set = sampleSet();
    set.rpe.reset();
    set.pain.reset();
    fields.setSet(set);
    CHECK(box<QSpinBox>(fields, "rpeSpinBox")->text() == QStringLiteral("—"));
    CHECK(box<QSpinBox>(fields, "painSpinBox")->text() == QStringLiteral("—"));
    CHECK(box<QSpinBox>(fields, "secondsSpinBox")->text() == QStringLiteral("—"));
    const core::LoggedSet back = fields.loggedSet();
    CHECK_FALSE(back.rpe.has_value());
    CHECK_FALSE(back.pain.has_value());
    CHECK_FALSE(back.seconds.has_value());
    CHECK_FALSE(back.meters.has_value());

    // A check-in always has a score: its 0 is a number, not a dash.
    fields.showFields(Field::Pain);
    fields.setCheckIn(core::CheckIn {set.date, 0});
    CHECK(box<QSpinBox>(fields, "painSpinBox")->text() == QStringLiteral("0"));
    CHECK(fields.checkIn().pain == 0);
}

TEST_CASE("hidden fields are not read back", "[entry]")
{
    gui::LogEntryFields fields(Placement::TodayItem);
    core::LoggedSet set = sampleSet();
    set.seconds = 600;
    fields.setSet(set);
    fields.showFields(Field::Minutes | Field::Pain | Field::Note);
    const core::LoggedSet back = fields.loggedSet();
    CHECK(back.seconds == 600); // ten minutes
    CHECK_FALSE(back.reps.has_value());
    CHECK_FALSE(back.loadKg.has_value());
    CHECK_FALSE(back.rpe.has_value());
    CHECK(back.pain == 2);
}
