// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/store/database.h"
#include "core/store/profilerepository.h"

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
