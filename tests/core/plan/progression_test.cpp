// SPDX-License-Identifier: GPL-3.0-or-later
// Scenario tests for moving forward: short stories of logged weeks with hand-computed expectations.
#include "minicatalog.h"
#include "story.h"

#include <catch2/catch.hpp>

using namespace keel::core;
using namespace keel::test;

TEST_CASE("double progression: reps climb the range, then the load goes up one step")
{
    Story story(storyProfile(Experience::Experienced, {"dumbbell"}));
    REQUIRE(Story::kFirst.weekday() == Weekday::Monday);
    story.plan();
    CHECK(story.main(Pattern::Hinge).exerciseId == "kettlebell-deadlift");
    CHECK(story.main(Pattern::Hinge).sets == 3); // experienced: the top of the 2–3 set range
    CHECK(story.main(Pattern::Hinge).reps == IntRange {8, 12});
    CHECK(story.main(Pattern::Hinge).loadKg == 8.0);

    story.logMain(Pattern::Hinge, repeat(10, 6));
    auto events = story.review();
    CHECK(eventFor(events, Pattern::Hinge).kind == ProgressionKind::RepsUp);
    CHECK(story.state(Pattern::Hinge).reps == 9); // every set did 10: still one rep at a time
    story.plan();
    CHECK(story.main(Pattern::Hinge).reps == IntRange {9, 12});
    CHECK(story.main(Pattern::Hinge).reason.text() == "reps up: every set reached 8 reps at pain ≤ 3; now 9–12 reps");

    story.logMain(Pattern::Hinge, {12, 12, 11, 12, 12, 12});
    events = story.review();
    CHECK(eventFor(events, Pattern::Hinge).kind == ProgressionKind::RepsUp);
    CHECK(story.state(Pattern::Hinge).reps == 10);
    story.plan();
    story.logMain(Pattern::Hinge, {12, 12, 12, 11, 12, 12});
    story.review();
    CHECK(story.state(Pattern::Hinge).reps == 11);
    story.plan();
    story.logMain(Pattern::Hinge, {12, 12, 12, 11, 12, 12});
    story.review();
    CHECK(story.state(Pattern::Hinge).reps == 12);

    story.plan();
    story.logMain(Pattern::Hinge, repeat(12, 6));
    events = story.review();
    const ProgressionEvent& loadUp = eventFor(events, Pattern::Hinge);
    CHECK(loadUp.kind == ProgressionKind::LoadUp);
    // Dumbbells every 2 kg: 8 → 10 kg, not the catalog's 4 kg step.
    CHECK(loadUp.reason.text()
        == "load up to 10 kg (+2 kg, the smallest step you can load): every set reached 12 reps at RPE ≤ 8, pain ≤ "
           "3; back to the bottom of the range");
    CHECK(loadUp.from.text() == "Kettlebell deadlift 3×12 @ 8 kg");
    CHECK(loadUp.to.text() == "Kettlebell deadlift 3×8 @ 10 kg");
    story.plan();
    CHECK(story.main(Pattern::Hinge).loadKg == 10.0);
    CHECK(story.main(Pattern::Hinge).reps == IntRange {8, 12});
    CHECK(story.main(Pattern::Hinge).reason == loadUp.reason);
}

TEST_CASE("a hard week (RPE 9) or a missed set holds the reps")
{
    Story story(storyProfile(Experience::Experienced, {"dumbbell"}));
    story.plan();
    story.logMain(Pattern::Hinge, repeat(12, 6), 1, 9);
    CHECK(eventFor(story.review(), Pattern::Hinge).kind == ProgressionKind::Hold);
    CHECK(story.state(Pattern::Hinge).loadKg == 8.0);
    story.plan();
    story.logMain(Pattern::Hinge, {12, 12, 12, 12, 12});
    const ProgressionEvent held = eventFor(story.review(), Pattern::Hinge);
    CHECK(held.kind == ProgressionKind::Hold);
    CHECK(held.reason.text() == "same as last week: 5 of 6 planned sets of Kettlebell deadlift logged");
    story.plan();
    story.logMain(Pattern::Hinge, {9, 8, 7, 8, 8, 9});
    CHECK(eventFor(story.review(), Pattern::Hinge).reason.text() == "same as last week: 5 of 6 sets reached 8 reps");
}

