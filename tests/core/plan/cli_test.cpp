// SPDX-License-Identifier: GPL-3.0-or-later
// The issue's "done when", through the built keel-cli: a starter's four weeks pass every weekly rule,
// and a week of painful hinge sets steps the hinge back with a reason `progress` repeats.
#include "core/catalog/catalogloader.h"
#include "core/catalog/catalogpaths.h"
#include "core/plan/planjson.h"
#include "core/plan/weekrules.h"
#include "core/store/database.h"
#include "core/store/logrepository.h"
#include "core/store/planrepository.h"
#include "support/tempdir.h"

#include <catch2/catch.hpp>

using namespace keel::core;
using keel::test::runCli;

namespace {

struct Cli {
    keel::test::TempDir dir;

    keel::test::CliResult run(const std::string& today, std::vector<std::string> args) const
    {
        args.insert(args.begin(), {"--db", (dir / "keel.db").string(), "--today", today});
        return runCli(args);
    }

    /// The id keel-cli printed for a new row.
    std::int64_t logged(const std::string& today, std::vector<std::string> args) const
    {
        args.insert(args.begin(), "log");
        const auto result = run(today, args);
        INFO(result.err);
        REQUIRE(result.exitCode == 0);
        return std::stoll(result.out);
    }

    /// The database as keel-cli left it, for what the JSON does not show (ids, links).
    std::unique_ptr<Database> open(const std::string& today) const
    {
        return Database::open(dir / "keel.db", *Date::parse(today));
    }

    /// A returning person training Tuesday and Friday without equipment.
    void setReturningProfile(const std::string& today) const
    {
        const auto saved = run(today,
            {"profile", "set", "--experience", "returning", "--strength-days", "2", "--days", "tue,fri", "--equipment",
                "none"});
        INFO(saved.err);
        REQUIRE(saved.exitCode == 0);
    }

    /// The items planned on `day` that `wanted` accepts, in the order the plan shows them.
    std::vector<PlannedItem> itemsOn(const std::string& day, bool (*wanted)(const PlannedItem&)) const
    {
        std::vector<PlannedItem> items;
        const WeekPlan planned = week(day, day);
        for (const PlannedSession& session : planned.sessions) {
            for (const PlannedItem& item : session.items) {
                if (session.date == *Date::parse(day) && wanted(item))
                    items.push_back(item);
            }
        }
        return items;
    }

    WeekPlan week(const std::string& today, const std::string& day) const
    {
        const auto shown = run(today, {"plan", "show", "--week", day, "--json"});
        INFO(shown.err);
        REQUIRE(shown.exitCode == 0);
        return PlanJson::weekFromJson(nlohmann::json::parse(shown.out));
    }
};

Profile starter()
{
    Profile profile;
    profile.experience = Experience::Starting;
    profile.strengthDays = 2;
    profile.preferredDays = {Weekday::Tuesday, Weekday::Friday};
    return profile;
}

} // namespace

TEST_CASE("keel-cli: a starter's four planned weeks satisfy every weekly rule", "[cli]")
{
    const Cli cli;
    CHECK(cli.run("2026-11-16", {"plan", "generate"}).err.find("no profile yet") != std::string::npos);
    REQUIRE(cli.run("2026-11-16",
                   {"profile", "set", "--experience", "starting", "--strength-days", "2", "--days", "tue,fri",
                       "--equipment", "none"})
                .exitCode
        == 0);
    const auto generated = cli.run("2026-11-16", {"plan", "generate", "--weeks", "4"});
    INFO(generated.err);
    REQUIRE(generated.exitCode == 0);
    CHECK(generated.out.find("planned 4 weeks from 2026-11-16") != std::string::npos);

    const CatalogLoadResult catalog = CatalogLoader::loadWithOverrides(builtInCatalogDir(), cli.dir / "catalog.d");
    REQUIRE(catalog.ok());
    const Profile profile = starter();
    std::optional<WeekPlan> previous;
    for (int index = 0; index < 4; ++index) {
        const Date start = Date::fromYmd(2026, 11, 16).addDays(7L * index);
        const WeekPlan week = cli.week("2026-11-16", start.toString());
        CHECK(week.weekStart == start);
        const auto violations
            = WeekRules::check(week, {profile, catalog.catalog, nullptr, previous ? &*previous : nullptr});
        for (const RuleViolation& violation : violations)
            FAIL_CHECK(violation.toString());
        previous = week;
    }
    const auto text = cli.run("2026-11-16", {"plan", "show"});
    CHECK(text.out.find("why: first week on this rung") != std::string::npos);
    const auto missing = cli.run("2026-11-16", {"plan", "show", "--week", "2027-03-01"});
    CHECK(missing.exitCode == 1);
    CHECK(missing.err.find("no plan for the week of 2027-03-01") != std::string::npos);
}

