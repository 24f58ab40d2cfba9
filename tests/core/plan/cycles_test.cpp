// SPDX-License-Identifier: GPL-3.0-or-later
// The time side of progression, lived through PlanService::refresh with days passing: recovery weeks,
// breaks, the way back from a flare-up. Numbers are worked out by hand over the mini catalog: the
// kettlebell deadlift starts at 8 kg and moves in 4 kg steps.
#include "core/plan/planservice.h"
#include "core/plan/sessionbuilder.h"
#include "core/plan/weekrules.h"
#include "core/store/profilerepository.h"
#include "core/store/progressionrepository.h"

#include "minicatalog.h"
#include "person.h"

#include <algorithm>
#include <catch2/catch.hpp>
#include <string_view>

using namespace keel::core;
using keel::test::Person;
using keel::test::returning;

namespace {

/// True when the week has a note that reads `text` in English.
bool hasNote(const WeekPlan& week, std::string_view text)
{
    return std::any_of(
        week.notes.begin(), week.notes.end(), [text](const Reason& note) { return note.text() == text; });
}

const Date kMonday = Date::fromYmd(2026, 11, 16);
const Date kTuesday = kMonday.addDays(1);
const Date kFriday = kMonday.addDays(4);

Date weeksOn(Date day, int weeks)
{
    return day.addDays(7L * weeks);
}

/// A person with a kettlebell whose hinge is the kettlebell deadlift, 3 × `reps` at `kg`, from Monday on.
Person deadlifter(Profile profile, double kg, int reps)
{
    Person person(profile);
    person.service().refresh(kMonday);
    ProgressionSnapshot snapshot = person.snapshot();
    PatternState& hinge = snapshot.patterns.at(Pattern::Hinge);
    hinge = {Pattern::Hinge, "kettlebell-deadlift", 3, reps, std::nullopt, std::nullopt, std::nullopt, kg, kMonday};
    ProgressionRepository(person.db()).save(snapshot, {});
    person.service().replanFrom(kMonday);
    return person;
}

/// Logs the session of `day` as planned, every set at RPE 9: done, but too hard to move anything on.
void logHardSession(Person& person, Date day)
{
    for (Pattern pattern : {Pattern::Hinge, Pattern::Squat, Pattern::Carry, Pattern::AntiRotation})
        person.logMain(day, pattern, 1, std::nullopt, 9);
}

} // namespace

TEST_CASE("recovery week: the same exercises and loads with one set fewer, and progress only after it")
{
    Profile profile = returning({Weekday::Tuesday, Weekday::Friday}, 2, {"kettlebell"});
    profile.recoveryEvery = 2; // the second week is a recovery week
    Person person = deadlifter(profile, 20, 12);
    const PlannedItem first = person.main(kTuesday, Pattern::Hinge, kMonday);
    REQUIRE(first.exerciseId == "kettlebell-deadlift");
    CHECK(first.sets == 3);
    CHECK(first.loadKg == 20);
    // Every set at the top of 8–12, easy and painless: earned, in a normal week a load step.
    person.logSession(kTuesday);
    person.logSession(kFriday);
    const std::map<Pattern, PatternState> before = person.snapshot().patterns;

    const Date recoveryTuesday = weeksOn(kTuesday, 1);
    const WeekPlan recovery = person.week(recoveryTuesday, kFriday);
    CHECK(recovery.recovery);
    const PlannedItem deload = person.main(recoveryTuesday, Pattern::Hinge, kFriday);
    CHECK(deload.exerciseId == "kettlebell-deadlift");
    CHECK(deload.sets == 2);
    CHECK(deload.loadKg == 20); // not 24
    CHECK(deload.reps == IntRange {12, 12});
    CHECK(deload.reason.text()
        == "recovery week: no increase this week; progress resumes after it; recovery week: one set fewer");
    // Nothing moved forward: every pattern, walking included, is where it was.
    CHECK(person.snapshot().patterns == before);
    for (const ProgressionEvent& event : ProgressionRepository(person.db()).events())
        CHECK_FALSE((isForward(event.kind) && event.date == weeksOn(kMonday, 1)));

    // The recovery week done as planned: the week after says progress resumes, and the load goes up.
    person.logSession(recoveryTuesday);
    person.logSession(weeksOn(kFriday, 1));
    const PlannedItem after = person.main(weeksOn(kTuesday, 2), Pattern::Hinge, weeksOn(kFriday, 1));
    CHECK(after.sets == 3);
    CHECK(after.loadKg > 20);
    CHECK_THAT(after.reason.text(), Catch::StartsWith("after the recovery week, progress resumes: load up"));
    CHECK_FALSE(person.week(weeksOn(kTuesday, 2), weeksOn(kFriday, 1)).recovery);
}

