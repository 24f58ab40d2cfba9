// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/model/phrasecode.h"
#include "core/plan/dayview.h"
#include "core/store/database.h"
#include "core/store/logrepository.h"
#include "core/store/planrepository.h"

#include "storetestsupport.h"

#include <catch2/catch.hpp>
#include <set>

using namespace keel;
using core::PlannedItem;
using core::PlannedSession;
using core::PlanRepository;
using core::SessionKind;
using core::WeekPlan;
using test::day;

namespace {

PlannedItem item(const char* exercise, core::Pattern pattern, const char* reason)
{
    PlannedItem result;
    result.exerciseId = exercise;
    result.pattern = pattern;
    result.sets = 3;
    result.reps = core::IntRange {8, 12};
    result.reason = core::Reason::verbatim(reason);
    return result;
}

PlannedSession session(const char* date, SessionKind kind, std::vector<PlannedItem> items)
{
    PlannedSession result;
    result.date = day(date);
    result.kind = kind;
    result.items = std::move(items);
    return result;
}

/// A week of two strength days and a walk, every kind of prescription represented.
WeekPlan sampleWeek()
{
    WeekPlan week;
    week.weekStart = day("2026-03-02");
    week.recovery = true;
    week.notes = {core::Reason::verbatim("strength days back to back: only two preferred days"),
        core::Reason(core::PhraseCode::RecoveryWeekNote, {core::ReasonArg::count(6)})};
    PlannedItem warmUp = item("cat-cow", core::Pattern::Mobility, "warm-up");
    warmUp.focus = core::Focus::Thoracic;
    warmUp.warmUp = true;
    warmUp.reps.reset();
    warmUp.minutes = core::IntRange {2, 3};
    warmUp.sets = 0;
    PlannedItem carry = item("suitcase-carry", core::Pattern::Carry, "same as last week");
    carry.reps.reset();
    carry.meters = core::IntRange {20, 40};
    carry.loadKg = 16.0;
    carry.perSide = true;
    // A reason with codes and nested values, stored beside its English and read back whole.
    carry.reason = core::Reason(core::PhraseCode::SteppedBack,
        {core::Reason(
            core::PhraseCode::PainOnWalk, {core::ReasonArg::count(7), core::ReasonArg::day(day("2026-02-24"))})
                .asArg()});
    carry.reason += core::Reason(core::PhraseCode::LoadDown, {core::ReasonArg::load(14.0, core::Units::Kg)});
    PlannedItem plank = item("side-plank", core::Pattern::AntiRotation, "hold longer");
    plank.reps.reset();
    plank.seconds = core::IntRange {20, 30};
    week.sessions = {
        session("2026-03-02", SessionKind::Strength,
            {warmUp, item("goblet-squat", core::Pattern::Squat, "first week on this rung"), carry, plank}),
        session("2026-03-04", SessionKind::Strength,
            {item("goblet-squat", core::Pattern::Squat, "same"), item("hip-hinge-dowel", core::Pattern::Hinge, "new")}),
        session("2026-03-03", SessionKind::Walk, {item("brisk-walk", core::Pattern::Walking, "build slowly")}),
    };
    return week;
}

std::vector<std::string> exercisesOn(const WeekPlan& week, const char* date, SessionKind kind)
{
    for (const PlannedSession& stored : week.sessions) {
        if (stored.date == day(date) && stored.kind == kind) {
            std::vector<std::string> ids;
            for (const PlannedItem& planned : stored.items)
                ids.push_back(planned.exerciseId);
            return ids;
        }
    }
    return {};
}

/// Strips database ids so a stored week compares with what was generated.
WeekPlan withoutIds(WeekPlan week)
{
    week.id = 0;
    for (PlannedSession& stored : week.sessions) {
        stored.id = 0;
        for (PlannedItem& planned : stored.items)
            planned.id = 0;
    }
    return week;
}

} // namespace