TEST_CASE("a bodyweight exercise at the top of its range moves up the ladder")
{
    Story story(storyProfile(Experience::Starting, {}));
    story.plan();
    CHECK(story.main(Pattern::Hinge).exerciseId == "glute-bridge");
    CHECK(story.main(Pattern::Hinge).loadKg == std::nullopt);
    for (int week = 0; week < 4; ++week) { // 8 → 12, one rep a week
        story.logMain(Pattern::Hinge, repeat(12, 6));
        CHECK(eventFor(story.review(), Pattern::Hinge).kind == ProgressionKind::RepsUp);
        story.plan();
    }
    story.logMain(Pattern::Hinge, repeat(12, 6));
    const ProgressionEvent up = eventFor(story.review(), Pattern::Hinge);
    CHECK(up.kind == ProgressionKind::RungUp);
    CHECK(up.reason.text()
        == "up the ladder from Glute bridge to Hip hinge to wall: every set reached 12 reps at RPE ≤ 8, pain ≤ 3");
    story.plan();
    CHECK(story.main(Pattern::Hinge).exerciseId == "hip-hinge-to-wall");
    CHECK(story.main(Pattern::Hinge).sets == 3);
    CHECK(story.main(Pattern::Hinge).reps == IntRange {8, 12});
    CHECK(story.main(Pattern::Hinge)
              .reason.text()
              .starts_with("first week on this rung: up the ladder from Glute bridge"));
}

TEST_CASE("holds lengthen by 5 s to the top, then the ladder (an alternative when the next rung needs weights)")
{
    Story story(storyProfile(Experience::Starting, {}));
    story.plan();
    REQUIRE(story.main(Pattern::Carry).exerciseId == "tall-march");
    int expected = 30;
    for (int week = 0; week < 6; ++week) {
        CHECK(story.main(Pattern::Carry).seconds == IntRange {expected, expected});
        story.logMain(Pattern::Carry, repeat(expected, 4));
        const ProgressionEvent event = eventFor(story.review(), Pattern::Carry);
        CHECK(event.kind == ProgressionKind::SecondsUp);
        expected += 5;
        story.plan();
    }
    CHECK(story.main(Pattern::Carry).seconds == IntRange {60, 60});
    story.logMain(Pattern::Carry, repeat(60, 4));
    const ProgressionEvent up = eventFor(story.review(), Pattern::Carry);
    CHECK(up.kind == ProgressionKind::RungUp);
    story.plan();
    // Suitcase hold (the linked rung) needs a dumbbell or kettlebell; the backpack walk is level 2 too.
    CHECK(story.main(Pattern::Carry).exerciseId == "backpack-walk");
}

TEST_CASE("carries add distance up to the top of the range, then load")
{
    Story story(storyProfile(Experience::Building, {"dumbbell"}));
    story.plan();
    REQUIRE(story.main(Pattern::Carry).exerciseId == "farmer-carry");
    CHECK(story.main(Pattern::Carry).sets == 4);
    for (int meters : {20, 25, 30, 35}) {
        CHECK(story.main(Pattern::Carry).meters == IntRange {meters, meters});
        story.logMain(Pattern::Carry, repeat(meters, 8));
        const ProgressionEvent event = eventFor(story.review(), Pattern::Carry);
        CHECK(event.kind == ProgressionKind::DistanceUp);
        CHECK(event.reason.text()
            == "carry +5 m: every carry reached " + std::to_string(meters) + " m at pain ≤ 3; now "
                + std::to_string(meters + 5) + " m");
        story.plan();
    }
    story.logMain(Pattern::Carry, repeat(40, 8));
    CHECK(eventFor(story.review(), Pattern::Carry).kind == ProgressionKind::LoadUp);
    story.plan();
    CHECK(story.main(Pattern::Carry).loadKg == 14.0);
    CHECK(story.main(Pattern::Carry).meters == IntRange {20, 20});
}

TEST_CASE("walking grows at most about 10 % a week, in bouts at first, and stops at 30 minutes")
{
    Profile starter = storyProfile(Experience::Starting, {});
    starter.walkBaselineMinutes = 0;
    Story story(starter);
    story.plan();
    const std::vector<int> expected = {10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 22, 24, 26, 28, 30, 30};
    for (std::size_t week = 0; week < expected.size(); ++week) {
        INFO("week " << week);
        int total = 0;
        std::size_t bouts = 0;
        for (const PlannedSession& session : story.week().sessions) {
            if (session.kind == SessionKind::Walk && session.date == story.weekStart()) {
                for (const PlannedItem& item : session.items) {
                    total += item.minutes->min;
                    ++bouts;
                    CHECK(item.exerciseId == (expected[week] < 20 ? "walking-bouts" : "brisk-walk"));
                }
            }
        }
        CHECK(total == expected[week]);
        CHECK(bouts == (expected[week] < 15 ? 2u : expected[week] < 20 ? 3u : 1u));
        story.logWalks();
        story.review();
        story.plan();
    }
    CHECK(story.main(Pattern::Walking).reason.text()
        == "walking 30 min a day: the goal; keep it up (7 of 7 days reached 30 min)");
}

TEST_CASE("walking on fewer than five days holds the minutes")
{
    Story story(storyProfile(Experience::Returning, {}));
    story.plan();
    story.logWalks(4);
    const ProgressionEvent held = eventFor(story.review(), Pattern::Walking);
    CHECK(held.kind == ProgressionKind::Hold);
    CHECK(held.reason.text() == "same as last week: 4 of 7 days reached 20 min (5 days build it up)");
    CHECK(story.state(Pattern::Walking).minutes == 20);
}
