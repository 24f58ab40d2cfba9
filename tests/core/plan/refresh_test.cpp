// SPDX-License-Identifier: GPL-3.0-or-later
// Scenarios for the plan that listens, through the path the app and keel-cli take: log an entry
// (linked to the day's planned item), refresh, then look at the stored plan, with days passing.
// Expectations are worked out by hand from DESIGN.md's rules over the mini catalog: a returning
// person starts the hinge on hip-hinge-to-wall (level 2, 8–12 reps), whose rung below is glute-bridge.
#include "core/plan/planservice.h"
#include "core/store/database.h"
#include "core/store/logrepository.h"
#include "core/store/planrepository.h"
#include "core/store/profilerepository.h"
#include "core/store/progressionrepository.h"

#include "minicatalog.h"
#include "person.h"

#include <algorithm>
#include <catch2/catch.hpp>

using namespace keel::core;
using keel::test::miniCatalog;
using keel::test::Person;
using keel::test::returning;

namespace {

const Date kMonday = Date::fromYmd(2026, 11, 16);
const Date kTuesday = kMonday.addDays(1);
const Date kWednesday = kMonday.addDays(2);
const Date kFriday = kMonday.addDays(4);

} // namespace

TEST_CASE("pain above 5 on Tuesday steps Friday's hinge back the same week, with the day and the pain")
{
    Person person(returning());
    CHECK(person.main(kFriday, Pattern::Hinge, kMonday).exerciseId == "hip-hinge-to-wall");
    person.logMain(kTuesday, Pattern::Hinge, 8);
    const PlannedItem friday = person.main(kFriday, Pattern::Hinge, kTuesday);
    CHECK(friday.exerciseId == "glute-bridge");
    CHECK(friday.reason.text()
        == "stepped back: pain 8/10 on Tuesday 2026-11-17 (Hip hinge to wall); back to Glute bridge");
    // The other patterns were not touched: one pattern hurt.
    CHECK(person.main(kFriday, Pattern::Squat, kTuesday).exerciseId
        == person.main(kTuesday, Pattern::Squat, kTuesday).exerciseId);
    // One bad session is one pain event.
    CHECK(person.events(ProgressionKind::PainEvent).size() == 1);
    CHECK_FALSE(person.snapshot().flareUp);
}

TEST_CASE("pain 4–5 holds progression: a good Friday does not move the hinge on")
{
    Person person(returning());
    person.logMain(kTuesday, Pattern::Hinge, 5);
    CHECK(person.main(kFriday, Pattern::Hinge, kTuesday).exerciseId == "hip-hinge-to-wall");
    person.logSession(kFriday);
    const PlannedItem next = person.main(kTuesday.addDays(7), Pattern::Hinge, kFriday);
    CHECK(next.exerciseId == "hip-hinge-to-wall");
    CHECK(next.reason.text() == "pain 5/10 on Tuesday 2026-11-17: holding (4–5 is the ceiling)");
    CHECK(person.events(ProgressionKind::PainEvent).empty());
}

TEST_CASE("a morning 2+ above the week's median steps back what was trained the day before, as one pain event")
{
    Person person(returning());
    person.checkIn(kMonday, 2);
    person.checkIn(kTuesday, 2);
    person.logMain(kTuesday, Pattern::Hinge, 1);
    // 4/10 after mornings of 2/10: clearly above the baseline, though not 7+.
    person.checkIn(kWednesday, 4);
    const PlannedItem friday = person.main(kFriday, Pattern::Hinge, kWednesday);
    CHECK(friday.exerciseId == "glute-bridge");
    CHECK(friday.reason.text()
        == "stepped back: morning check-in 4/10 on Wednesday 2026-11-18, 2+ above your usual 2/10, the morning "
           "after Hip hinge; back to Glute bridge");
    // One bad morning is one pain event and never starts a flare-up by itself.
    CHECK(person.events(ProgressionKind::PainEvent).size() == 1);
    CHECK_FALSE(person.snapshot().flareUp);
    // Squat was not trained on Tuesday: it is not stepped back.
    CHECK(person.main(kFriday, Pattern::Squat, kWednesday).exerciseId
        == person.main(kTuesday, Pattern::Squat, kWednesday).exerciseId);
}