TEST_CASE("a saved week reads back with ids, sessions ordered by date then kind")
{
    auto db = core::Database::openInMemory();
    PlanRepository plans(*db);
    CHECK_FALSE(plans.loadWeek(day("2026-03-02")));

    WeekPlan week = sampleWeek();
    WeekPlan expected = sampleWeek();
    std::swap(expected.sessions[1], expected.sessions[2]);
    plans.saveWeek(week);
    CHECK(week.id > 0);
    for (const PlannedSession& stored : week.sessions) {
        CHECK(stored.id > 0);
        for (const PlannedItem& planned : stored.items)
            CHECK(planned.id > 0);
    }
    CHECK(withoutIds(week) == expected);
    CHECK(plans.loadWeek(day("2026-03-02")) == week);
}

TEST_CASE("weeks are listed by their start inside a range")
{
    auto db = core::Database::openInMemory();
    PlanRepository plans(*db);
    WeekPlan first = sampleWeek();
    plans.saveWeek(first);
    WeekPlan second;
    second.weekStart = day("2026-03-09");
    second.sessions = {session("2026-03-10", SessionKind::Mobility, {item("cat-cow", core::Pattern::Mobility, "")})};
    plans.saveWeek(second);

    const auto both = plans.weeks(day("2026-03-01"), day("2026-03-31"));
    REQUIRE(both.size() == 2);
    CHECK(both[0] == first);
    CHECK(both[1] == second);
    CHECK(plans.weeks(day("2026-03-03"), day("2026-03-31")).size() == 1);
    CHECK(plans.weeks(day("2026-04-01"), day("2026-04-30")).empty());
}

TEST_CASE("regenerating a week replaces only what was not logged")
{
    auto db = core::Database::openInMemory();
    PlanRepository plans(*db);
    core::LogRepository log(*db);
    WeekPlan week = sampleWeek();
    plans.saveWeek(week);

    // Monday's squat was logged; Tuesday's walk too.
    const PlannedItem loggedSquat = week.sessions[0].items[1];
    REQUIRE(loggedSquat.exerciseId == "goblet-squat");
    core::LoggedSet set = test::sampleSet("2026-03-02");
    set.plannedItemId = loggedSquat.id;
    const auto setId = log.addSet(set);
    const PlannedItem loggedWalk = week.sessions[1].items[0];
    REQUIRE(loggedWalk.exerciseId == "brisk-walk");
    core::WalkEntry walk = test::sampleWalk("2026-03-03");
    walk.plannedItemId = loggedWalk.id;
    log.addWalk(walk);
    CHECK(plans.isLogged(loggedSquat.id));
    CHECK(plans.isLogged(loggedWalk.id));
    CHECK_FALSE(plans.isLogged(week.sessions[0].items[0].id));

    // The new plan keeps the squat with another prescription, drops the walk, and changes the rest.
    WeekPlan regenerated;
    regenerated.weekStart = day("2026-03-02");
    regenerated.flareUp = true;
    PlannedItem newSquat = item("goblet-squat", core::Pattern::Squat, "stepped back: pain 6/10");
    newSquat.reps = core::IntRange {6, 8};
    regenerated.sessions = {
        session(
            "2026-03-02", SessionKind::Strength, {item("dead-bug", core::Pattern::AntiRotation, "flare-up"), newSquat}),
        session("2026-03-05", SessionKind::Mobility, {item("cat-cow", core::Pattern::Mobility, "flare-up")}),
    };
    plans.saveWeek(regenerated);

    CHECK(regenerated.flareUp);
    CHECK_FALSE(regenerated.recovery);
    CHECK(regenerated.notes.empty());
    CHECK(exercisesOn(regenerated, "2026-03-02", SessionKind::Strength)
        == std::vector<std::string> {"dead-bug", "goblet-squat"});
    // The logged squat item is the same row with its original prescription and reason.
    const PlannedItem& keptSquat = regenerated.sessions[0].items[1];
    CHECK(keptSquat == loggedSquat);
    // The logged walk's session stays although the new plan has none that day.
    CHECK(exercisesOn(regenerated, "2026-03-03", SessionKind::Walk) == std::vector<std::string> {"brisk-walk"});
    CHECK(exercisesOn(regenerated, "2026-03-04", SessionKind::Strength).empty());
    CHECK(exercisesOn(regenerated, "2026-03-05", SessionKind::Mobility) == std::vector<std::string> {"cat-cow"});
    CHECK(plans.loadWeek(day("2026-03-02")) == regenerated);

    // The logs still point at their items.
    CHECK(log.set(setId)->plannedItemId == loggedSquat.id);
    CHECK(db->check().ok);
}

