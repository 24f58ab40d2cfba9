// SPDX-License-Identifier: GPL-3.0-or-later
// The golden plan: one fixed profile and seed, planned four weeks ahead as `keel-cli plan generate
// --weeks 4` does, rendered as text. When a deliberate change to the generator alters it, regenerate with
//   KEEL_REGENERATE_GOLDEN=1 ./test_plan "[golden]"
// and review the diff of tests/fixtures/plan/golden-4-weeks.txt like any other change.
#include "core/plan/plangenerator.h"
#include "core/plan/plantext.h"
#include "core/plan/progressionengine.h"
#include "core/plan/weekrules.h"
#include "support/tempdir.h"

#include "minicatalog.h"
#include "testpaths.h"

#include <catch2/catch.hpp>
#include <cstdlib>

using namespace keel::core;
using keel::test::miniCatalog;

namespace {

std::string goldenPlan()
{
    Profile profile;
    profile.experience = Experience::Returning;
    profile.strengthDays = 3;
    profile.preferredDays = {Weekday::Monday, Weekday::Wednesday, Weekday::Thursday, Weekday::Saturday};
    profile.equipment = {"dumbbell", "band"};
    profile.minutesPerDay = 45;
    profile.walkBaselineMinutes = 15;
    profile.recoveryEvery = 4;
    const Date first = Date::fromYmd(2026, 11, 16);
    const ProgressionEngine engine(miniCatalog(), profile);
    const ProgressionUpdate start = engine.prepare({}, first);
    std::string text;
    for (int index = 0; index < 4; ++index) {
        const Date weekStart = first.addDays(7L * index);
        const WeekPlan week = PlanGenerator(miniCatalog())
                                  .generate({profile, start.snapshot, start.events, weekStart, 20261116, index});
        const auto violations = WeekRules::check(week, {profile, miniCatalog(), &start.snapshot, nullptr});
        for (const RuleViolation& violation : violations)
            text += "VIOLATION " + violation.toString() + "\n";
        text += PlanText::week(week, &miniCatalog(), profile.units) + "\n";
    }
    return text;
}

} // namespace

TEST_CASE("a fixed profile and seed give the golden four-week plan", "[golden]")
{
    const auto path = std::filesystem::path(KEEL_FIXTURES_DIR) / "plan" / "golden-4-weeks.txt";
    const std::string plan = goldenPlan();
    if (std::getenv("KEEL_REGENERATE_GOLDEN")) {
        keel::test::writeFile(path, plan);
        WARN("regenerated " << path);
    }
    REQUIRE(std::filesystem::exists(path));
    CHECK(plan.find("VIOLATION") == std::string::npos);
    CHECK(plan == keel::test::readFile(path));
}
