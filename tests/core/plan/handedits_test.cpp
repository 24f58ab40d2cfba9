// SPDX-License-Identifier: GPL-3.0-or-later
// Hand edits through a re-plan: a session moved or an exercise swapped by hand (as the Week pane does,
// through PlanRepository) stays when the living plan re-plans the rest of the week, unless the plan
// changed the very choice the edit overrode. Over the mini catalog a building person starts the hinge
// on dowel-hip-hinge (level 3), whose same-level alternative is good-morning and rung below
// hip-hinge-to-wall.
#include "core/plan/dayview.h"
#include "core/plan/handedits.h"
#include "core/plan/planservice.h"
#include "core/store/database.h"
#include "core/store/logrepository.h"
#include "core/store/planrepository.h"
#include "core/store/profilerepository.h"

#include "minicatalog.h"

#include <catch2/catch.hpp>

using namespace keel::core;
using keel::test::miniCatalog;

namespace {

const Date kMonday = Date::fromYmd(2026, 11, 16);
const Date kTuesday = kMonday.addDays(1);
const Date kFriday = kMonday.addDays(4);
const Date kSaturday = kMonday.addDays(5);

Profile building()
{
    Profile profile;
    profile.experience = Experience::Building;
    profile.strengthDays = 2;
    profile.preferredDays = {Weekday::Tuesday, Weekday::Friday};
    profile.recoveryEvery = 0;
    return profile;
}

class Person {
public:
    Person()
        : m_db(Database::openInMemory())
        , m_service(*m_db, miniCatalog())
    {
        ProfileRepository(*m_db).save(building());
        m_service.refresh(kMonday);
    }

    const PlannedSession* strength(const WeekPlan& week, Date day)
    {
        for (const PlannedSession& session : week.sessions) {
            if (session.date == day && session.kind == SessionKind::Strength)
                return &session;
        }
        return nullptr;
    }

    /// The stored week as the app shows it on `today`, refreshed first.
    WeekPlan week(Date today)
    {
        m_service.refresh(today);
        return *m_service.week(kMonday);
    }

    const PlannedItem& hinge(const PlannedSession& session)
    {
        for (const PlannedItem& item : session.items) {
            if (item.pattern == Pattern::Hinge && !item.warmUp)
                return item;
        }
        FAIL("no hinge on " << session.date.toString());
        throw std::logic_error("unreachable");
    }

    /// Logs three sets of `pattern`'s main item in Tuesday's session at `pain`, refreshing after each.
    void logTuesday(Pattern pattern, int pain)
    {
        const WeekPlan now = week(kTuesday);
        for (const PlannedItem& item : strength(now, kTuesday)->items) {
            if (item.pattern != pattern || item.warmUp)
                continue;
            for (int set = 0; set < item.sets; ++set) {
                LoggedSet logged;
                logged.date = kTuesday;
                logged.exerciseId = item.exerciseId;
                logged.reps = item.reps ? std::optional(item.reps->max) : std::nullopt;
                logged.seconds = item.seconds ? std::optional(item.seconds->max) : std::nullopt;
                logged.meters = item.meters ? std::optional(double(item.meters->max)) : std::nullopt;
                logged.loadKg = item.loadKg;
                logged.pain = pain;
                logged.plannedItemId = DayView::openItemId(*m_db, kTuesday, item.exerciseId);
                LogRepository(*m_db).addSet(logged);
                m_service.refresh(kTuesday);
            }
            return;
        }
        FAIL("no " << toString(pattern) << " on Tuesday");
    }

    PlanRepository plans() { return PlanRepository(*m_db); }

private:
    std::unique_ptr<Database> m_db;
    PlanService m_service;
};

} // namespace

TEST_CASE("a swap by hand survives a re-plan that keeps the plan's choice, and is dropped when pain changes it")
{
    Person person;
    const WeekPlan planned = person.week(kMonday);
    const PlannedItem friday = person.hinge(*person.strength(planned, kFriday));
    REQUIRE(friday.exerciseId == "dowel-hip-hinge");
    CHECK(person.plans().swapExercise(friday.id, "good-morning") == "dowel-hip-hinge");

    // Painful squats on Tuesday re-plan the rest of the week; the hinge's plan is unchanged, so the swap stays.
    person.logTuesday(Pattern::Squat, 8);
    WeekPlan after = person.week(kTuesday);
    const PlannedItem kept = person.hinge(*person.strength(after, kFriday));
    CHECK(kept.exerciseId == "good-morning");
    CHECK(kept.swappedFrom == "dowel-hip-hinge");
    CHECK(kept.sets == friday.sets);

    // Painful hinges step Friday's hinge back a rung: the plan changed the choice the swap overrode.
    person.logTuesday(Pattern::Hinge, 8);
    after = person.week(kTuesday);
    const PlannedItem stepped = person.hinge(*person.strength(after, kFriday));
    CHECK(stepped.exerciseId == "hip-hinge-to-wall");
    CHECK(stepped.swappedFrom.empty());
}