TEST_CASE("a session moves only inside its week")
{
    auto db = core::Database::openInMemory();
    PlanRepository plans(*db);
    WeekPlan week = sampleWeek();
    plans.saveWeek(week);
    const std::int64_t sessionId = week.sessions[0].id;
    CHECK(plans.moveSession(sessionId, day("2026-03-06")) == day("2026-03-02"));
    CHECK(exercisesOn(*plans.loadWeek(day("2026-03-02")), "2026-03-06", SessionKind::Strength).size() == 4);
    CHECK_THROWS_AS(plans.moveSession(sessionId, day("2026-03-09")), core::StoreError);
    CHECK_THROWS_AS(plans.moveSession(sessionId + 1000, day("2026-03-03")), core::StoreError);
    CHECK(exercisesOn(*plans.loadWeek(day("2026-03-02")), "2026-03-06", SessionKind::Strength).size() == 4);
}

TEST_CASE("an exercise swaps unless it was already logged")
{
    auto db = core::Database::openInMemory();
    PlanRepository plans(*db);
    WeekPlan week = sampleWeek();
    plans.saveWeek(week);
    const std::int64_t squat = week.sessions[0].items[1].id;
    CHECK(plans.swapExercise(squat, "box-squat") == "goblet-squat");
    CHECK(plans.loadWeek(day("2026-03-02"))->sessions[0].items[1].exerciseId == "box-squat");

    core::LoggedSet set = test::sampleSet("2026-03-02", "box-squat");
    set.plannedItemId = squat;
    core::LogRepository(*db).addSet(set);
    CHECK_THROWS_AS(plans.swapExercise(squat, "goblet-squat"), core::StoreError);
    CHECK_THROWS_AS(plans.swapExercise(squat + 1000, "goblet-squat"), core::StoreError);
    CHECK_THROWS_AS(plans.swapExercise(week.sessions[0].items[0].id, ""), core::StoreError);
    CHECK(plans.loadWeek(day("2026-03-02"))->sessions[0].items[1].exerciseId == "box-squat");
}

TEST_CASE("a session outside its week is refused and nothing is saved")
{
    auto db = core::Database::openInMemory();
    PlanRepository plans(*db);
    WeekPlan week = sampleWeek();
    week.sessions.push_back(session("2026-03-09", SessionKind::Walk, {}));
    try {
        plans.saveWeek(week);
        FAIL("saved a session outside its week");
    } catch (const core::StoreError& error) {
        CHECK(error.status() == core::StoreStatus::InvalidInput);
        CHECK_THAT(error.what(), Catch::Contains("2026-03-09"));
    }
    CHECK_FALSE(plans.loadWeek(day("2026-03-02")));
}

