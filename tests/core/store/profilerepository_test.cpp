// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/store/database.h"
#include "core/store/profilerepository.h"
#include "core/util/units.h"

#include <SQLiteCpp/Database.h>
#include <catch2/catch.hpp>

using namespace keel;
using core::Profile;
using core::ProfileRepository;
using core::Weekday;

TEST_CASE("there is no profile until one is saved, then it reads back as saved")
{
    auto db = core::Database::openInMemory();
    ProfileRepository profiles(*db);
    CHECK_FALSE(profiles.load());

    Profile profile;
    profile.experience = core::Experience::Returning;
    profile.strengthDays = 3;
    profile.preferredDays = {Weekday::Monday, Weekday::Wednesday, Weekday::Friday};
    profile.equipment = {"dumbbell", "kettlebell"};
    profile.minutesPerDay = 45;
    profile.walkBaselineMinutes = 20;
    profile.units = core::Units::Lb;
    profile.weekStart = Weekday::Sunday;
    profile.recoveryEvery = 0;
    profile.restSeconds = 120;
    profile.heaviestDumbbellKg = 50 * core::LoadUnits::kKgPerLb;
    profile.dumbbellStepKg = 5 * core::LoadUnits::kKgPerLb;
    profile.heaviestKettlebellKg = 24.0;
    profile.kettlebellStepKg = 4.0;
    profile.heaviestBarKg = 120.0;
    profile.barStepKg = 1.25;
    profiles.save(profile);
    CHECK(profiles.load() == profile);

    // Saving again replaces the single row.
    profile.equipment.clear();
    profile.preferredDays.clear();
    profiles.save(profile);
    CHECK(profiles.load() == profile);
    CHECK(db->sql().execAndGet("SELECT count(*) FROM profile").getInt() == 1);
}

TEST_CASE("preferred days are stored sorted and once each")
{
    auto db = core::Database::openInMemory();
    ProfileRepository profiles(*db);
    Profile profile;
    profile.preferredDays = {Weekday::Friday, Weekday::Monday, Weekday::Friday};
    profiles.save(profile);
    CHECK(profiles.load()->preferredDays == std::vector<Weekday> {Weekday::Monday, Weekday::Friday});
}

TEST_CASE("an invalid profile is refused with the field named and nothing saved")
{
    auto db = core::Database::openInMemory();
    ProfileRepository profiles(*db);
    Profile profile;
    profile.strengthDays = 5;
    try {
        profiles.save(profile);
        FAIL("saved an invalid profile");
    } catch (const core::StoreError& error) {
        CHECK(error.status() == core::StoreStatus::InvalidInput);
        CHECK_THAT(error.what(), Catch::Contains("strength days") && Catch::Contains("5"));
    }
    profile.strengthDays = 2;
    profile.equipment = {"jetpack"};
    CHECK_THROWS_AS(profiles.save(profile), core::StoreError);
    CHECK_FALSE(profiles.load());
}

TEST_CASE("a tampered profile row is reported, not defaulted")
{
    auto db = core::Database::openInMemory();
    ProfileRepository profiles(*db);
    profiles.save(Profile {});
    db->sql().exec("UPDATE profile SET experience = 'wizard'");
    try {
        profiles.load();
        FAIL("read an unknown experience");
    } catch (const core::StoreError& error) {
        CHECK(error.status() == core::StoreStatus::Damaged);
        CHECK_THAT(error.what(), Catch::Contains("wizard"));
    }
}

TEST_CASE("the weights owned are checked: a step within 0.25–50 kg, the heaviest from the step to 300 kg")
{
    auto db = core::Database::openInMemory();
    ProfileRepository profiles(*db);
    Profile profile;
    profile.dumbbellStepKg = 0.0;
    CHECK_THAT(*profile.validate(), Catch::Contains("dumbbell step") && Catch::Contains("got 0 kg"));
    CHECK_THROWS_AS(profiles.save(profile), core::StoreError);
    profile.dumbbellStepKg = 2.0;
    profile.heaviestKettlebellKg = 2.0; // lighter than its 4 kg step
    CHECK_THAT(*profile.validate(), Catch::Contains("heaviest kettlebell") && Catch::Contains("got 2 kg"));
    profile.heaviestKettlebellKg = 24.0;
    profile.units = core::Units::Lb;
    profile.heaviestBarKg = 400.0;
    CHECK_THAT(*profile.validate(), Catch::Contains("heaviest bar") && Catch::Contains("got 881.85 lb"));
    profile.heaviestBarKg = 100.0;
    CHECK_FALSE(profile.validate());
    CHECK_FALSE(profiles.load());
    // The table's own checks refuse what the code would: a stored step of 0 is not accepted.
    profiles.save(profile);
    CHECK_THROWS(db->sql().exec("UPDATE profile SET bar_step_kg = 0"));
}

TEST_CASE("default weights come in the profile's unit")
{
    Profile profile;
    profile.setDefaultWeights(core::Units::Lb);
    CHECK(core::LoadUnits::text(profile.dumbbellStepKg, core::Units::Lb) == "5 lb");
    CHECK(core::LoadUnits::text(profile.heaviestDumbbellKg, core::Units::Lb) == "50 lb");
    CHECK(core::LoadUnits::text(profile.heaviestBarKg, core::Units::Lb) == "225 lb");
    profile.setDefaultWeights(core::Units::Kg);
    CHECK(profile == Profile {});
}