TEST_CASE("after six weeks away each pattern resumes three steps lower, with a welcome back")
{
    const Date back = weeksOn(kMonday, 7); // weeks 2 to 7 without strength work
    auto live = [&](bool openedDaily) {
        Profile profile = returning({Weekday::Tuesday, Weekday::Friday}, 2, {"kettlebell"});
        profile.walkBaselineMinutes = 20;
        Person person = deadlifter(profile, 24, 8);
        logHardSession(person, kTuesday);
        logHardSession(person, kFriday);
        const PatternState hinge = person.snapshot().patterns.at(Pattern::Hinge);
        REQUIRE(hinge.loadKg == 24);
        const int walked = *person.snapshot().patterns.at(Pattern::Walking).minutes;
        REQUIRE(walked == 20);
        if (openedDaily) {
            for (Date day = kFriday.addDays(1); day < back; day = day.addDays(1))
                person.service().refresh(day);
        }
        const PlannedItem item = person.main(back.addDays(1), Pattern::Hinge, back);
        CHECK(item.exerciseId == "kettlebell-deadlift");
        CHECK(item.sets == 3);
        CHECK(item.loadKg == 12); // 24 → 20 → 16 → 12: one 4 kg step at 2, 4 and 6 weeks away
        CHECK(item.reason.text()
            == "welcome back: 6 weeks without logged strength work (the last on Friday 2026-11-20), so you start "
               "again 3 steps below where you were and build back up; load down to 12 kg");
        // Walking 20 → 18 → 17 → 16 min a day (10 % less a step, at least a minute).
        CHECK(person.snapshot().patterns.at(Pattern::Walking).minutes == 16);
        const auto steps = person.events(ProgressionKind::StepBack);
        CHECK(std::count_if(steps.begin(), steps.end(), [](const ProgressionEvent& event) {
            return event.pattern == Pattern::Hinge;
        }) == 3);
        return item;
    };
    SECTION("the app opened only on the day back")
    {
        live(false);
    }
    SECTION("the app opened every day of the break")
    {
        live(true);
    }
}

TEST_CASE("a break of two weeks is one step back; one week away changes nothing")
{
    Person person = deadlifter(returning({Weekday::Tuesday, Weekday::Friday}, 2, {"kettlebell"}), 24, 8);
    logHardSession(person, kTuesday);
    logHardSession(person, kFriday);
    // Week 2 missed: back in week 3, the same dose, for the reason the missed week gives.
    const PlannedItem soon = person.main(weeksOn(kTuesday, 2), Pattern::Hinge, weeksOn(kMonday, 2));
    CHECK(soon.loadKg == 24);
    CHECK(soon.reason.text() == "missed: no sets logged, so no progress");
    // Weeks 2 and 3 missed: back in week 4, one step lower.
    const PlannedItem later = person.main(weeksOn(kTuesday, 3), Pattern::Hinge, weeksOn(kMonday, 3));
    CHECK(later.loadKg == 20);
    CHECK(later.reason.text()
        == "welcome back: 2 weeks without logged strength work (the last on Friday 2026-11-20), so you start again "
           "1 step below where you were and build back up; load down to 20 kg");
    // The week back done well is judged like any other: the break step is not pain, so progress may come.
    logHardSession(person, weeksOn(kTuesday, 3));
    person.logSession(weeksOn(kFriday, 3));
    CHECK(person.main(weeksOn(kTuesday, 4), Pattern::Hinge, weeksOn(kFriday, 3)).reason.text()
        == "same as last week: RPE 9 — progress comes when every set feels RPE 8 or easier");
}