/// The main (non-warm-up) item of `pattern` in the strength session on `date`, if any.
std::optional<PlannedItem> mainOn(const WeekPlan& week, Date date, Pattern pattern)
{
    for (const PlannedSession& session : week.sessions) {
        for (const PlannedItem& item : session.items) {
            if (session.date == date && session.kind == SessionKind::Strength && item.pattern == pattern
                && !item.warmUp)
                return item;
        }
    }
    return std::nullopt;
}

TEST_CASE("keel-cli: pain 6 on Tuesday's hinge steps Friday's hinge back at once, and progress says why", "[cli]")
{
    const Cli cli;
    const std::string monday = "2026-11-16";
    const std::string tuesday = "2026-11-17";
    const Date friday = Date::fromYmd(2026, 11, 20);
    cli.setReturningProfile(monday);
    // No `plan generate`: showing the plan plans it.
    const WeekPlan first = cli.week(monday, monday);
    const auto tuesdayHinge = mainOn(first, *Date::parse(tuesday), Pattern::Hinge);
    REQUIRE(tuesdayHinge);
    const auto fridayBefore = mainOn(first, friday, Pattern::Hinge);
    REQUIRE(fridayBefore);
    CHECK(fridayBefore->exerciseId == tuesdayHinge->exerciseId);
    for (int set = 0; set < tuesdayHinge->sets; ++set)
        cli.logged(tuesday, {"set", "--exercise", tuesdayHinge->exerciseId, "--reps", "10", "--pain", "6"});

    // Still Tuesday: Friday's hinge is one rung down (returning starts on rung 2), and says why.
    const WeekPlan now = cli.week(tuesday, tuesday);
    const auto fridayAfter = mainOn(now, friday, Pattern::Hinge);
    REQUIRE(fridayAfter);
    CHECK(fridayAfter->exerciseId != tuesdayHinge->exerciseId);
    CHECK(fridayAfter->reason.text().starts_with("stepped back: pain 6/10 on Tuesday 2026-11-17"));
    // Tuesday's logged item is kept as it was.
    bool kept = false;
    for (const PlannedSession& session : now.sessions) {
        for (const PlannedItem& item : session.items)
            kept = kept || (item.id == tuesdayHinge->id && item == *tuesdayHinge);
    }
    CHECK(kept);

    const auto progress = cli.run(tuesday, {"progress", "--pattern", "hinge"});
    REQUIRE(progress.exitCode == 0);
    CHECK(progress.out.find("step_back") != std::string::npos);
    CHECK(progress.out.find("why: stepped back: pain 6/10 on Tuesday 2026-11-17") != std::string::npos);
    const auto json = cli.run(tuesday, {"progress", "--pattern", "hinge", "--json"});
    INFO(json.err);
    REQUIRE(json.exitCode == 0);
    const auto parsed = nlohmann::json::parse(json.out);
    // The start, the day's one pain event (program-wide), the step back.
    REQUIRE(parsed.at("events").size() == 3);
    CHECK(parsed.at("events").at(1).at("kind") == "pain_event");
    CHECK(parsed.at("events").at(2).at("kind") == "step_back");
    CHECK(parsed.at("states").at(0).at("pattern") == "hinge");
    CHECK(cli.run(tuesday, {"progress", "--pattern", "hinge", "--exercise", tuesdayHinge->exerciseId}).exitCode == 2);
}

