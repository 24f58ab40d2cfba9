// SPDX-License-Identifier: GPL-3.0-or-later
// PlanService against a real (in-memory) database: reviews before planning, one transaction, logged
// items kept on regeneration, recovery weeks counted from the first planned week.
#include "core/plan/planerror.h"
#include "core/plan/planservice.h"
#include "core/plan/weekrules.h"
#include "core/store/database.h"
#include "core/store/logrepository.h"
#include "core/store/planrepository.h"
#include "core/store/profilerepository.h"
#include "core/store/progressionrepository.h"

#include "minicatalog.h"

#include <catch2/catch.hpp>

using namespace keel::core;
using keel::test::miniCatalog;

namespace {

const Date kMonday = Date::fromYmd(2026, 11, 16);

Profile storedProfile(Database& db, int recoveryEvery = 0)
{
    Profile profile;
    profile.experience = Experience::Returning;
    profile.strengthDays = 2;
    profile.preferredDays = {Weekday::Tuesday, Weekday::Friday};
    profile.recoveryEvery = recoveryEvery;
    ProfileRepository(db).save(profile);
    return profile;
}

const PlannedItem& mainItem(const WeekPlan& week, Pattern pattern)
{
    for (const PlannedSession& session : week.sessions) {
        for (const PlannedItem& item : session.items) {
            if (!item.warmUp && item.pattern == pattern)
                return item;
        }
    }
    FAIL("no " << toString(pattern));
    throw std::logic_error("unreachable");
}

} // namespace

TEST_CASE("planning without a profile says how to make one")
{
    const auto db = Database::openInMemory();
    PlanService service(*db, miniCatalog());
    CHECK_THROWS_WITH(
        service.generate(kMonday, 1, 1, kMonday), Catch::StartsWith("no profile yet: run keel-cli profile set"));
    storedProfile(*db);
    CHECK_THROWS_AS(service.generate(kMonday, 0, 1, kMonday), PlanError);
    CHECK_THROWS_AS(service.generate(kMonday, 53, 1, kMonday), PlanError);
}

TEST_CASE("generated weeks are stored with the progression and follow the rules")
{
    const auto db = Database::openInMemory();
    const Profile profile = storedProfile(*db);
    PlanService service(*db, miniCatalog());
    const auto weeks = service.generate(kMonday.addDays(3), 4, 11, kMonday);
    REQUIRE(weeks.size() == 4);
    CHECK(weeks.front().weekStart == kMonday); // any day picks its week
    const ProgressionSnapshot snapshot = ProgressionRepository(*db).load();
    CHECK(snapshot.patterns.size() >= 5);
    for (const WeekPlan& week : weeks) {
        const auto stored = service.week(week.weekStart.addDays(6));
        REQUIRE(stored);
        CHECK(*stored == week);
        CHECK(WeekRules::check(*stored, {profile, miniCatalog(), &snapshot}).empty());
    }
    CHECK(service.lastEvents().size() == snapshot.patterns.size()); // one start per pattern
    CHECK_FALSE(service.week(kMonday.addDays(28)));
}