TEST_CASE("leaving flare-up is a graded return over three weeks to the dose before it, never a jump")
{
    Person person = deadlifter(returning({Weekday::Tuesday, Weekday::Friday}, 2, {"kettlebell"}), 24, 8);
    person.checkIn(kMonday, 7);
    REQUIRE(person.snapshot().flareUp);
    // Two calm sessions done in flare-up mode end it on Friday.
    person.logSession(kTuesday);
    person.logSession(kFriday);
    REQUIRE_FALSE(person.snapshot().flareUp);
    REQUIRE(person.events(ProgressionKind::FlareUpOff).front().date == kFriday);

    // Week 2: two 4 kg steps below 24 kg.
    const PlannedItem first = person.main(weeksOn(kTuesday, 1), Pattern::Hinge, kFriday);
    CHECK(first.exerciseId == "kettlebell-deadlift");
    CHECK(first.loadKg == 16);
    CHECK(first.sets == 3);
    CHECK(first.reason.text()
        == "graded return after the flare-up (over on Friday 2026-11-20): 2 steps below your Kettlebell deadlift at "
           "24 kg; 1 step below from 2026-11-30; back to it from 2026-12-07");
    person.logSession(weeksOn(kTuesday, 1));
    person.logSession(weeksOn(kFriday, 1));
    // Week 3: one step below, although week 2 went well: the return sets the pace.
    const PlannedItem second = person.main(weeksOn(kTuesday, 2), Pattern::Hinge, weeksOn(kFriday, 1));
    CHECK(second.loadKg == 20);
    CHECK(second.reason.text()
        == "graded return after the flare-up (over on Friday 2026-11-20): 1 step below your Kettlebell deadlift at "
           "24 kg; back to it from 2026-12-07");
    person.logSession(weeksOn(kTuesday, 2));
    person.logSession(weeksOn(kFriday, 2));
    // Week 4: the dose from before the flare-up, and the state never moved meanwhile.
    const PlannedItem back = person.main(weeksOn(kTuesday, 3), Pattern::Hinge, weeksOn(kFriday, 2));
    CHECK(back.loadKg == 24);
    CHECK(back.reps == IntRange {8, 12});
    CHECK(back.reason.text() == "graded return after the flare-up done: back to your dose from before it");
    CHECK(person.snapshot().patterns.at(Pattern::Hinge).loadKg == 24);
}

TEST_CASE("in pounds the graded return shows the same loads, converted")
{
    Profile profile = returning({Weekday::Tuesday, Weekday::Friday}, 2, {"kettlebell"});
    profile.units = Units::Lb;
    Person person = deadlifter(profile, 24, 8);
    person.checkIn(kMonday, 7);
    person.logSession(kTuesday);
    person.logSession(kFriday);
    const PlannedItem first = person.main(weeksOn(kTuesday, 1), Pattern::Hinge, kFriday);
    CHECK(first.loadKg == 16); // stored in kilograms, shown in pounds
    CHECK_THAT(first.reason.text(), Catch::Contains("2 steps below your Kettlebell deadlift at 52.91 lb"));
}

namespace {

std::vector<Date> strengthDates(const WeekPlan& week)
{
    std::vector<Date> dates;
    for (const PlannedSession& session : week.sessions) {
        if (session.kind == SessionKind::Strength)
            dates.push_back(session.date);
    }
    return dates;
}

} // namespace

TEST_CASE("Sunday and Monday as the only preferred days: back to back across the boundary, and the plan says so")
{
    Person person(returning({Weekday::Monday, Weekday::Sunday}));
    const Date nextMonday = weeksOn(kMonday, 1);
    person.service().refresh(kMonday);
    const WeekPlan first = *person.service().week(kMonday);
    const WeekPlan second = *person.service().week(nextMonday);
    CHECK(strengthDates(second) == std::vector<Date> {nextMonday, nextMonday.addDays(6)});
    CHECK(hasNote(second,
        "strength back to back across the week boundary (Sunday 2026-11-22 and Monday 2026-11-23): your "
        "preferred days (mon, sun) leave no rest day between them; keep those sessions light and stop if "
        "your back protests"));
    CHECK_THAT(person.main(nextMonday, Pattern::Hinge, kMonday).reason.text(),
        Catch::EndsWith("; back to back with last week's Sunday: your preferred days leave no rest day between"));
    // The checker sees across the boundary: told, so no violation; untold, one.
    const Profile profile = person.service().profile();
    CHECK(WeekRules::check(second, {profile, keel::test::miniCatalog(), nullptr, &first}).empty());
    WeekPlan untold = second;
    untold.notes.clear();
    for (PlannedSession& session : untold.sessions) {
        for (PlannedItem& item : session.items)
            item.reason = Reason::verbatim("first week on this rung");
    }
    const auto violations = WeekRules::check(untold, {profile, keel::test::miniCatalog(), nullptr, &first});
    REQUIRE(violations.size() == 1);
    CHECK(violations.front().toString()
        == "strength-days 2026-11-23: strength the day after last week's without saying so");
}