TEST_CASE("regenerating gives back the week as it reads back, with two logged sessions of one day and kind")
{
    auto db = core::Database::openInMemory();
    PlanRepository plans(*db);
    core::LogRepository log(*db);
    WeekPlan week = sampleWeek();
    plans.saveWeek(week);
    // Monday's squat and Wednesday's hinge were logged, then Wednesday's session moved to Monday.
    const PlannedItem mondaySquat = week.sessions[0].items[1];
    const PlannedSession& wednesday = week.sessions[2];
    REQUIRE(wednesday.date == day("2026-03-04"));
    const PlannedItem wednesdayHinge = wednesday.items[1];
    REQUIRE(wednesdayHinge.exerciseId == "hip-hinge-dowel");
    for (const PlannedItem& logged : {mondaySquat, wednesdayHinge}) {
        core::LoggedSet set = test::sampleSet("2026-03-02", logged.exerciseId.c_str());
        set.plannedItemId = logged.id;
        log.addSet(set);
    }
    plans.moveSession(wednesday.id, day("2026-03-02"));

    WeekPlan regenerated;
    regenerated.weekStart = day("2026-03-02");
    regenerated.sessions = {session("2026-03-02", SessionKind::Strength,
        {item("hip-hinge-dowel", core::Pattern::Hinge, "new"), item("goblet-squat", core::Pattern::Squat, "new"),
            item("dead-bug", core::Pattern::AntiRotation, "new")})};
    plans.saveWeek(regenerated);

    CHECK(plans.loadWeek(day("2026-03-02")) == regenerated);
    REQUIRE(regenerated.sessions.size() == 2);
    // The first Monday session takes the new plan; its logged squat keeps its place and row.
    const PlannedSession& first = regenerated.sessions[0];
    CHECK(first.id == week.sessions[0].id);
    REQUIRE(first.items.size() == 3);
    CHECK(first.items[1] == mondaySquat);
    CHECK(first.items[0].exerciseId == "hip-hinge-dowel");
    CHECK(first.items[0].id != wednesdayHinge.id);
    // The moved session keeps only its logged hinge.
    const PlannedSession& moved = regenerated.sessions[1];
    CHECK(moved.id == wednesday.id);
    CHECK(moved.items == std::vector<PlannedItem> {wednesdayHinge});
    CHECK(db->check().ok);
}

TEST_CASE("re-planning writes the new items over the rows it replaces and keeps the sessions' rows")
{
    auto db = core::Database::openInMemory();
    PlanRepository plans(*db);
    WeekPlan week = sampleWeek();
    plans.saveWeek(week);
    std::set<std::int64_t> oldItems;
    for (const PlannedSession& stored : week.sessions) {
        for (const PlannedItem& planned : stored.items)
            oldItems.insert(planned.id);
    }
    REQUIRE(oldItems.size() == 7);
    const PlannedSession& wednesday = week.sessions[2];
    REQUIRE(wednesday.date == day("2026-03-04"));
    // Wednesday was moved by hand to Thursday; the new plan has its own Thursday.
    plans.moveSession(wednesday.id, day("2026-03-05"));

    SECTION("fewer items: the spare rows are deleted")
    {
        WeekPlan next;
        next.weekStart = day("2026-03-02");
        next.sessions = {
            session("2026-03-02", SessionKind::Strength,
                {item("dead-bug", core::Pattern::AntiRotation, "new"),
                    item("bird-dog", core::Pattern::AntiRotation, "new")}),
            session("2026-03-05", SessionKind::Strength, {item("glute-bridge", core::Pattern::Hinge, "new")}),
        };
        plans.saveWeek(next);
        CHECK(plans.loadWeek(day("2026-03-02")) == next);
        REQUIRE(next.sessions.size() == 2);
        CHECK(next.sessions[0].id == week.sessions[0].id);
        // Thursday is the moved session's row, taken by the plan's Thursday without the hand-moved mark.
        CHECK(next.sessions[1].id == wednesday.id);
        CHECK_FALSE(next.sessions[1].movedFrom);
        for (const PlannedSession& stored : next.sessions) {
            for (const PlannedItem& planned : stored.items)
                CHECK(oldItems.count(planned.id) == 1);
        }
        CHECK(db->sql().execAndGet("SELECT count(*) FROM planned_items").getInt() == 3);
        CHECK(db->sql().execAndGet("SELECT count(*) FROM planned_sessions").getInt() == 2);
    }
    SECTION("more items: the spare rows are used up, then new rows added")
    {
        WeekPlan next;
        next.weekStart = day("2026-03-02");
        std::vector<PlannedItem> many;
        for (const char* exercise : {"dead-bug", "bird-dog", "glute-bridge", "side-plank", "suitcase-carry",
                 "farmer-carry", "goblet-squat", "hip-hinge-dowel", "cat-cow"})
            many.push_back(item(exercise, core::Pattern::AntiRotation, "new"));
        next.sessions = {session("2026-03-03", SessionKind::Strength, many)};
        plans.saveWeek(next);
        CHECK(plans.loadWeek(day("2026-03-02")) == next);
        REQUIRE(next.sessions.size() == 1);
        REQUIRE(next.sessions[0].items.size() == 9);
        int reused = 0;
        for (const PlannedItem& planned : next.sessions[0].items)
            reused += static_cast<int>(oldItems.count(planned.id));
        CHECK(reused == 7);
        CHECK(db->sql().execAndGet("SELECT count(*) FROM planned_items").getInt() == 9);
        CHECK(db->sql().execAndGet("SELECT count(*) FROM planned_sessions").getInt() == 1);
    }
    CHECK(db->check().ok);
}