TEST_CASE("a steady 6/10 every morning is the baseline: nothing steps back, and nothing rises")
{
    Person person(returning());
    for (int day = 0; day < 7; ++day)
        person.checkIn(kMonday.addDays(day), 6);
    person.logSession(kTuesday);
    person.logSession(kFriday);
    CHECK(person.events(ProgressionKind::PainEvent).empty());
    CHECK(person.events(ProgressionKind::StepBack).empty());
    const PlannedItem next = person.main(kTuesday.addDays(7), Pattern::Hinge, kMonday.addDays(7));
    CHECK(next.exerciseId == "hip-hinge-to-wall");
    CHECK(next.reason.text() == "mornings around 6/10 this week: holding until they settle below 4/10");
    for (const ProgressionEvent& event : ProgressionRepository(person.db()).events())
        CHECK_FALSE(isForward(event.kind));
}

TEST_CASE("three pain events on different days start flare-up; only calm sessions done in it end it")
{
    Person person(returning());
    person.logMain(kTuesday, Pattern::Hinge, 6); // pain event 1
    // Two calm sessions before the flare-up: they must not end it later.
    person.logExtra(kWednesday, "box-squat", 1);
    person.logExtra(kMonday.addDays(3), "box-squat", 1);
    person.logMain(kFriday, Pattern::Squat, 6); // pain event 2
    CHECK_FALSE(person.snapshot().flareUp);
    const Date nextTuesday = kTuesday.addDays(7);
    person.logMain(nextTuesday, Pattern::Carry, 7); // pain event 3, 7 days after the first
    REQUIRE(person.snapshot().flareUp);
    CHECK(person.snapshot().flareUpSince == nextTuesday);
    const auto on = person.events(ProgressionKind::FlareUpOn);
    REQUIRE(on.size() == 1);
    CHECK(on.front().reason.text()
        == "3 pain events within 14 days, the last pain 7/10 on Tuesday 2026-11-24 (Backpack walk)");
    // The rest of that week is gentle.
    const WeekPlan gentle = person.week(nextTuesday, nextTuesday);
    CHECK(gentle.flareUp);
    for (const PlannedSession& session : gentle.sessions) {
        for (const PlannedItem& item : session.items) {
            if (session.date > nextTuesday && session.kind == SessionKind::Strength && !item.warmUp
                && item.pattern != Pattern::Mobility && item.pattern != Pattern::Walking)
                CHECK(miniCatalog().find(item.exerciseId)->isFlareUpSafe());
        }
    }
    // One calm session in flare-up mode is not enough.
    const Date nextFriday = kFriday.addDays(7);
    person.logMain(nextFriday, Pattern::Squat, 2);
    CHECK(person.snapshot().flareUp);
    // The second one is.
    const Date thirdTuesday = kTuesday.addDays(14);
    person.logMain(thirdTuesday, Pattern::Squat, 3);
    CHECK_FALSE(person.snapshot().flareUp);
    const auto off = person.events(ProgressionKind::FlareUpOff);
    REQUIRE(off.size() == 1);
    CHECK(off.front().date == thirdTuesday);
    CHECK_THAT(off.front().reason.text(),
        Catch::StartsWith("two sessions in flare-up mode at pain ≤ 3 (Friday 2026-11-27, Tuesday 2026-12-01)"));
}

TEST_CASE("a check-in of 7 starts flare-up mode at once")
{
    Person person(returning());
    person.checkIn(kWednesday, 7);
    CHECK(person.snapshot().flareUp);
    CHECK(person.events(ProgressionKind::FlareUpOn).front().reason.text()
        == "morning check-in 7/10 on Wednesday 2026-11-18");
    CHECK(person.week(kFriday, kWednesday).flareUp);
}