TEST_CASE("keel-cli: a first run on Friday plans from Friday on, and a week logged well moves next week", "[cli]")
{
    const Cli cli;
    const std::string friday = "2026-11-20";
    cli.setReturningProfile(friday);
    const WeekPlan week = cli.week(friday, friday);
    for (const PlannedSession& session : week.sessions)
        CHECK(session.date >= *Date::parse(friday)); // Monday to Thursday are not planned, so never missed
    const auto squat = mainOn(week, *Date::parse(friday), Pattern::Squat);
    REQUIRE(squat);
    REQUIRE(squat->reps);
    const WeekPlan nextBefore = cli.week(friday, "2026-11-23");
    const auto nextSquatBefore = mainOn(nextBefore, Date::fromYmd(2026, 11, 24), Pattern::Squat);
    REQUIRE(nextSquatBefore);
    CHECK(nextSquatBefore->reps == squat->reps);
    // Every set of Friday's session at the top of its range, easy and painless: the week's last strength
    // session is logged, so next week moves forward without anyone asking for a plan, on the same day.
    for (const PlannedSession& session : week.sessions) {
        if (session.kind != SessionKind::Strength)
            continue;
        for (const PlannedItem& item : session.items) {
            if (item.warmUp || item.pattern == Pattern::Mobility || item.pattern == Pattern::Walking)
                continue;
            std::vector<std::string> args {"set", "--exercise", item.exerciseId, "--rpe", "6", "--pain", "0"};
            if (item.reps)
                args.insert(args.end(), {"--reps", std::to_string(item.reps->max)});
            if (item.seconds)
                args.insert(args.end(), {"--seconds", std::to_string(item.seconds->max)});
            if (item.meters)
                args.insert(args.end(), {"--meters", std::to_string(item.meters->max)});
            if (item.loadKg)
                args.insert(args.end(), {"--load", std::to_string(*item.loadKg)});
            for (int set = 0; set < item.sets; ++set)
                cli.logged(friday, args);
        }
    }
    const WeekPlan nextAfter = cli.week(friday, "2026-11-23");
    const auto nextSquat = mainOn(nextAfter, Date::fromYmd(2026, 11, 24), Pattern::Squat);
    REQUIRE(nextSquat);
    CHECK((nextSquat->exerciseId != squat->exerciseId || nextSquat->reps != squat->reps
        || nextSquat->loadKg != squat->loadKg));
    CHECK_FALSE(nextSquat->reason.text().starts_with("same as last week"));
}

TEST_CASE("keel-cli: sets and walks link to the day's planned items, and regenerating keeps those items", "[cli]")
{
    const Cli cli;
    const std::string tuesday = "2026-11-17";
    cli.setReturningProfile(tuesday);
    REQUIRE(cli.run(tuesday, {"plan", "generate", "--seed", "3"}).exitCode == 0);

    // Tuesday's squat and first walking item, in the order the plan shows them.
    std::optional<PlannedItem> squat;
    std::optional<PlannedItem> walking;
    {
        const auto db = cli.open(tuesday);
        const WeekPlan week = *PlanRepository(*db).loadWeek(Date::fromYmd(2026, 11, 16));
        for (const PlannedSession& session : week.sessions) {
            for (const PlannedItem& item : session.items) {
                const bool today = session.date == *Date::parse(tuesday);
                if (today && !squat && item.pattern == Pattern::Squat && !item.warmUp)
                    squat = item;
                if (today && !walking && item.pattern == Pattern::Walking)
                    walking = item;
            }
        }
    }
    REQUIRE(squat);
    REQUIRE(walking);
    REQUIRE(squat->sets >= 2);

    std::vector<std::int64_t> sets;
    for (int set = 0; set <= squat->sets; ++set)
        sets.push_back(cli.logged(tuesday, {"set", "--exercise", squat->exerciseId, "--reps", "8"}));
    const std::int64_t otherDay
        = cli.logged(tuesday, {"set", "--exercise", squat->exerciseId, "--reps", "8", "--date", "2026-11-18"});
    const std::int64_t walk = cli.logged(tuesday, {"walk", "--minutes", "12"});
    {
        const auto db = cli.open(tuesday);
        LogRepository log(*db);
        // Every planned set links to the squat; one more than planned, or on another day, links to nothing.
        for (std::size_t index = 0; index + 1 < sets.size(); ++index)
            CHECK(log.set(sets[index])->plannedItemId == squat->id);
        CHECK_FALSE(log.set(sets.back())->plannedItemId);
        CHECK_FALSE(log.set(otherDay)->plannedItemId);
        CHECK(log.walk(walk)->plannedItemId == walking->id);
    }

    const auto regenerated = cli.run(tuesday, {"plan", "generate", "--seed", "11"});
    INFO(regenerated.err);
    REQUIRE(regenerated.exitCode == 0);
    const auto db = cli.open(tuesday);
    PlanRepository plans(*db);
    const WeekPlan week = *plans.loadWeek(Date::fromYmd(2026, 11, 16));
    // The logged items are the same rows, unchanged, still on Tuesday; everything else is new.
    std::vector<PlannedItem> kept;
    for (const PlannedSession& session : week.sessions) {
        for (const PlannedItem& item : session.items) {
            if (plans.isLogged(item.id)) {
                CHECK(session.date == *Date::parse(tuesday));
                kept.push_back(item);
            }
        }
    }
    CHECK(kept == std::vector<PlannedItem> {*squat, *walking});
    CHECK(LogRepository(*db).set(sets.front())->plannedItemId == squat->id);
    CHECK(LogRepository(*db).walk(walk)->plannedItemId == walking->id);
}