TEST_CASE("a new set or walk counts towards the planned item of its day that is still open")
{
    auto db = core::Database::openInMemory();
    PlanRepository plans(*db);
    core::LogRepository log(*db);
    PlannedItem warmUp = item("cat-cow", core::Pattern::Mobility, "warm-up");
    warmUp.sets = 1;
    warmUp.warmUp = true;
    PlannedItem block = item("cat-cow", core::Pattern::Mobility, "thoracic day");
    block.sets = 0;
    block.reps.reset();
    block.minutes = core::IntRange {5, 8};
    PlannedItem bout = item("brisk-walk", core::Pattern::Walking, "two bouts");
    bout.sets = 0;
    bout.reps.reset();
    bout.minutes = core::IntRange {5, 5};
    WeekPlan week;
    week.weekStart = day("2026-03-02");
    // The last day of the week, with the mobility session listed before the strength one.
    week.sessions = {session("2026-03-08", SessionKind::Mobility, {block}),
        session("2026-03-08", SessionKind::Strength,
            {warmUp, item("goblet-squat", core::Pattern::Squat, "same"), bout, bout})};
    plans.saveWeek(week);
    REQUIRE(week.sessions[0].kind == SessionKind::Strength);
    const std::vector<PlannedItem>& strength = week.sessions[0].items;
    const std::vector<PlannedItem>& mobility = week.sessions[1].items;
    const core::Date sunday = day("2026-03-08");
    // What keel-cli and Today both ask: which item of the day a new log belongs to.
    auto openSet = [&](core::Date date, const std::string& exerciseId) {
        return core::DayView::openItemId(*db, date, exerciseId);
    };
    auto openWalk = [&](core::Date date) { return core::DayView::openWalkItemId(*db, date); };

    CHECK_FALSE(openSet(day("2026-03-07"), "goblet-squat"));
    CHECK_FALSE(openSet(day("2026-03-09"), "goblet-squat"));
    CHECK_FALSE(openSet(sunday, "box-squat"));

    // Three planned sets: the squat stays open until the third is logged against it.
    for (int logged = 0; logged < 3; ++logged) {
        core::LoggedSet set = test::sampleSet("2026-03-08");
        set.plannedItemId = openSet(sunday, "goblet-squat");
        CHECK(set.plannedItemId == strength[1].id);
        log.addSet(set);
    }
    CHECK_FALSE(openSet(sunday, "goblet-squat"));

    // The warm-up comes first in the day's order; a block without sets is done after one log.
    for (const std::int64_t expected : {strength[0].id, mobility[0].id}) {
        core::LoggedSet set = test::sampleSet("2026-03-08", "cat-cow");
        set.plannedItemId = openSet(sunday, "cat-cow");
        CHECK(set.plannedItemId == expected);
        log.addSet(set);
    }
    CHECK_FALSE(openSet(sunday, "cat-cow"));

    // A bout is done when its minutes are walked: two short walks fill the first, then the second.
    CHECK_FALSE(openWalk(day("2026-03-07")));
    for (const std::int64_t expected : {strength[2].id, strength[2].id, strength[3].id}) {
        core::WalkEntry walk = test::sampleWalk("2026-03-08");
        walk.minutes = 3;
        walk.plannedItemId = openWalk(sunday);
        CHECK(walk.plannedItemId == expected);
        log.addWalk(walk);
    }
    // A longer walk finishes the second bout.
    core::WalkEntry walk = test::sampleWalk("2026-03-08");
    walk.plannedItemId = openWalk(sunday);
    CHECK(walk.plannedItemId == strength[3].id);
    log.addWalk(walk);
    CHECK_FALSE(openWalk(sunday));
}