TEST_CASE("the week is decided once its last strength session is logged: Friday evening already shows next week")
{
    Person person(returning());
    person.logSession(kTuesday);
    const PlannedItem before = person.main(kTuesday.addDays(7), Pattern::Hinge, kTuesday);
    CHECK(before.exerciseId == "hip-hinge-to-wall");
    CHECK(before.reason.text() == "same as last week: nothing new logged to review yet");
    person.logSession(kFriday);
    // Still Friday: next week's hinge moved one step (12 reps on every set of 8–12: one rep more, 9–12;
    // double progression walks the range before the ladder).
    const PlannedItem next = person.main(kTuesday.addDays(7), Pattern::Hinge, kFriday);
    CHECK(next.exerciseId == "hip-hinge-to-wall");
    CHECK(next.reps == IntRange {9, 12});
    CHECK_THAT(next.reason.text(), Catch::StartsWith("reps up: every set reached 8 reps"));
    // Looking again, or on the following days, moves nothing further.
    person.service().refresh(kFriday.addDays(1));
    person.service().refresh(kMonday.addDays(7));
    CHECK(person.main(kTuesday.addDays(7), Pattern::Hinge, kMonday.addDays(7)).reps == IntRange {9, 12});
    int forward = 0;
    for (const ProgressionEvent& event : ProgressionRepository(person.db()).events())
        forward += event.pattern == Pattern::Hinge && isForward(event.kind) ? 1 : 0;
    CHECK(forward == 1);
}

TEST_CASE("missed sessions are never progress")
{
    Person person(returning());
    person.week(kMonday, kMonday);
    const PlannedItem next = person.main(kTuesday.addDays(7), Pattern::Hinge, kMonday.addDays(7));
    CHECK(next.exerciseId == "hip-hinge-to-wall");
    CHECK(next.reason.text() == "missed: no sets logged, so no progress");
}

TEST_CASE("a first run on Thursday plans Thursday on, and a profile change on Wednesday re-plans only what is ahead")
{
    SECTION("first run")
    {
        Person person(returning({Weekday::Monday, Weekday::Wednesday, Weekday::Friday}, 3));
        const WeekPlan week = person.week(kMonday, kMonday.addDays(3));
        std::vector<Date> strength;
        for (const PlannedSession& session : week.sessions) {
            CHECK(session.date >= kMonday.addDays(3));
            if (session.kind == SessionKind::Strength)
                strength.push_back(session.date);
        }
        // Four days left: ceil(3 × 4 / 7) = 2 strength days, Friday and Sunday (Friday is preferred).
        CHECK(strength == std::vector<Date> {kFriday, kMonday.addDays(6)});
    }
    SECTION("profile change")
    {
        Person person(
            returning({Weekday::Tuesday, Weekday::Thursday, Weekday::Saturday}, 3, {"kettlebell", "dumbbell"}));
        const WeekPlan before = person.week(kMonday, kMonday);
        person.logMain(kTuesday, Pattern::Squat, 1);
        // Wednesday: equipment gone, Monday/Wednesday/Friday.
        ProfileRepository(person.db()).save(returning({Weekday::Monday, Weekday::Wednesday, Weekday::Friday}, 3));
        person.service().replanFrom(kWednesday);
        const WeekPlan after = *person.service().week(kMonday);
        std::vector<Date> strength;
        for (const PlannedSession& session : after.sessions) {
            if (session.kind == SessionKind::Strength)
                strength.push_back(session.date);
            if (session.date < kWednesday)
                continue;
            for (const PlannedItem& item : session.items)
                CHECK(miniCatalog().find(item.exerciseId)->canBeDoneWith({}));
        }
        // Tuesday's session stays as it was (it is past); Wednesday and Friday make three.
        CHECK(strength == std::vector<Date> {kTuesday, kWednesday, kFriday});
        for (const PlannedSession& session : before.sessions) {
            if (session.date < kWednesday) {
                const bool kept = std::any_of(after.sessions.begin(), after.sessions.end(),
                    [&](const PlannedSession& other) { return other.id == session.id && other.date == session.date; });
                CHECK(kept);
            }
        }
    }
}