TEST_CASE("a session moved by hand stays on its new day through a re-plan, and moving it back clears the mark")
{
    Person person;
    const WeekPlan planned = person.week(kMonday);
    const PlannedSession* friday = person.strength(planned, kFriday);
    REQUIRE(friday);
    REQUIRE_FALSE(person.strength(planned, kSaturday));
    const std::int64_t sessionId = friday->id;
    const std::int64_t hingeId = person.hinge(*friday).id;
    CHECK(person.plans().moveSession(sessionId, kSaturday) == kFriday);
    CHECK(person.plans().swapExercise(hingeId, "good-morning") == "dowel-hip-hinge");

    person.logTuesday(Pattern::Squat, 8);
    WeekPlan after = person.week(kTuesday);
    CHECK_FALSE(person.strength(after, kFriday));
    const PlannedSession* saturday = person.strength(after, kSaturday);
    REQUIRE(saturday);
    CHECK(saturday->movedFrom == kFriday);
    // The swap in the moved session stays with it.
    CHECK(person.hinge(*saturday).exerciseId == "good-morning");

    // Moving it back to the plan's day (an undo) is no hand edit any more.
    CHECK(person.plans().moveSession(saturday->id, kFriday) == kSaturday);
    after = *person.plans().loadWeek(kMonday);
    REQUIRE(person.strength(after, kFriday));
    CHECK_FALSE(person.strength(after, kFriday)->movedFrom);
    const PlannedItem hinge = person.hinge(*person.strength(after, kFriday));
    CHECK(person.plans().swapExercise(hinge.id, "dowel-hip-hinge") == "good-morning");
    CHECK(person.plans().loadWeek(kMonday)->sessions.size() == after.sessions.size());
    CHECK(person.hinge(*person.strength(*person.plans().loadWeek(kMonday), kFriday)).swappedFrom.empty());
}

TEST_CASE("keepHandEdits drops a swap the equipment or a flare-up no longer allows")
{
    WeekPlan stored;
    stored.weekStart = kMonday;
    PlannedItem swapped;
    swapped.exerciseId = "goblet-squat";
    swapped.pattern = Pattern::Squat;
    swapped.swappedFrom = "bodyweight-squat";
    swapped.sets = 3;
    stored.sessions.push_back({1, kFriday, SessionKind::Strength, {swapped}});

    auto fresh = [&] {
        WeekPlan week = stored;
        week.sessions[0].items[0].exerciseId = "bodyweight-squat";
        week.sessions[0].items[0].swappedFrom.clear();
        return week;
    };
    Profile profile = building();
    profile.equipment = {"kettlebell"};

    WeekPlan week = fresh();
    keepHandEdits(week, stored, kTuesday, miniCatalog(), profile);
    CHECK(week.sessions[0].items[0].exerciseId == "goblet-squat");

    profile.equipment.clear(); // The kettlebell was given up.
    week = fresh();
    keepHandEdits(week, stored, kTuesday, miniCatalog(), profile);
    CHECK(week.sessions[0].items[0].exerciseId == "bodyweight-squat");

    profile.equipment = {"kettlebell"};
    week = fresh();
    week.flareUp = true; // goblet-squat is not flare-up safe.
    keepHandEdits(week, stored, kTuesday, miniCatalog(), profile);
    CHECK(week.sessions[0].items[0].exerciseId == "bodyweight-squat");

    // Days before `from` are history: nothing is carried into them.
    week = fresh();
    keepHandEdits(week, stored, kSaturday, miniCatalog(), profile);
    CHECK(week.sessions[0].items[0].exerciseId == "bodyweight-squat");
}

TEST_CASE("handEdits counts moved sessions and swapped exercises")
{
    WeekPlan week;
    PlannedItem plain;
    plain.exerciseId = "bodyweight-squat";
    PlannedItem swapped = plain;
    swapped.exerciseId = "split-squat";
    swapped.swappedFrom = "bodyweight-squat";
    week.sessions.push_back({1, kTuesday, SessionKind::Strength, {plain, swapped}});
    CHECK(handEdits(week) == 1);
    week.sessions.push_back({2, kSaturday, SessionKind::Strength, {swapped}, kFriday});
    CHECK(handEdits(week) == 3);
}