TEST_CASE("when the preferred days allow it, the first strength day keeps off the day after last week's last")
{
    // Saturday and Sunday first (back to back, told); then Monday, Thursday and Saturday from the next week.
    Person person(returning({Weekday::Saturday, Weekday::Sunday}));
    person.service().refresh(kMonday);
    const WeekPlan first = *person.service().week(kMonday);
    REQUIRE(strengthDates(first).back() == kMonday.addDays(6));
    const Date nextMonday = weeksOn(kMonday, 1);
    ProfileRepository(person.db()).save(returning({Weekday::Monday, Weekday::Thursday, Weekday::Saturday}));
    person.service().replanFrom(nextMonday);
    const WeekPlan second = *person.service().week(nextMonday);
    // Monday and Thursday would be the widest spread on their own; Monday follows Sunday, so Thursday and Saturday.
    CHECK(strengthDates(second) == std::vector<Date> {nextMonday.addDays(3), nextMonday.addDays(5)});
    const Profile profile = person.service().profile();
    CHECK(WeekRules::check(second, {profile, keel::test::miniCatalog(), nullptr, &first}).empty());
    // Monday and Thursday instead is what the checker refuses.
    WeekPlan monday = second;
    for (PlannedSession& session : monday.sessions) {
        if (session.kind == SessionKind::Strength && session.date == nextMonday.addDays(5))
            session.date = nextMonday;
    }
    std::stable_sort(monday.sessions.begin(), monday.sessions.end(),
        [](const PlannedSession& a, const PlannedSession& b) { return a.date < b.date; });
    bool refused = false;
    for (const RuleViolation& violation :
        WeekRules::check(monday, {profile, keel::test::miniCatalog(), nullptr, &first}))
        refused = refused
            || violation.message == "strength the day after last week's although the preferred days allow a rest day";
    CHECK(refused);
}

TEST_CASE("a 10-minute budget: every item cut to one set, and the plan says plainly the session still runs over")
{
    Profile profile = returning();
    profile.minutesPerDay = 10;
    Person person(profile);
    const WeekPlan week = person.week(kMonday, kMonday);
    for (const PlannedSession& session : week.sessions) {
        if (session.kind != SessionKind::Strength)
            continue;
        int warmUp = 0;
        for (const PlannedItem& item : session.items) {
            if (item.warmUp) {
                warmUp += item.minutes->min;
                continue;
            }
            INFO(item.exerciseId << " " << item.reason.text());
            CHECK(item.sets == 1);
            CHECK_THAT(item.reason.text(),
                Catch::EndsWith("; cut to 1 set for your 10-minute session, which even so runs over (see the "
                                "week's note)"));
        }
        CHECK(warmUp == 4);
    }
    // Tuesday: hip hinge to wall 12 reps × 4 s + 90 s rest = 138 s; box squat 12 × 4 + 90 = 138 s; backpack
    // walk 50 m × 1.2 s + 90 = 150 s; dead bug 10 × 4 + 90 = 130 s: 556 s of lifts after a 4-minute warm-up,
    // 796 s in all, 13.3 minutes: about 14.
    CHECK(hasNote(week,
        "strength sessions take about 14 min (a 4-minute warm-up, then the lifts with 90 s rests), more than "
        "your 10 minutes even at one set each: the four patterns always go in, so allow about 14 min on "
        "strength days or shorten the rest timer"));
}

TEST_CASE("a budget the session fits: trimmed items say so, and the estimate stays within it")
{
    for (int minutes : {20, 30, 45}) {
        Profile profile = returning();
        profile.minutesPerDay = minutes;
        Person person(profile);
        const WeekPlan week = person.week(kMonday, kMonday);
        for (const PlannedSession& session : week.sessions) {
            if (session.kind != SessionKind::Strength)
                continue;
            int warmUp = 0;
            std::vector<PlannedItem> lifts;
            for (const PlannedItem& item : session.items)
                item.warmUp ? void(warmUp += item.minutes->min) : lifts.push_back(item);
            CAPTURE(minutes);
            CHECK(warmUp * 60 + SessionBuilder::liftSeconds(lifts, profile.restSeconds) <= minutes * 60);
            for (const PlannedItem& item : lifts)
                CHECK(item.reason.text().find("runs over") == std::string::npos);
        }
        for (const Reason& note : week.notes)
            CHECK_FALSE(note.text().starts_with("strength sessions take about"));
    }
}
