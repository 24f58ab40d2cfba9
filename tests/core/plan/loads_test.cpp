// SPDX-License-Identifier: GPL-3.0-or-later
// Scenario tests for loads (issue 11): what a person owns decides every load, loads rise by the
// smallest step they can make, double progression walks the whole range, and a load at its
// ceiling moves up the ladder to the next rung the kit allows. Numbers are hand-computed, in kg
// and in lb.
#include "core/plan/loadscale.h"
#include "core/util/units.h"

#include "minicatalog.h"
#include "story.h"

#include <catch2/catch.hpp>

using namespace keel::core;
using namespace keel::test;

namespace {

constexpr double kLb = LoadUnits::kKgPerLb;

const Exercise& mini(const std::string& id)
{
    const Exercise* exercise = miniCatalog().find(id);
    REQUIRE(exercise);
    return *exercise;
}

Exercise loaded(std::string id, std::vector<EquipmentChoice> equipment, double start, double step,
    std::optional<double> top = std::nullopt)
{
    Exercise exercise;
    exercise.id = id;
    exercise.name = std::move(id);
    exercise.pattern = Pattern::Hinge;
    exercise.equipment = std::move(equipment);
    exercise.load = Load {LoadKind::External, start, step, top};
    return exercise;
}

/// Logs the main hinge sets at `reps` each and reviews; returns the hinge's event.
ProgressionEvent hingeWeek(Story& story, int reps)
{
    story.plan();
    const int sets = story.main(Pattern::Hinge).sets * static_cast<int>(story.strengthDays().size());
    story.logMain(Pattern::Hinge, repeat(reps, static_cast<std::size_t>(sets)));
    return eventFor(story.review(), Pattern::Hinge);
}

} // namespace

TEST_CASE("loads are read and written through one conversion, rounded to the hundredth")
{
    CHECK(LoadUnits::text(12.0, Units::Kg) == "12 kg");
    CHECK(LoadUnits::text(41.25, Units::Kg) == "41.25 kg");
    CHECK(LoadUnits::text(25 * kLb, Units::Lb) == "25 lb");
    CHECK(LoadUnits::text(12.0, Units::Lb) == "26.46 lb"); // a logged 12 kg, shown as it is
    CHECK(LoadUnits::fromDisplay(5.0, Units::Lb) == Approx(2.26796185));
    CHECK(LoadUnits::toDisplay(LoadUnits::fromDisplay(135.0, Units::Lb), Units::Lb) == 135.0);
}

