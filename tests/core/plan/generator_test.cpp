// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/plan/plangenerator.h"
#include "core/plan/progressionengine.h"
#include "core/plan/weekrules.h"

#include "minicatalog.h"

#include <catch2/catch.hpp>

using namespace keel::core;
using keel::test::miniCatalog;

namespace {

const Date kMonday = Date::fromYmd(2026, 11, 16);

Profile starter()
{
    Profile profile;
    profile.experience = Experience::Starting;
    profile.strengthDays = 2;
    profile.preferredDays = {Weekday::Tuesday, Weekday::Friday};
    profile.walkBaselineMinutes = 5;
    return profile;
}

std::string describe(const std::vector<RuleViolation>& violations)
{
    std::string text;
    for (const RuleViolation& violation : violations)
        text += violation.toString() + "\n";
    return text;
}

} // namespace

TEST_CASE("a starter's first week follows every weekly rule")
{
    const Profile profile = starter();
    const ProgressionEngine engine(miniCatalog(), profile);
    const ProgressionUpdate start = engine.prepare({}, kMonday);
    PlanRequest request {profile, start.snapshot, start.events, kMonday, 7, 0};
    const WeekPlan week = PlanGenerator(miniCatalog()).generate(request);
    const auto violations = WeekRules::check(week, {profile, miniCatalog(), &start.snapshot, nullptr});
    INFO(describe(violations));
    CHECK(violations.empty());
    std::vector<Date> strength;
    std::set<Date> walkDays;
    for (const PlannedSession& session : week.sessions) {
        if (session.kind == SessionKind::Strength)
            strength.push_back(session.date);
        if (session.kind == SessionKind::Walk)
            walkDays.insert(session.date);
    }
    CHECK(strength == std::vector {kMonday.addDays(1), kMonday.addDays(4)});
    CHECK(walkDays.size() == 7);
    for (const PlannedSession& session : week.sessions) {
        for (const PlannedItem& item : session.items) {
            INFO(session.date.toString() << " " << item.exerciseId << ": " << item.reason.text());
            CHECK_FALSE(item.reason.empty());
        }
    }
}

TEST_CASE("a day added to too few preferred days says so in the week and in its items")
{
    Profile profile = starter();
    profile.preferredDays = {Weekday::Wednesday};
    const ProgressionUpdate start = ProgressionEngine(miniCatalog(), profile).prepare({}, kMonday);
    const WeekPlan week = PlanGenerator(miniCatalog()).generate({profile, start.snapshot, start.events, kMonday, 7, 0});
    CHECK(WeekRules::check(week, {profile, miniCatalog(), &start.snapshot}).empty());
    REQUIRE_FALSE(week.notes.empty());
    CHECK(week.notes.front().text() == "1 preferred day for 2 strength days: added sat");
    bool explained = false;
    for (const PlannedSession& session : week.sessions) {
        for (const PlannedItem& item : session.items) {
            if (session.date.weekday() == Weekday::Saturday && item.pattern == Pattern::Hinge)
                explained
                    = item.reason.text().ends_with("; Saturday added: fewer preferred days (1) than strength days (2)");
        }
    }
    CHECK(explained);
}