TEST_CASE("a logged week is reviewed once before the next is planned, and progress explains it")
{
    const auto db = Database::openInMemory();
    storedProfile(*db);
    PlanService service(*db, miniCatalog());
    const WeekPlan first = service.generate(kMonday, 1, 1, kMonday).front();
    const PlannedItem& hinge = mainItem(first, Pattern::Hinge);
    REQUIRE(hinge.exerciseId == "hip-hinge-to-wall");
    LogRepository logs(*db);
    LoggedSet set;
    set.date = kMonday.addDays(1);
    set.exerciseId = hinge.exerciseId;
    set.reps = 10;
    set.pain = 6;
    set.plannedItemId = hinge.id;
    logs.addSet(set);

    const Date next = kMonday.addDays(7);
    const WeekPlan second = service.generate(next, 1, 1, next).front();
    CHECK(mainItem(second, Pattern::Hinge).exerciseId == "glute-bridge");
    CHECK(mainItem(second, Pattern::Hinge).reason.text()
        == "stepped back: pain 6/10 on Tuesday 2026-11-17 (Hip hinge to wall); back to Glute bridge");

    // Planning again reviews nothing twice.
    const auto before = ProgressionRepository(*db).events();
    service.generate(next, 1, 1, next);
    const auto after = ProgressionRepository(*db).events();
    CHECK(after.size() == before.size());
    CHECK(service.refresh(next.addDays(3)).events.empty());

    const ProgressView view = service.progress(Pattern::Hinge, std::nullopt);
    REQUIRE(view.states.size() == 1);
    CHECK(view.states.front().exerciseId == "glute-bridge");
    // The start, the day's pain event (program-wide), the step back that day, the week's hold.
    REQUIRE(view.events.size() == 4);
    CHECK(view.events[1].kind == ProgressionKind::PainEvent);
    CHECK(view.events[2].kind == ProgressionKind::StepBack);
    CHECK(view.events[2].date == kMonday.addDays(1));
    CHECK(view.events[3].kind == ProgressionKind::Hold);
    // The pain event (program-wide), the step back to it, the week's hold on it.
    CHECK(service.progress(std::nullopt, std::string("glute-bridge")).events.size() == 3);
    CHECK_THROWS_AS(service.progress(std::nullopt, std::string("no-such-exercise")), PlanError);
}

TEST_CASE("regenerating a week keeps what was logged against it")
{
    const auto db = Database::openInMemory();
    storedProfile(*db);
    PlanService service(*db, miniCatalog());
    const WeekPlan week = service.generate(kMonday, 1, 1, kMonday).front();
    const PlannedItem& squat = mainItem(week, Pattern::Squat);
    LoggedSet set;
    set.date = kMonday.addDays(1);
    set.exerciseId = squat.exerciseId;
    set.reps = 9;
    set.plannedItemId = squat.id;
    LogRepository(*db).addSet(set);

    const WeekPlan again = service.generate(kMonday, 1, 2, kMonday).front();
    CHECK(mainItem(again, Pattern::Squat).id == squat.id);
    CHECK(PlanRepository(*db).isLogged(squat.id));
}

TEST_CASE("recovery weeks count from the first week ever planned")
{
    const auto db = Database::openInMemory();
    storedProfile(*db, 2);
    PlanService service(*db, miniCatalog());
    CHECK_FALSE(service.generate(kMonday, 1, 1, kMonday).front().recovery);
    // Planned on its own later, the second week still knows it is the second.
    CHECK(service.generate(kMonday.addDays(7), 1, 1, kMonday).front().recovery);
    CHECK_FALSE(service.generate(kMonday.addDays(14), 1, 1, kMonday).front().recovery);
}

TEST_CASE("warm-up sets are left out of what progression reviews")
{
    const auto db = Database::openInMemory();
    storedProfile(*db);
    PlanService service(*db, miniCatalog());
    const WeekPlan first = service.generate(kMonday, 1, 1, kMonday).front();
    const PlannedItem& hinge = mainItem(first, Pattern::Hinge);
    REQUIRE(hinge.exerciseId == "hip-hinge-to-wall");
    // The same painful set that steps the hinge back above, but marked as a warm-up (as imports
    // keep them): it is no working set, so the review does not see it.
    LoggedSet set;
    set.date = kMonday.addDays(1);
    set.exerciseId = hinge.exerciseId;
    set.reps = 10;
    set.pain = 6;
    set.warmUp = true;
    set.plannedItemId = hinge.id;
    LogRepository(*db).addSet(set);
    REQUIRE(LogRepository(*db).workingSets(kMonday, kMonday.addDays(6)).empty());
    REQUIRE(LogRepository(*db).sets(kMonday, kMonday.addDays(6)).size() == 1);

    const Date next = kMonday.addDays(7);
    const WeekPlan second = service.generate(next, 1, 1, next).front();
    CHECK(mainItem(second, Pattern::Hinge).exerciseId == "hip-hinge-to-wall");
    CHECK(mainItem(second, Pattern::Hinge).reason.text().find("pain") == std::string::npos);
    for (const ProgressionEvent& event : ProgressionRepository(*db).events()) {
        CHECK(event.kind != ProgressionKind::StepBack);
        CHECK(event.kind != ProgressionKind::PainEvent);
    }
}
