// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/store/database.h"
#include "core/store/logrepository.h"
#include "core/store/planrepository.h"
#include "support/tempdir.h"

#include "storetestsupport.h"

#include <SQLiteCpp/Database.h>
#include <catch2/catch.hpp>
#include <cmath>
#include <limits>

using namespace keel;
using core::LoggedSet;
using core::LogRepository;
using core::StoreError;
using core::StoreStatus;
using core::WalkEntry;
using test::day;

namespace {

int rowCount(core::Database& db, const char* table)
{
    return db.sql().execAndGet(std::string("SELECT count(*) FROM ") + table).getInt();
}

std::string invalidMessage(const std::function<void()>& work)
{
    try {
        work();
    } catch (const StoreError& error) {
        CHECK(error.status() == StoreStatus::InvalidInput);
        return error.what();
    }
    FAIL("no StoreError was thrown");
    return {};
}

/// A stored week with one item, to link logged sets to.
std::int64_t plannedItem(core::Database& db)
{
    core::WeekPlan week;
    week.weekStart = day("2026-03-02");
    core::PlannedSession session;
    session.date = day("2026-03-02");
    core::PlannedItem item;
    item.exerciseId = "goblet-squat";
    item.pattern = core::Pattern::Squat;
    item.sets = 3;
    item.reps = core::IntRange {8, 12};
    item.reason = keel::core::Reason::verbatim("first week on this rung");
    session.items.push_back(item);
    week.sessions.push_back(session);
    core::PlanRepository(db).saveWeek(week);
    return week.sessions.front().items.front().id;
}

} // namespace

TEST_CASE("a set is stored after commit and read back exactly")
{
    auto db = core::Database::openInMemory();
    LogRepository log(*db);
    LoggedSet set = test::sampleSet();
    set.seconds = 30;
    set.meters = 40.5;
    set.id = log.addSet(set);
    CHECK(set.id > 0);
    CHECK(log.set(set.id) == set);
    CHECK_FALSE(log.set(set.id + 100));

    LoggedSet bare;
    bare.date = day("2026-03-03");
    bare.exerciseId = "dead-bug";
    bare.id = log.addSet(bare);
    const auto stored = log.set(bare.id);
    REQUIRE(stored);
    CHECK_FALSE(stored->reps);
    CHECK_FALSE(stored->loadKg);
    CHECK_FALSE(stored->rpe);
    CHECK(stored->note.empty());
}

TEST_CASE("sets come back by date range, by exercise, and as the last session")
{
    auto db = core::Database::openInMemory();
    LogRepository log(*db);
    const auto a = log.addSet(test::sampleSet("2026-03-04", "goblet-squat"));
    const auto b = log.addSet(test::sampleSet("2026-03-02", "goblet-squat"));
    const auto c = log.addSet(test::sampleSet("2026-03-02", "suitcase-carry"));
    const auto d = log.addSet(test::sampleSet("2026-03-02", "goblet-squat"));
    const auto e = log.addSet(test::sampleSet("2026-03-09", "goblet-squat"));

    auto ids = [](const std::vector<LoggedSet>& sets) {
        std::vector<std::int64_t> result;
        for (const LoggedSet& set : sets)
            result.push_back(set.id);
        return result;
    };
    CHECK(ids(log.sets(day("2026-03-02"), day("2026-03-04"))) == std::vector<std::int64_t> {b, c, d, a});
    CHECK(ids(log.sets(day("2026-03-03"), day("2026-03-03"))).empty());
    CHECK(ids(log.setsOf("goblet-squat", day("2026-03-01"), day("2026-03-31")))
        == std::vector<std::int64_t> {b, d, a, e});
    CHECK(ids(log.lastSession("goblet-squat", day("2026-03-09"))) == std::vector<std::int64_t> {a});
    CHECK(ids(log.lastSession("goblet-squat", day("2026-03-04"))) == std::vector<std::int64_t> {b, d});
    CHECK(ids(log.lastSession("goblet-squat", day("2026-03-10"))) == std::vector<std::int64_t> {e});
    CHECK(log.lastSession("goblet-squat", day("2026-03-02")).empty());
    CHECK(log.lastSession("farmer-carry", day("2026-12-31")).empty());
}

TEST_CASE("a set can be updated, removed and restored with its id")
{
    auto db = core::Database::openInMemory();
    LogRepository log(*db);
    LoggedSet set = test::sampleSet();
    set.id = log.addSet(set);
    set.reps = 12;
    set.note.clear();
    log.updateSet(set);
    CHECK(log.set(set.id) == set);

    LoggedSet ghost = set;
    ghost.id = 9999;
    CHECK_THAT(invalidMessage([&] { log.updateSet(ghost); }), Catch::Contains("9999"));

    const auto removed = log.removeSet(set.id);
    REQUIRE(removed);
    CHECK(*removed == set);
    CHECK_FALSE(log.set(set.id));
    CHECK_FALSE(log.removeSet(set.id));

    log.restoreSet(*removed);
    CHECK(log.set(set.id) == set);
    CHECK_THAT(invalidMessage([&] { log.restoreSet(*removed); }), Catch::Contains("already exists"));
}

