// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/plan/planerror.h"
#include "core/plan/plangenerator.h"
#include "core/plan/planjson.h"
#include "core/plan/progressionengine.h"

#include "minicatalog.h"

#include <catch2/catch.hpp>

using namespace keel::core;
using keel::test::miniCatalog;

TEST_CASE("plan JSON has DESIGN.md's shape and reads back to the same week")
{
    Profile profile;
    profile.equipment = {"dumbbell"};
    profile.experience = Experience::Experienced;
    const Date monday = Date::fromYmd(2026, 11, 16);
    const ProgressionUpdate start = ProgressionEngine(miniCatalog(), profile).prepare({}, monday);
    const WeekPlan week = PlanGenerator(miniCatalog()).generate({profile, start.snapshot, start.events, monday, 1, 0});
    const nlohmann::json json = PlanJson::toJson(week);
    CHECK(json.at("week") == "2026-11-16");
    CHECK(json.at("flare_up") == false);
    const auto& session = json.at("sessions").at(0);
    CHECK(session.at("kind") == "strength");
    bool sawLoad = false;
    for (const auto& item : session.at("items")) {
        for (const char* key :
            {"exercise", "pattern", "focus", "sets", "reps", "seconds", "minutes", "meters", "load_kg", "reason"})
            CHECK(item.contains(key));
        if (item.at("pattern") == "hinge") {
            CHECK(item.at("reps") == nlohmann::json::array({8, 12}));
            CHECK(item.at("load_kg") == 8.0);
            CHECK(item.at("seconds").is_null());
            sawLoad = true;
        }
    }
    CHECK(sawLoad);
    CHECK(PlanJson::weekFromJson(nlohmann::json::parse(json.dump())) == week);
}

TEST_CASE("plan JSON that is not a plan is refused with its path")
{
    CHECK_THROWS_WITH(PlanJson::weekFromJson(nlohmann::json::parse(R"({"week":"2026-11-16","flare_up":false})")),
        "plan JSON /sessions: missing");
    CHECK_THROWS_WITH(
        PlanJson::weekFromJson(nlohmann::json::parse(
            R"({"week":"2026-11-16","flare_up":false,"sessions":[{"date":"2026-11-16","kind":"nap","items":[]}]})")),
        "plan JSON /sessions/0/kind: unknown value \"nap\"");
    CHECK_THROWS_AS(
        PlanJson::weekFromJson(nlohmann::json::parse(R"({"week":"16.11.2026","flare_up":false,"sessions":[]})")),
        PlanError);
}