TEST_CASE("keel-cli: a broken catalog.d stops planning, progress and logging with every error listed", "[cli]")
{
    const Cli cli;
    const std::string today = "2026-11-17";
    REQUIRE(cli.run(today, {"profile", "set", "--days", "tue,fri"}).exitCode == 0);
    keel::test::writeFile(cli.dir / "catalog.d" / "mine.json",
        R"({"format": "keel-catalog", "version": 1, "exercises": [{"id": "my-squat"}]})");
    for (const std::vector<std::string>& args : std::vector<std::vector<std::string>> {{"plan", "generate"},
             {"progress"}, {"log", "set", "--exercise", "goblet-squat", "--reps", "8"}, {"catalog", "list"}}) {
        INFO(args.front());
        const auto result = cli.run(today, args);
        CHECK(result.exitCode == 1);
        CHECK(result.out.empty());
        CHECK(result.err.find("mine.json: /exercises/0") != std::string::npos);
        CHECK(result.err.find("keel-cli: the catalog has") != std::string::npos);
    }
    const auto history = cli.run(today, {"history", "--json"});
    REQUIRE(history.exitCode == 0);
    CHECK(nlohmann::json::parse(history.out).at("sets").empty());
}

TEST_CASE("keel-cli: back after six weeks away, the plan resumes lower and welcomes the person back", "[cli]")
{
    Cli cli;
    cli.setReturningProfile("2026-11-16");
    // Week one: the hinge done on both days at RPE 9 (too hard to move on), nothing after it.
    for (const std::string day : {"2026-11-17", "2026-11-20"}) {
        for (int set = 0; set < 2; ++set)
            cli.logged(day,
                {"set", "--exercise", "hip-hinge-to-wall", "--reps", "8", "--rpe", "9", "--pain", "1", "--date", day});
    }
    // Back on Monday 2027-01-04 (weeks of 11-23 to 12-28 away), with no keel-cli run in between: a step at 2, 4
    // and 6 weeks away. Hip hinge to wall → the glute bridge below it (its range is 3 sets) → 2 sets → 1 set.
    const WeekPlan back = cli.week("2027-01-04", "2027-01-04");
    bool found = false;
    for (const PlannedSession& session : back.sessions) {
        for (const PlannedItem& item : session.items) {
            if (session.date != Date::fromYmd(2027, 1, 5) || item.pattern != Pattern::Hinge || item.warmUp)
                continue;
            found = true;
            CHECK(item.exerciseId == "glute-bridge");
            CHECK(item.sets == 1);
            CHECK(item.reason.text()
                == "welcome back: 6 weeks without logged strength work (the last on Friday 2026-11-20), so you start "
                   "again 3 steps below where you were and build back up; one set fewer on the gentlest rung");
        }
    }
    CHECK(found);
    const auto progress = cli.run("2027-01-04", {"progress", "--pattern", "hinge"});
    CHECK_THAT(progress.out, Catch::Contains("welcome back: 6 weeks without logged strength work"));
}