TEST_CASE("sets link to planned items, and survive the item's deletion")
{
    auto db = core::Database::openInMemory();
    LogRepository log(*db);
    const std::int64_t itemId = plannedItem(*db);
    LoggedSet set = test::sampleSet();
    set.plannedItemId = itemId;
    set.id = log.addSet(set);
    CHECK(log.set(set.id)->plannedItemId == itemId);

    LoggedSet dangling = test::sampleSet();
    dangling.plannedItemId = itemId + 1000;
    CHECK_THAT(invalidMessage([&] { log.addSet(dangling); }), Catch::Contains("planned item"));

    db->sql().exec("DELETE FROM planned_items");
    CHECK(log.set(set.id)->plannedItemId == std::nullopt);

    // Undo of a delete after the plan was regenerated: the set comes back without its item.
    const auto removed = log.removeSet(set.id);
    REQUIRE(removed);
    LoggedSet withOldLink = *removed;
    withOldLink.plannedItemId = itemId;
    log.restoreSet(withOldLink);
    CHECK(log.set(set.id)->plannedItemId == std::nullopt);
    CHECK(db->check().ok);
}

TEST_CASE("bad set values are refused with the field and value named, and nothing is written")
{
    auto db = core::Database::openInMemory();
    LogRepository log(*db);
    struct Case {
        const char* name;
        std::function<void(LoggedSet&)> spoil;
        const char* expected;
    };
    const std::vector<Case> cases = {
        {"reps too high", [](LoggedSet& s) { s.reps = 1001; }, "reps 1001"},
        {"reps negative", [](LoggedSet& s) { s.reps = -1; }, "reps -1"},
        {"load too heavy", [](LoggedSet& s) { s.loadKg = 1000.5; }, "load 1000.5 kg"},
        {"load negative", [](LoggedSet& s) { s.loadKg = -5.0; }, "load -5 kg"},
        {"load NaN", [](LoggedSet& s) { s.loadKg = std::numeric_limits<double>::quiet_NaN(); }, "load"},
        {"seconds", [](LoggedSet& s) { s.seconds = 86401; }, "seconds 86401"},
        {"meters", [](LoggedSet& s) { s.meters = 100001.0; }, "distance 100001 m"},
        {"negative meters", [](LoggedSet& s) { s.meters = -1.0; }, "negative"},
        {"rpe 0", [](LoggedSet& s) { s.rpe = 0; }, "RPE 0"},
        {"rpe 11", [](LoggedSet& s) { s.rpe = 11; }, "RPE 11"},
        {"pain 11", [](LoggedSet& s) { s.pain = 11; }, "pain 11"},
        {"pain -1", [](LoggedSet& s) { s.pain = -1; }, "pain -1"},
        {"long note", [](LoggedSet& s) { s.note = std::string(2001, 'n'); }, "2001 characters"},
        {"empty exercise", [](LoggedSet& s) { s.exerciseId.clear(); }, "exercise"},
        {"ancient date", [](LoggedSet& s) { s.date = core::Date::fromYmd(1850, 1, 1); }, "1850-01-01"},
    };
    for (const Case& item : cases) {
        INFO(item.name);
        LoggedSet set = test::sampleSet();
        item.spoil(set);
        CHECK_THAT(invalidMessage([&] { log.addSet(set); }), Catch::Contains(item.expected));
        CHECK_THAT(invalidMessage([&] { log.addSets({test::sampleSet(), set}); }), Catch::Contains(item.expected));
    }
    CHECK(rowCount(*db, "logged_sets") == 0);

    // The limits themselves are fine; a 2000-character note counts characters, not bytes.
    LoggedSet edge = test::sampleSet();
    edge.reps = 1000;
    edge.loadKg = 1000.0;
    edge.rpe = 10;
    edge.pain = 0;
    edge.note.clear();
    for (int i = 0; i < 2000; ++i)
        edge.note += "é";
    CHECK_NOTHROW(log.addSet(edge));
}

TEST_CASE("many sets go in one transaction, all or nothing")
{
    auto db = core::Database::openInMemory();
    LogRepository log(*db);
    std::vector<LoggedSet> sets(50, test::sampleSet());
    const auto ids = log.addSets(sets);
    REQUIRE(ids.size() == 50);
    CHECK(ids.back() - ids.front() == 49);
    CHECK(rowCount(*db, "logged_sets") == 50);

    sets.back().plannedItemId = 12345; // Fails inside the transaction, after 49 inserts.
    CHECK_THROWS_AS(log.addSets(sets), StoreError);
    CHECK(rowCount(*db, "logged_sets") == 50);
}

