// SPDX-License-Identifier: GPL-3.0-or-later
// Two years lived day by day through PlanService::refresh, as the app and keel-cli do, with recovery weeks,
// breaks of two, four and six weeks and a flare-up: recovery weeks never raise anything, and the plan after
// a break or a flare-up starts lower than where the person stood before it.
#include "core/plan/planservice.h"
#include "core/store/planrepository.h"
#include "core/store/progressionrepository.h"

#include "minicatalog.h"
#include "person.h"

#include <catch2/catch.hpp>
#include <map>
#include <tuple>

using namespace keel::core;
using keel::test::Person;
using keel::test::returning;

namespace {

const Date kStart = Date::fromYmd(2026, 1, 5); // a Monday
constexpr int kWeeks = 104;
const std::array<Pattern, 4> kMains = {Pattern::Hinge, Pattern::Squat, Pattern::Carry, Pattern::AntiRotation};

/// How far along a pattern stands: rung, then load, then sets, then the working target. Lower is gentler.
using Rank = std::tuple<int, double, int, int>;

Rank rankOf(const PatternState& state)
{
    const Exercise* exercise = keel::test::miniCatalog().find(state.exerciseId);
    return {exercise ? exercise->level : 0, state.loadKg.value_or(0), state.sets,
        state.reps.value_or(state.seconds.value_or(state.meters.value_or(0)))};
}

Rank rankOf(const PlannedItem& item)
{
    const Exercise* exercise = keel::test::miniCatalog().find(item.exerciseId);
    const auto low = [](const std::optional<IntRange>& range) { return range ? range->min : 0; };
    return {exercise ? exercise->level : 0, item.loadKg.value_or(0), item.sets,
        item.reps          ? low(item.reps)
            : item.seconds ? low(item.seconds)
                           : low(item.meters)};
}

/// True when nothing gentler exists: the first rung, one set, the bottom of its range, no load above its start.
bool gentlest(const PatternState& state)
{
    const Exercise* exercise = keel::test::miniCatalog().find(state.exerciseId);
    return exercise && exercise->level == 1 && state.sets <= 1;
}

bool away(int week)
{
    return (week >= 20 && week < 22) || (week >= 40 && week < 44) || (week >= 70 && week < 76);
}

void live(Profile profile)
{
    profile.recoveryEvery = 4;
    Person person(profile);
    PlanRepository plans(person.db());
    std::map<Pattern, PatternState> beforeBreak;
    std::map<Pattern, PatternState> beforeFlareUp;
    std::optional<int> flareUpEndedWeek;
    int breaks = 0;
    int recoveries = 0;
    for (int week = 0; week < kWeeks; ++week) {
        const Date monday = kStart.addDays(7L * week);
        if (!away(week) && away(week - 1)) {
            // Back from a break: every main pattern lower than before it, unless nothing is gentler.
            person.service().refresh(monday);
            const ProgressionSnapshot back = person.snapshot();
            for (Pattern pattern : kMains) {
                INFO("week " << week << " " << toString(pattern));
                const PatternState& before = beforeBreak.at(pattern);
                CHECK((rankOf(back.patterns.at(pattern)) < rankOf(before) || gentlest(before)));
            }
            ++breaks;
        }
        if (week == 55) {
            // A check-in of 7 starts a flare-up on Monday; the calm sessions that week and the next end it.
            person.service().refresh(monday);
            beforeFlareUp = person.snapshot().patterns;
            person.checkIn(monday, 7);
            REQUIRE(person.snapshot().flareUp);
        }
        const WeekPlan plan = person.week(monday, monday);
        if (plan.recovery && week > 0) {
            ++recoveries;
            for (const ProgressionEvent& event : ProgressionRepository(person.db()).events()) {
                INFO("recovery week " << monday.toString() << ": " << event.reason.text());
                CHECK_FALSE((event.date >= monday && event.date <= monday.addDays(6) && isForward(event.kind)));
            }
        }
        if (flareUpEndedWeek && week == *flareUpEndedWeek + 1) {
            // The first whole week after the flare-up: every main pattern planned below where it stood before.
            for (const PlannedSession& session : plan.sessions) {
                for (const PlannedItem& item : session.items) {
                    if (session.kind != SessionKind::Strength || item.warmUp || !beforeFlareUp.contains(item.pattern)
                        || item.pattern == Pattern::AntiRotation)
                        continue;
                    INFO("week " << week << " " << item.exerciseId << " " << item.reason.text());
                    CHECK((rankOf(item) < rankOf(beforeFlareUp.at(item.pattern))
                        || gentlest(beforeFlareUp.at(item.pattern))));
                }
            }
        }
        for (int day = 0; day < 7; ++day) {
            const Date date = monday.addDays(day);
            person.service().refresh(date);
            if (away(week))
                continue;
            for (const PlannedSession& session : person.week(date, date).sessions) {
                if (session.date == date && session.kind == SessionKind::Strength)
                    person.logSession(date);
            }
        }
        if (week == 55 || week == 56) {
            if (!person.snapshot().flareUp && !flareUpEndedWeek)
                flareUpEndedWeek = week;
        }
        if (away(week + 1) && !away(week)) {
            person.service().refresh(monday.addDays(7));
            beforeBreak = person.snapshot().patterns;
        }
    }
    CHECK(breaks == 3);
    CHECK(recoveries >= kWeeks / 4 - 5);
    REQUIRE(flareUpEndedWeek);
}

} // namespace

TEST_CASE("two years with recovery weeks, breaks and a flare-up: deloads deload, returns start lower", "[cycles-life]")
{
    SECTION("with a kettlebell")
    {
        live(returning({Weekday::Tuesday, Weekday::Friday}, 2, {"kettlebell"}));
    }
    SECTION("with nothing but the floor")
    {
        live(returning({Weekday::Monday, Weekday::Wednesday, Weekday::Friday}, 3));
    }
}
