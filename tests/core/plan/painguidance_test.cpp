// SPDX-License-Identifier: GPL-3.0-or-later
// Scenario tests for holding and stepping back: pain, bad mornings, flare-ups, missed and recovery weeks.
#include "core/plan/plangenerator.h"
#include "core/plan/progressionengine.h"

#include "minicatalog.h"
#include "story.h"

#include <algorithm>
#include <catch2/catch.hpp>

using namespace keel::core;
using namespace keel::test;

TEST_CASE("pain 6 during an exercise steps the pattern back one load step or one rung")
{
    Story story(storyProfile(Experience::Experienced, {"dumbbell"}));
    // Four weeks walk 8 → 12 reps, the fifth raises the load one loadable step: 8 → 10 kg.
    for (int week = 0; week < 5; ++week) {
        story.plan();
        story.logMain(Pattern::Hinge, repeat(12, 6));
        story.review();
    }
    story.plan();
    REQUIRE(story.main(Pattern::Hinge).loadKg == 10.0);
    const Date tuesday = story.strengthDays().front();
    story.logSet(tuesday, story.main(Pattern::Hinge), 10, 6);
    story.logMain(Pattern::Squat, repeat(10, 6), 5);
    auto events = story.review();
    const ProgressionEvent& back = eventFor(events, Pattern::Hinge);
    CHECK(back.kind == ProgressionKind::StepBack);
    CHECK(
        back.reason.text() == "stepped back: pain 6/10 on Tuesday 2025-12-23 (Kettlebell deadlift); load down to 8 kg");
    CHECK(eventFor(events, Pattern::Squat).kind == ProgressionKind::Hold);
    CHECK(eventFor(events, Pattern::Squat).reason.text()
        == "pain 5/10 on Tuesday 2025-12-23: holding (4–5 is the ceiling)");
    story.plan();
    CHECK(story.main(Pattern::Hinge).loadKg == 8.0);
    CHECK(story.main(Pattern::Hinge).reason == back.reason);

    // At the starting load, the next step back is a rung.
    story.logSet(story.strengthDays().front(), story.main(Pattern::Hinge), 8, 7);
    CHECK(eventFor(story.review(), Pattern::Hinge).reason.text().ends_with("; back to Dowel hip hinge"));
    story.plan();
    CHECK(story.main(Pattern::Hinge).exerciseId == "dowel-hip-hinge");
}

TEST_CASE("a morning worse than the one before steps back what was trained the day before")
{
    Story story(storyProfile(Experience::Returning, {}));
    story.plan();
    const Date tuesday = story.strengthDays().front();
    story.checkIn(tuesday, 2);
    story.logMain(Pattern::Hinge, repeat(12, 6));
    story.logMain(Pattern::Squat, repeat(12, 6));
    story.checkIn(tuesday.addDays(1), 5);
    const auto events = story.review();
    const ProgressionEvent& hinge = eventFor(events, Pattern::Hinge);
    CHECK(hinge.kind == ProgressionKind::StepBack);
    CHECK(hinge.reason.text()
        == "stepped back: morning check-in 5/10 on Wednesday 2025-11-19, 2+ above your usual 2/10, the morning "
           "after Hip hinge; back to Glute bridge");
    CHECK(eventFor(events, Pattern::Squat).kind == ProgressionKind::StepBack);
    // Nothing of the carry was logged: missed, whatever the morning said.
    CHECK(eventFor(events, Pattern::Carry).reason.text() == "missed: no sets logged, so no progress");
}

TEST_CASE("a rise below 4/10 in the morning is not a worse morning")
{
    Story story(storyProfile(Experience::Returning, {}));
    story.plan();
    const Date tuesday = story.strengthDays().front();
    story.checkIn(tuesday, 1);
    story.logMain(Pattern::Hinge, repeat(12, 6));
    story.checkIn(tuesday.addDays(1), 3);
    CHECK(eventFor(story.review(), Pattern::Hinge).kind == ProgressionKind::RepsUp);
}