TEST_CASE("what is loadable: multiples of the owned step up to the heaviest owned, in the person's unit")
{
    Profile profile;
    profile.equipment = {"dumbbell"};
    const Exercise deadlift = loaded("deadlift", {{"dumbbell", "kettlebell"}}, 8, 4);

    SECTION("kg: dumbbells every 2 kg to 20 kg; 8 kg goes to 10, not to 12")
    {
        const LoadScale scale(deadlift, profile);
        REQUIRE(scale.loads().size() == 10);
        CHECK(scale.loads().front() == 2.0);
        CHECK(scale.top() == 20.0);
        CHECK(scale.above(8.0) == 10.0);
        CHECK(scale.below(8.0) == 6.0);
        CHECK(scale.fit(9.0) == 8.0);
        CHECK(scale.fit(1.0) == 2.0);
        CHECK(scale.above(20.0) == std::nullopt);
        CHECK(scale.ceiling().text() == "the heaviest dumbbell you own");
    }
    SECTION("lb: dumbbells every 5 lb to 50 lb; 8 kg (17.64 lb) fits to 15 lb, then 20 lb")
    {
        profile.units = Units::Lb;
        profile.setDefaultWeights(Units::Lb);
        const LoadScale scale(deadlift, profile);
        REQUIRE(scale.loads().size() == 10);
        const double start = scale.fit(deadlift.load.startKg);
        CHECK(LoadUnits::text(start, Units::Lb) == "15 lb");
        CHECK(LoadUnits::text(*scale.above(start), Units::Lb) == "20 lb");
        CHECK(LoadUnits::text(scale.top(), Units::Lb) == "50 lb");
        for (double load : scale.loads()) {
            const double pounds = LoadUnits::toDisplay(load, Units::Lb);
            CHECK(std::fmod(pounds, 5.0) == 0.0);
        }
    }
    SECTION("kettlebells every 4 kg only: 8 kg goes to 12, the smallest step there is")
    {
        profile.equipment = {"kettlebell"};
        const LoadScale scale(deadlift, profile);
        CHECK(scale.above(8.0) == 12.0);
        CHECK(scale.top() == 24.0);
    }
    SECTION("dumbbells and kettlebells together: the steps of both")
    {
        profile.equipment = {"dumbbell", "kettlebell"};
        profile.heaviestDumbbellKg = 10.0;
        const LoadScale scale(deadlift, profile);
        CHECK(scale.above(8.0) == 10.0);
        CHECK(scale.above(10.0) == 12.0);
        CHECK(scale.above(12.0) == 16.0);
        CHECK(scale.top() == 24.0);
        CHECK(scale.ceiling().text() == "the heaviest dumbbell or kettlebell you own");
    }
    SECTION("the exercise's top load caps it below what is owned")
    {
        const LoadScale scale(loaded("deadlift", {{"dumbbell"}}, 8, 4, 16.0), profile);
        CHECK(scale.top() == 16.0);
        CHECK(scale.ceiling().text() == "the top load for deadlift");
    }
    SECTION("a load that is no owned weight goes in the catalog's step, in whole steps of the unit")
    {
        const Exercise backpack = loaded("backpack", {}, 3, 1, 15.0);
        const LoadScale kg(backpack, profile);
        CHECK(kg.loads().front() == 3.0);
        CHECK(kg.top() == 15.0);
        CHECK(kg.loads().size() == 13);
        profile.units = Units::Lb;
        const LoadScale lb(backpack, profile);
        // 1 kg is about 2.2 lb: steps of 2 lb from 6 lb (3 kg is 6.61 lb) up to 32 lb (15 kg is 33.07 lb).
        CHECK(LoadUnits::text(lb.loads().front(), Units::Lb) == "6 lb");
        CHECK(LoadUnits::text(lb.loads()[1], Units::Lb) == "8 lb");
        CHECK(LoadUnits::text(lb.top(), Units::Lb) == "32 lb");
    }
    SECTION("a bar owned is loaded in its step up to everything owned")
    {
        profile.equipment = {"trap_bar"};
        profile.heaviestBarKg = 60.0;
        profile.barStepKg = 2.5;
        const LoadScale scale(mini("trap-bar-deadlift"), profile);
        CHECK(scale.fit(40.0) == 40.0);
        CHECK(scale.above(40.0) == 42.5);
        CHECK(scale.top() == 60.0);
        CHECK(scale.ceiling().text() == "the heaviest bar you own");
    }
}

TEST_CASE("double progression walks every rep of the range, then the smallest load step (kg)")
{
    Story story(storyProfile(Experience::Experienced, {"dumbbell"}));
    // Every set does 12 from the first week, yet the target climbs one rep a week: 8 → 9 → 10 → 11 → 12.
    for (int reps = 9; reps <= 12; ++reps) {
        const ProgressionEvent event = hingeWeek(story, 12);
        CHECK(event.kind == ProgressionKind::RepsUp);
        CHECK(story.state(Pattern::Hinge).reps == reps);
        CHECK(story.state(Pattern::Hinge).loadKg == 8.0);
    }
    const ProgressionEvent loadUp = hingeWeek(story, 12);
    CHECK(loadUp.kind == ProgressionKind::LoadUp);
    CHECK(loadUp.reason.text()
        == "load up to 10 kg (+2 kg, the smallest step you can load): every set reached 12 reps at RPE ≤ 8, "
           "pain ≤ 3; back to the bottom of the range");
    CHECK(loadUp.from.text() == "Kettlebell deadlift 3×12 @ 8 kg");
    CHECK(loadUp.to.text() == "Kettlebell deadlift 3×8 @ 10 kg");
    story.plan();
    CHECK(story.main(Pattern::Hinge).loadKg == 10.0);
    CHECK(story.main(Pattern::Hinge).reps == IntRange {8, 12});
}

