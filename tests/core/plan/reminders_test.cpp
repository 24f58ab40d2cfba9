// SPDX-License-Identifier: GPL-3.0-or-later
// The reminder schedule, minute by minute: what is due, never twice, nothing for a day done.
#include "core/catalog/catalogloader.h"
#include "core/catalog/catalogpaths.h"
#include "core/plan/dayview.h"
#include "core/plan/reminders.h"

#include <catch2/catch.hpp>

using namespace keel::core;

namespace {

const Catalog& shipped()
{
    static const CatalogLoadResult loaded = CatalogLoader::loadWithOverrides(builtInCatalogDir(), {});
    REQUIRE(loaded.ok());
    return loaded.catalog;
}

int at(int hour, int minute)
{
    return hour * 60 + minute;
}

PlannedItem item(const char* exercise, Pattern pattern, int sets, int reps)
{
    PlannedItem result;
    result.id = static_cast<std::int64_t>(std::hash<std::string> {}(exercise) % 100000);
    result.exerciseId = exercise;
    result.pattern = pattern;
    result.sets = sets;
    result.reps = IntRange {reps, reps};
    return result;
}

/// Monday 2026-12-07: a strength session (hinge, squat, carry, core; 3 sets of 10 each) and a walk.
DayView monday()
{
    DayView day;
    day.date = Date::fromYmd(2026, 12, 7);
    day.hasPlan = true;
    DaySession strength;
    strength.kind = SessionKind::Strength;
    for (auto [exercise, pattern] :
        {std::pair {"kettlebell-deadlift", Pattern::Hinge}, std::pair {"goblet-squat", Pattern::Squat},
            std::pair {"farmer-carry", Pattern::Carry}, std::pair {"dead-bug", Pattern::AntiRotation}}) {
        DayEntry entry;
        entry.item = item(exercise, pattern, 3, 10);
        strength.entries.push_back(entry);
    }
    DaySession walk;
    walk.kind = SessionKind::Walk;
    DayEntry walking;
    walking.item.id = 99;
    walking.item.exerciseId = "brisk-walk";
    walking.item.pattern = Pattern::Walking;
    walking.item.minutes = IntRange {20, 25};
    walk.entries.push_back(walking);
    day.sessions = {strength, walk};
    return day;
}

/// Logs every planned set (and the walk) of `session`.
void finish(DaySession& session)
{
    for (DayEntry& entry : session.entries) {
        if (entry.item.minutes) {
            WalkEntry walk;
            walk.date = Date::fromYmd(2026, 12, 7);
            walk.minutes = entry.item.minutes->max;
            entry.log.walks.push_back(walk);
            continue;
        }
        for (int set = 0; set < entry.item.sets; ++set) {
            LoggedSet logged;
            logged.reps = entry.item.reps->max;
            entry.log.sets.push_back(logged);
        }
    }
}

} // namespace

TEST_CASE("the session reminder comes once, at its time, on a day with something planned and open", "[reminders]")
{
    ReminderSettings settings; // 17:30
    const ReminderSchedule schedule(settings, shipped(), 90);
    DayView day = monday();

    CHECK(schedule.due(day, false, at(17, 29), {}).empty());
    const std::vector<Reminder> due = schedule.due(day, false, at(17, 30), {});
    REQUIRE(due.size() == 1);
    const Reminder& reminder = due.front();
    CHECK(reminder.kind == Reminder::Kind::Session);
    CHECK(reminder.session == SessionKind::Strength);
    CHECK(reminder.patterns == std::vector {Pattern::Hinge, Pattern::Squat, Pattern::Carry, Pattern::AntiRotation});
    // Four items of 3 × (10 reps + 90 s rest); the estimate's own figure per rep is SessionBuilder's.
    CHECK(reminder.minutes >= 4 * 3 * 90 / 60);
    CHECK(reminder.minutes <= 4 * 3 * (90 + 10 * 6) / 60);

    // Said once: not again that day, even after a restart (what was said is kept).
    const RemindersSaid said = ReminderSchedule::after({}, reminder);
    CHECK(schedule.due(day, false, at(17, 31), said).empty());
    CHECK(schedule.due(day, false, at(23, 59), said).empty());
    // Keel opened late still reminds, once.
    CHECK(schedule.due(day, false, at(21, 0), {}).size() == 1);

    SECTION("strength done, the walk left: the walk is what is reminded of")
    {
        finish(day.sessions[0]);
        const auto walk = schedule.due(day, false, at(18, 0), {});
        REQUIRE(walk.size() == 1);
        CHECK(walk.front().session == SessionKind::Walk);
        CHECK(walk.front().minutes == 25);
    }
    SECTION("a day already done gets none")
    {
        for (DaySession& session : day.sessions)
            finish(session);
        CHECK(schedule.due(day, false, at(18, 0), {}).empty());
    }
    SECTION("a day with nothing planned gets none")
    {
        day.sessions.clear();
        CHECK(schedule.due(day, false, at(18, 0), {}).empty());
    }
    SECTION("switched off, none")
    {
        settings.session = false;
        CHECK(ReminderSchedule(settings, shipped(), 90).due(day, false, at(18, 0), {}).empty());
    }
}