namespace {

const ProgressionEvent* findKind(const std::vector<ProgressionEvent>& events, ProgressionKind kind)
{
    const auto found = std::find_if(
        events.begin(), events.end(), [kind](const ProgressionEvent& event) { return event.kind == kind; });
    return found == events.end() ? nullptr : &*found;
}

} // namespace

TEST_CASE("three pain events on different days within two weeks start flare-up mode, two calm sessions end it")
{
    Story story(storyProfile(Experience::Building, {"dumbbell", "band"}));
    story.plan();
    const Date first = story.strengthDays().front();
    // One bad session is one pain event, however many patterns it touches.
    story.logSet(first, story.main(Pattern::Hinge), 10, 6);
    story.logSet(first, story.main(Pattern::Squat), 10, 7);
    auto events = story.review();
    CHECK(std::count_if(events.begin(), events.end(), [](const ProgressionEvent& event) {
        return event.kind == ProgressionKind::PainEvent;
    }) == 1);
    CHECK_FALSE(story.snapshot().flareUp);
    story.plan();
    story.logSet(story.strengthDays().front(), story.main(Pattern::Carry), 20, 6);
    const Date second = story.strengthDays().back();
    story.logSet(second, story.main(Pattern::AntiRotation), 20, 6);
    events = story.review();
    REQUIRE(story.snapshot().flareUp);
    CHECK(story.snapshot().flareUpSince == second);
    const ProgressionEvent* on = findKind(events, ProgressionKind::FlareUpOn);
    REQUIRE(on);
    CHECK(on->date == second);
    CHECK_THAT(on->reason.text(), Catch::StartsWith("3 pain events within 14 days, the last pain 6/10 on"));

    const WeekPlan& gentle = story.plan();
    CHECK(gentle.flareUp);
    for (const PlannedSession& session : gentle.sessions) {
        for (const PlannedItem& item : session.items) {
            if (item.pattern == Pattern::Walking) {
                CHECK(item.minutes->max <= 15);
            } else if (!item.warmUp && item.pattern != Pattern::Mobility) {
                INFO(item.exerciseId);
                CHECK(miniCatalog().find(item.exerciseId)->isFlareUpSafe());
                CHECK_THAT(item.reason.text(),
                    Catch::Contains("flare-up mode since " + second.toString() + " (3 pain events within 14 days"));
            }
        }
    }
    // One calm session is not enough.
    story.logMain(Pattern::Hinge, {10}, 2);
    events = story.review();
    CHECK(story.snapshot().flareUp);
    CHECK(eventFor(events, Pattern::Hinge).reason.text()
        == "flare-up mode: holding until two sessions done in flare-up mode are at pain ≤ 3");

    story.plan();
    for (Date day : story.strengthDays())
        story.logSet(day, story.main(Pattern::Squat), 10, 3);
    events = story.review();
    CHECK_FALSE(story.snapshot().flareUp);
    CHECK(findKind(events, ProgressionKind::FlareUpOff));
    const WeekPlan& back = story.plan();
    CHECK_FALSE(back.flareUp);
    CHECK(story.state(Pattern::Walking).minutes <= 15); // capped when the flare-up began, building again from there
}

TEST_CASE("a morning check-in of 7 starts flare-up mode at once")
{
    Story story(storyProfile(Experience::Returning, {}));
    story.plan();
    story.logMain(Pattern::Hinge, repeat(12, 6));
    story.checkIn(story.weekStart().addDays(3), 7);
    const auto events = story.review();
    CHECK(story.snapshot().flareUp);
    REQUIRE(findKind(events, ProgressionKind::FlareUpOn));
    CHECK(
        findKind(events, ProgressionKind::FlareUpOn)->reason.text() == "morning check-in 7/10 on Thursday 2025-11-20");
    // No progress in the week that ended in a flare-up.
    CHECK(eventFor(events, Pattern::Hinge).kind == ProgressionKind::Hold);
    CHECK(story.plan().flareUp);
}