TEST_CASE("double progression in pounds: 15 lb, then 20 lb, never a raw conversion")
{
    Profile profile = storyProfile(Experience::Experienced, {"dumbbell"});
    profile.units = Units::Lb;
    profile.setDefaultWeights(Units::Lb);
    Story story(profile);
    story.plan();
    CHECK(LoadUnits::text(*story.main(Pattern::Hinge).loadKg, Units::Lb) == "15 lb");
    for (int week = 0; week < 4; ++week)
        hingeWeek(story, 12);
    const ProgressionEvent loadUp = hingeWeek(story, 12);
    CHECK(loadUp.kind == ProgressionKind::LoadUp);
    CHECK(loadUp.reason.text()
        == "load up to 20 lb (+5 lb, the smallest step you can load): every set reached 12 reps at RPE ≤ 8, "
           "pain ≤ 3; back to the bottom of the range");
    CHECK(loadUp.to.text() == "Kettlebell deadlift 3×8 @ 20 lb");
}

TEST_CASE("at the heaviest weight owned the pattern moves up to the next rung, at a load it owns")
{
    Profile profile = storyProfile(Experience::Experienced, {"dumbbell"});
    profile.heaviestDumbbellKg = 10.0;
    Story story(profile);
    for (int week = 0; week < 4; ++week)
        hingeWeek(story, 12);
    CHECK(hingeWeek(story, 12).kind == ProgressionKind::LoadUp); // 8 → 10 kg
    for (int week = 0; week < 4; ++week)
        hingeWeek(story, 12);
    const ProgressionEvent up = hingeWeek(story, 12);
    CHECK(up.kind == ProgressionKind::RungUp);
    CHECK(up.reason.text()
        == "up the ladder from Kettlebell deadlift to Romanian deadlift: every set reached 12 reps at RPE ≤ 8, "
           "pain ≤ 3; 10 kg is the heaviest dumbbell you own");
    // The Romanian deadlift starts at 12 kg in the catalog; the heaviest owned is 10 kg.
    CHECK(story.state(Pattern::Hinge).exerciseId == "romanian-deadlift");
    CHECK(story.state(Pattern::Hinge).loadKg == 10.0);
    CHECK(story.state(Pattern::Hinge).reps == 8);
}

TEST_CASE("a rung the kit cannot do is passed over: a trap bar owned is reached")
{
    Story story(storyProfile(Experience::Experienced, {"trap_bar", "barbell", "squat_rack"}));
    story.plan();
    CHECK(story.main(Pattern::Hinge).exerciseId == "single-leg-romanian-deadlift");
    for (int week = 0; week < 4; ++week)
        CHECK(hingeWeek(story, 10).kind == ProgressionKind::RepsUp); // 6 → 10 per side
    const ProgressionEvent up = hingeWeek(story, 10);
    CHECK(up.kind == ProgressionKind::RungUp);
    CHECK(up.reason.text()
        == "up the ladder from Single leg romanian deadlift to Trap bar deadlift: every set reached 10 reps at "
           "RPE ≤ 8, pain ≤ 3; Romanian deadlift needs dumbbell or kettlebell, so the next rung you can do");
    CHECK(story.state(Pattern::Hinge).exerciseId == "trap-bar-deadlift");
    CHECK(story.state(Pattern::Hinge).loadKg == 40.0);
}