TEST_CASE("desk breaks come every interval within the hours on work days, one per slot", "[reminders]")
{
    ReminderSettings settings;
    settings.session = false;
    settings.deskBreaks = true;
    settings.deskEvery = 45;
    settings.deskFrom = at(9, 0);
    settings.deskUntil = at(12, 0);
    const ReminderSchedule schedule(settings, shipped(), 90);
    const DayView day = monday();

    // Not at the start of the hours: the first break is one interval in (9:45), then 10:30, 11:15.
    CHECK(schedule.due(day, false, at(9, 0), {}).empty());
    CHECK(schedule.due(day, false, at(9, 44), {}).empty());
    RemindersSaid said;
    std::vector<int> slots;
    std::vector<std::string> drills;
    for (int minute = at(8, 0); minute < at(13, 0); ++minute) {
        for (const Reminder& reminder : schedule.due(day, false, minute, said)) {
            REQUIRE(reminder.kind == Reminder::Kind::DeskBreak);
            CHECK(reminder.slot == minute); // polled every minute, each comes on the minute
            slots.push_back(reminder.slot);
            drills.push_back(reminder.drillId);
            said = ReminderSchedule::after(said, reminder);
        }
    }
    CHECK(slots == std::vector {at(9, 45), at(10, 30), at(11, 15)});
    for (const std::string& drill : drills) {
        const Exercise* exercise = shipped().find(drill);
        REQUIRE(exercise != nullptr);
        CHECK(exercise->hasTag("desk"));
    }
    // Consecutive breaks suggest different drills.
    CHECK(drills[0] != drills[1]);
    CHECK(drills[1] != drills[2]);

    SECTION("Keel asleep through a slot: only the latest slot is said, once")
    {
        const auto late = schedule.due(day, false, at(11, 40), {});
        REQUIRE(late.size() == 1);
        CHECK(late.front().slot == at(11, 15));
        CHECK(schedule.due(day, false, at(11, 50), ReminderSchedule::after({}, late.front())).empty());
    }
    SECTION("a weekend day is no work day")
    {
        DayView saturday = day;
        saturday.date = Date::fromYmd(2026, 12, 12);
        CHECK(schedule.due(saturday, false, at(10, 30), {}).empty());
    }
    SECTION("during a flare-up only flare-up-safe drills are suggested")
    {
        for (int minute = at(9, 45); minute < at(12, 0); minute += 45) {
            const auto due = schedule.due(day, true, minute, {});
            REQUIRE(due.size() == 1);
            CHECK(shipped().find(due.front().drillId)->isFlareUpSafe());
        }
        CHECK_FALSE(schedule.deskDrills(true).empty());
        CHECK(schedule.deskDrills(true).size() < schedule.deskDrills(false).size());
    }
    SECTION("yesterday's last break does not hold back today's")
    {
        RemindersSaid yesterday;
        yesterday.deskDay = Date::fromYmd(2026, 12, 6);
        yesterday.deskAt = at(11, 15);
        CHECK(schedule.due(day, false, at(9, 45), yesterday).size() == 1);
    }
}