TEST_CASE("a skipped week is no progress")
{
    Story story(storyProfile(Experience::Experienced, {"dumbbell"}));
    story.plan();
    const ProgressionSnapshot before = story.snapshot();
    const auto events = story.review();
    CHECK(story.snapshot().patterns == before.patterns);
    for (const ProgressionEvent& event : events) {
        CHECK(event.kind == ProgressionKind::Hold);
        CHECK(event.reason.text().starts_with("missed: no"));
    }
    story.plan();
    CHECK(story.main(Pattern::Hinge).reason.text() == "missed: no sets logged, so no progress");
}

TEST_CASE("every Nth week is a recovery week: the same exercises and doses, one set fewer, progress after it")
{
    Profile recovering = storyProfile(Experience::Experienced, {"dumbbell"});
    recovering.recoveryEvery = 2;
    Story story(recovering);
    const WeekPlan normal = story.plan();
    CHECK_FALSE(normal.recovery);
    // Every hinge set at the top of the range: earned, but the next week is the recovery week.
    story.logMain(Pattern::Hinge, repeat(12, 6));
    const PatternState before = story.state(Pattern::Hinge);
    const ProgressionEvent held = eventFor(story.review(), Pattern::Hinge);
    CHECK(held.kind == ProgressionKind::Hold);
    CHECK(held.reason.text() == "recovery week: no increase this week; progress resumes after it");
    CHECK(story.state(Pattern::Hinge) == before);
    const WeekPlan recovery = story.plan();
    CHECK(recovery.recovery);
    const auto strength = [](const WeekPlan& week) {
        std::vector<PlannedSession> sessions;
        std::copy_if(week.sessions.begin(), week.sessions.end(), std::back_inserter(sessions),
            [](const PlannedSession& session) { return session.kind == SessionKind::Strength; });
        return sessions;
    };
    const auto normalDays = strength(normal);
    const auto recoveryDays = strength(recovery);
    REQUIRE(normalDays.size() == recoveryDays.size());
    for (std::size_t s = 0; s < normalDays.size(); ++s) {
        for (Pattern pattern : strengthPatterns()) {
            const PlannedItem& planned = firstOf(normalDays[s], pattern);
            const PlannedItem& after = firstOf(recoveryDays[s], pattern);
            CHECK(after.exerciseId == planned.exerciseId);
            CHECK(after.loadKg == planned.loadKg);
            CHECK(after.reps == planned.reps);
            CHECK(after.sets == std::max(1, planned.sets - 1));
            CHECK(after.reason.text().ends_with("; recovery week: one set fewer"));
        }
    }
    story.logMain(Pattern::Hinge, repeat(12, 6));
    const ProgressionEvent resumed = eventFor(story.review(), Pattern::Hinge);
    CHECK(isForward(resumed.kind));
    CHECK(resumed.reason.text().starts_with("after the recovery week, progress resumes: "));
    CHECK_FALSE(story.plan().recovery);
    CHECK(story.main(Pattern::Hinge).reason == resumed.reason);
}

TEST_CASE("reviewing the same week twice never moves a pattern twice")
{
    Profile starter = storyProfile(Experience::Starting, {});
    const ProgressionEngine engine(miniCatalog(), starter);
    const Date monday = Story::kFirst;
    const ProgressionUpdate start = engine.prepare({}, monday);
    const WeekPlan week = PlanGenerator(miniCatalog()).generate({starter, start.snapshot, start.events, monday, 1, 0});
    TrainingHistory history;
    for (const PlannedSession& session : week.sessions) {
        for (const PlannedItem& item : session.items) {
            if (item.pattern == Pattern::Hinge && !item.warmUp) {
                for (int set = 0; set < item.sets; ++set)
                    history.sets.push_back({0, session.date, item.exerciseId, 11, std::nullopt, std::nullopt,
                        std::nullopt, 7, 1, "", std::nullopt});
            }
        }
    }
    const ProgressionUpdate once = engine.review(start.snapshot, week, history, start.events);
    CHECK(once.snapshot.patterns.at(Pattern::Hinge).reps == 9); // every set did 11 of 8–12: one rep at a time
    const ProgressionUpdate twice = engine.review(once.snapshot, week, history, once.events);
    CHECK(twice.snapshot.patterns == once.snapshot.patterns);
    CHECK(eventFor(twice.events, Pattern::Hinge).reason.text() == "already changed this week: holding");
}