TEST_CASE("with no weights the ladder goes on by reps, and the reason names the rung that needs a weight")
{
    Story story(storyProfile(Experience::Building, {}));
    story.plan();
    CHECK(story.main(Pattern::Hinge).exerciseId == "dowel-hip-hinge");
    CHECK(story.main(Pattern::Hinge).sets == 3);
    for (int week = 0; week < 4; ++week)
        hingeWeek(story, 12);
    // Dowel hip hinge → kettlebell deadlift is out of reach: the single-leg RDL (level 4, no kit) instead.
    const ProgressionEvent up = hingeWeek(story, 12);
    CHECK(up.kind == ProgressionKind::RungUp);
    CHECK(story.state(Pattern::Hinge).exerciseId == "single-leg-romanian-deadlift");
    CHECK(
        up.reason.text().ends_with("; Kettlebell deadlift needs dumbbell or kettlebell, so the next rung you can do"));
    for (int week = 0; week < 4; ++week)
        hingeWeek(story, 10);
    // Nothing above level 4 can be done without weights, a band or a trap bar: three sets is the top of
    // the range already, so the pattern holds and says what the next rung needs.
    const ProgressionEvent top = hingeWeek(story, 10);
    CHECK(top.kind == ProgressionKind::Hold);
    CHECK(top.reason.text()
        == "holding at the top your equipment allows: every set reached 10 reps at RPE ≤ 8, pain ≤ 3; the next "
           "rung, Romanian deadlift, needs dumbbell or kettlebell");
}

TEST_CASE("below the top of the set range the ladder's end progresses by reps: one more set")
{
    // A returning person starts on two sets (the bottom of 2–3) and walks up to the single-leg RDL.
    Profile returning = storyProfile(Experience::Returning, {}, {Weekday::Tuesday, Weekday::Friday});
    Story twoSets(returning);
    twoSets.plan();
    REQUIRE(twoSets.main(Pattern::Hinge).sets == 2);
    int guard = 0;
    while (twoSets.state(Pattern::Hinge).exerciseId != "single-leg-romanian-deadlift" && guard++ < 40)
        hingeWeek(twoSets, 12);
    REQUIRE(twoSets.state(Pattern::Hinge).exerciseId == "single-leg-romanian-deadlift");
    while (twoSets.state(Pattern::Hinge).reps != 10 && guard++ < 60)
        hingeWeek(twoSets, 10);
    const ProgressionEvent more = hingeWeek(twoSets, 10);
    CHECK(more.kind == ProgressionKind::RepsUp);
    CHECK(twoSets.state(Pattern::Hinge).sets == 3);
    CHECK(more.reason.text()
        == "one more set: every set reached 10 reps at RPE ≤ 8, pain ≤ 3; the next rung, Romanian deadlift, needs "
           "dumbbell or kettlebell: progressing by reps instead");
}

TEST_CASE("a step back goes one loadable step down, in the person's unit")
{
    Profile profile = storyProfile(Experience::Experienced, {"dumbbell"});
    profile.units = Units::Lb;
    profile.setDefaultWeights(Units::Lb);
    Story story(profile);
    for (int week = 0; week < 5; ++week)
        hingeWeek(story, 12); // 15 lb → 20 lb
    REQUIRE(LoadUnits::text(*story.state(Pattern::Hinge).loadKg, Units::Lb) == "20 lb");
    story.plan();
    story.logSet(story.strengthDays().front(), story.main(Pattern::Hinge), 8, 7);
    const ProgressionEvent back = eventFor(story.review(), Pattern::Hinge);
    CHECK(back.kind == ProgressionKind::StepBack);
    REQUIRE(story.state(Pattern::Hinge).loadKg);
    CHECK(LoadUnits::text(*story.state(Pattern::Hinge).loadKg, Units::Lb) == "15 lb");
    CHECK(back.reason.text().ends_with("; load down to 15 lb"));
    CHECK(back.to.text() == "Kettlebell deadlift 3×8 @ 15 lb");
}