TEST_CASE("walks are stored, ranged, updated, removed and restored")
{
    auto db = core::Database::openInMemory();
    LogRepository log(*db);
    WalkEntry walk = test::sampleWalk("2026-03-03");
    walk.id = log.addWalk(walk);
    WalkEntry other = test::sampleWalk("2026-03-01");
    other.meters.reset();
    other.pain.reset();
    other.id = log.addWalk(other);

    CHECK(log.walk(walk.id) == walk);
    CHECK(log.walks(day("2026-03-01"), day("2026-03-31")) == std::vector<WalkEntry> {other, walk});
    CHECK(log.walks(day("2026-03-02"), day("2026-03-02")).empty());

    walk.minutes = 45;
    log.updateWalk(walk);
    CHECK(log.walk(walk.id)->minutes == 45);
    WalkEntry ghost = walk;
    ghost.id = 777;
    CHECK_THAT(invalidMessage([&] { log.updateWalk(ghost); }), Catch::Contains("777"));

    const auto removed = log.removeWalk(walk.id);
    REQUIRE(removed);
    CHECK(*removed == walk);
    CHECK_FALSE(log.walk(walk.id));
    CHECK_FALSE(log.removeWalk(walk.id));
    log.restoreWalk(*removed);
    CHECK(log.walk(walk.id) == walk);
}

TEST_CASE("bad walks are refused and nothing is written")
{
    auto db = core::Database::openInMemory();
    LogRepository log(*db);
    struct Case {
        std::function<void(WalkEntry&)> spoil;
        const char* expected;
    };
    const std::vector<Case> cases = {
        {[](WalkEntry& w) { w.minutes = 0; }, "walk minutes 0"},
        {[](WalkEntry& w) { w.minutes = 1441; }, "walk minutes 1441"},
        {[](WalkEntry& w) { w.meters = -100.0; }, "distance -100 m is negative"},
        {[](WalkEntry& w) { w.pain = 12; }, "pain 12"},
        {[](WalkEntry& w) { w.note = std::string(3000, 'x'); }, "3000 characters"},
    };
    for (const Case& item : cases) {
        INFO(item.expected);
        WalkEntry walk = test::sampleWalk();
        item.spoil(walk);
        CHECK_THAT(invalidMessage([&] { log.addWalk(walk); }), Catch::Contains(item.expected));
    }
    CHECK(rowCount(*db, "walks") == 0);
}

TEST_CASE("one check-in per date: a second replaces the first and returns it")
{
    auto db = core::Database::openInMemory();
    LogRepository log(*db);
    const core::CheckIn first {day("2026-03-02"), 3};
    CHECK_FALSE(log.setCheckIn(first));
    std::optional<core::CheckIn> replaced;
    const std::int64_t id = log.saveCheckIn({day("2026-03-02"), 5}, &replaced);
    CHECK(replaced == first);
    CHECK(log.saveCheckIn({day("2026-03-02"), 4}) == id);
    log.setCheckIn({day("2026-03-04"), 1});

    CHECK(log.checkIn(day("2026-03-02")) == core::CheckIn {day("2026-03-02"), 4});
    CHECK(log.checkIns(day("2026-03-01"), day("2026-03-31"))
        == std::vector<core::CheckIn> {{day("2026-03-02"), 4}, {day("2026-03-04"), 1}});
    CHECK(log.removeCheckIn(day("2026-03-04")) == core::CheckIn {day("2026-03-04"), 1});
    CHECK_FALSE(log.removeCheckIn(day("2026-03-04")));
    CHECK_FALSE(log.checkIn(day("2026-03-04")));

    CHECK_THAT(invalidMessage([&] { log.setCheckIn({day("2026-03-05"), 11}); }), Catch::Contains("pain 11"));
    CHECK(rowCount(*db, "checkins") == 1);
}

TEST_CASE("the schema itself refuses out-of-range values written around the repository")
{
    auto db = core::Database::openInMemory();
    CHECK_THROWS(db->sql().exec("INSERT INTO logged_sets (date, exercise_id, reps) VALUES ('2026-03-02', 'x', 5000)"));
    CHECK_THROWS(db->sql().exec("INSERT INTO logged_sets (date, exercise_id) VALUES ('March 2nd', 'x')"));
    CHECK_THROWS(db->sql().exec("INSERT INTO walks (date, minutes) VALUES ('2026-03-02', 0)"));
    CHECK_THROWS(db->sql().exec("INSERT INTO checkins (date, pain) VALUES ('2026-03-02', 11)"));
    CHECK(rowCount(*db, "logged_sets") == 0);
}