TEST_CASE("keel-cli: log set --help explains RPE and pain where they are asked for", "[cli]")
{
    const Cli cli;
    const auto help = cli.run("2026-11-16", {"log", "set", "--help"});
    CHECK(help.exitCode == 0);
    CHECK_THAT(help.out, Catch::Contains("how hard the set felt (rate of perceived exertion), 1 to 10"));
    CHECK_THAT(help.out, Catch::Contains("every set is RPE 8 or easier"));
    CHECK_THAT(help.out, Catch::Contains("up to 3 is fine, 4-5 holds progress, above 5 steps back"));
    // Only the verb asked about carries the notes.
    CHECK_THAT(cli.run("2026-11-16", {"--help"}).out, !Catch::Contains("perceived exertion"));
    CHECK_THAT(cli.run("2026-11-16", {"log", "--help"}).out, !Catch::Contains("perceived exertion"));
}

TEST_CASE("keel-cli: short walks count towards the planned walk until its minutes are walked, as in Today", "[cli]")
{
    const Cli cli;
    const std::string tuesday = "2026-11-17";
    cli.setReturningProfile(tuesday);
    REQUIRE(cli.run(tuesday, {"plan", "generate", "--seed", "3"}).exitCode == 0);
    const std::vector<PlannedItem> walks
        = cli.itemsOn(tuesday, [](const PlannedItem& item) { return item.pattern == Pattern::Walking; });
    REQUIRE(walks.size() == 1);
    REQUIRE(walks.front().minutes);
    const int planned = walks.front().minutes->min;
    REQUIRE(planned >= 2);

    // Two halves of the planned minutes both belong to it; the walk after that stands on its own.
    const std::string half = std::to_string(planned - planned / 2);
    const std::int64_t first = cli.logged(tuesday, {"walk", "--minutes", half});
    const std::int64_t second = cli.logged(tuesday, {"walk", "--minutes", std::to_string(planned / 2)});
    const std::int64_t extra = cli.logged(tuesday, {"walk", "--minutes", "5"});
    const auto db = cli.open(tuesday);
    LogRepository log(*db);
    CHECK(log.walk(first)->plannedItemId == walks.front().id);
    CHECK(log.walk(second)->plannedItemId == walks.front().id);
    CHECK_FALSE(log.walk(extra)->plannedItemId);
}

TEST_CASE("keel-cli plan day shows the day as Today does: doses, what is logged and what is left", "[cli]")
{
    const Cli cli;
    const std::string tuesday = "2026-11-17";
    cli.setReturningProfile(tuesday);
    REQUIRE(cli.run(tuesday, {"plan", "generate", "--seed", "3"}).exitCode == 0);
    const std::vector<PlannedItem> squats
        = cli.itemsOn(tuesday, [](const PlannedItem& item) { return item.pattern == Pattern::Squat && !item.warmUp; });
    REQUIRE(!squats.empty());
    const std::optional<PlannedItem> squat = squats.back();
    REQUIRE(squat->sets >= 2);
    cli.logged(tuesday, {"set", "--exercise", squat->exerciseId, "--reps", "8"});
    cli.logged(tuesday, {"checkin", "--pain", "2"});
    cli.logged(tuesday, {"walk", "--minutes", "4"});

    const auto shown = cli.run(tuesday, {"plan", "day"});
    INFO(shown.err);
    REQUIRE(shown.exitCode == 0);
    CHECK(shown.out.starts_with("Tuesday 2026-11-17\n"));
    const std::string squatLine = "1 of " + std::to_string(squat->sets) + " sets";
    CHECK(shown.out.find(squatLine) != std::string::npos);
    CHECK(shown.out.find("4 of ") != std::string::npos);
    CHECK(shown.out.find("morning check-in: pain 2/10") != std::string::npos);
    CHECK(shown.out.find("walked: 4 min in 1 walk") != std::string::npos);

    const auto later = cli.run(tuesday, {"plan", "day", "--date", "2027-03-01"});
    REQUIRE(later.exitCode == 0);
    CHECK(later.out.find("no plan covers this day") != std::string::npos);
    CHECK(cli.run(tuesday, {"plan", "day", "--date", "tomorrow"}).exitCode != 0);
}
