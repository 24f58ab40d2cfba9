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

TEST_CASE("keel-cli: pain 6 on the hinge steps next week's hinge back, and progress says why", "[cli]")
{
    const Cli cli;
    REQUIRE(cli.run("2026-11-16",
                   {"profile", "set", "--experience", "returning", "--strength-days", "2", "--days", "tue,fri",
                       "--equipment", "none"})
                .exitCode
        == 0);
    REQUIRE(cli.run("2026-11-16", {"plan", "generate", "--seed", "3"}).exitCode == 0);
    const WeekPlan first = cli.week("2026-11-16", "2026-11-16");
    std::string hinge;
    for (const PlannedSession& session : first.sessions) {
        for (const PlannedItem& item : session.items) {
            if (item.pattern != Pattern::Hinge || item.warmUp)
                continue;
            hinge = item.exerciseId;
            for (int set = 0; set < item.sets; ++set) {
                const auto logged = cli.run("2026-11-21",
                    {"log", "set", "--exercise", item.exerciseId, "--reps", "10", "--pain", "6", "--date",
                        session.date.toString()});
                REQUIRE(logged.exitCode == 0);
            }
        }
    }
    REQUIRE_FALSE(hinge.empty());

    const auto next = cli.run("2026-11-23", {"plan", "generate"});
    INFO(next.err);
    REQUIRE(next.exitCode == 0);
    CHECK(next.out.find("reviewed the week of 2026-11-16") != std::string::npos);
    const WeekPlan second = cli.week("2026-11-23", "2026-11-23");
    bool checked = false;
    for (const PlannedSession& session : second.sessions) {
        for (const PlannedItem& item : session.items) {
            if (item.pattern == Pattern::Hinge && !item.warmUp) {
                CHECK(item.exerciseId != hinge); // returning starts on rung 2, so one rung down
                CHECK(item.reason.starts_with("stepped back: pain 6/10 on Tuesday 2026-11-17"));
                checked = true;
            }
        }
    }
    CHECK(checked);

    const auto progress = cli.run("2026-11-23", {"progress", "--pattern", "hinge"});
    REQUIRE(progress.exitCode == 0);
    CHECK(progress.out.find("step_back") != std::string::npos);
    CHECK(progress.out.find("why: stepped back: pain 6/10 on Tuesday 2026-11-17") != std::string::npos);
    const auto json = cli.run("2026-11-23", {"progress", "--pattern", "hinge", "--json"});
    INFO(json.err);
    REQUIRE(json.exitCode == 0);
    const auto parsed = nlohmann::json::parse(json.out);
    REQUIRE(parsed.at("events").size() == 2);
    CHECK(parsed.at("events").at(1).at("kind") == "step_back");
    CHECK(parsed.at("states").at(0).at("pattern") == "hinge");
    CHECK(cli.run("2026-11-23", {"progress", "--pattern", "hinge", "--exercise", hinge}).exitCode == 2);
}

TEST_CASE("keel-cli: sets and walks link to the day's planned items, and regenerating keeps those items", "[cli]")
{
    const Cli cli;
    const std::string tuesday = "2026-11-17";
    REQUIRE(cli.run(tuesday,
                   {"profile", "set", "--experience", "returning", "--strength-days", "2", "--days", "tue,fri",
                       "--equipment", "none"})
                .exitCode
        == 0);
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
