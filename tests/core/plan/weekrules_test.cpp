// SPDX-License-Identifier: GPL-3.0-or-later
// The rule checker must catch each kind of broken week, or the property tests prove nothing.
#include "core/plan/mobilityplanner.h"
#include "core/plan/plangenerator.h"
#include "core/plan/progressionengine.h"
#include "core/plan/weekrules.h"

#include "minicatalog.h"

#include <catch2/catch.hpp>

using namespace keel::core;
using keel::test::miniCatalog;

namespace {

const Date kMonday = Date::fromYmd(2026, 11, 16);

struct Fixture {
    Profile profile;
    ProgressionSnapshot snapshot;
    WeekPlan week;

    explicit Fixture(
        std::vector<Weekday> days = {Weekday::Monday, Weekday::Wednesday, Weekday::Friday}, int strengthDays = 3)
    {
        profile.experience = Experience::Returning;
        profile.strengthDays = strengthDays;
        profile.preferredDays = std::move(days);
        const ProgressionUpdate start = ProgressionEngine(miniCatalog(), profile).prepare({}, kMonday);
        snapshot = start.snapshot;
        week = PlanGenerator(miniCatalog()).generate({profile, snapshot, start.events, kMonday, 1, 0});
    }

    std::vector<std::string> rules() const
    {
        std::vector<std::string> found;
        for (const RuleViolation& violation : WeekRules::check(week, {profile, miniCatalog(), &snapshot}))
            found.push_back(violation.rule + ": " + violation.message);
        return found;
    }

    PlannedSession& firstOf(SessionKind kind)
    {
        return *std::find_if(week.sessions.begin(), week.sessions.end(),
            [kind](const PlannedSession& session) { return session.kind == kind; });
    }

    PlannedSession& onDay(SessionKind kind, Date date)
    {
        const auto found = std::find_if(week.sessions.begin(), week.sessions.end(),
            [kind, date](const PlannedSession& session) { return session.kind == kind && session.date == date; });
        REQUIRE(found != week.sessions.end());
        return *found;
    }

    PlannedItem& mainOf(PlannedSession& session, Pattern pattern)
    {
        return *std::find_if(session.items.begin(), session.items.end(),
            [pattern](const PlannedItem& item) { return !item.warmUp && item.pattern == pattern; });
    }
};

bool has(const std::vector<std::string>& rules, const std::string& text)
{
    return std::any_of(
        rules.begin(), rules.end(), [&text](const std::string& rule) { return rule.find(text) != std::string::npos; });
}

} // namespace

TEST_CASE("the checker passes a generated week and names each broken rule")
{
    Fixture fixture;
    REQUIRE(fixture.rules().empty());

    SECTION("a missing hinge")
    {
        PlannedSession& session = fixture.firstOf(SessionKind::Strength);
        std::erase_if(session.items, [](const PlannedItem& item) { return item.pattern == Pattern::Hinge; });
        CHECK(has(fixture.rules(), "session: 0 hinge exercises (exactly 1)"));
    }
    SECTION("three anti-rotation drills")
    {
        PlannedSession& session = fixture.firstOf(SessionKind::Strength);
        const PlannedItem core = fixture.mainOf(session, Pattern::AntiRotation);
        session.items.push_back(core);
        session.items.push_back(core);
        CHECK(has(fixture.rules(), "anti-rotation drills (1–2)"));
    }
    SECTION("no warm-up")
    {
        PlannedSession& session = fixture.firstOf(SessionKind::Strength);
        std::erase_if(session.items, [](const PlannedItem& item) { return item.warmUp; });
        CHECK(has(fixture.rules(), "0 warm-up items"));
    }
    SECTION("an item without a reason")
    {
        fixture.firstOf(SessionKind::Walk).items.front().reason = {};
        CHECK(has(fixture.rules(), "reason: brisk-walk has no reason"));
    }
    SECTION("equipment the profile lacks")
    {
        PlannedItem& hinge = fixture.mainOf(fixture.firstOf(SessionKind::Strength), Pattern::Hinge);
        hinge.exerciseId = "trap-bar-deadlift";
        const auto rules = fixture.rules();
        CHECK(has(rules, "equipment: trap-bar-deadlift needs trap_bar"));
        CHECK(has(rules, "rung: trap-bar-deadlift planned, the current rung is hip-hinge-to-wall"));
    }
    SECTION("too long a walk")
    {
        fixture.firstOf(SessionKind::Walk).items.front().minutes = IntRange {35, 35};
        CHECK(has(fixture.rules(), "35 min (10–30 needed)"));
    }
    SECTION("walking on only four days")
    {
        std::erase_if(fixture.week.sessions, [](const PlannedSession& session) {
            return session.kind == SessionKind::Walk && session.date.weekday() >= Weekday::Friday;
        });
        CHECK(has(fixture.rules(), "walking on 4 days (at least 5)"));
    }
    SECTION("too much mobility, or the same focus two days running")
    {
        PlannedSession& mobility = fixture.onDay(SessionKind::Mobility, kMonday.addDays(1));
        mobility.items.front().minutes = IntRange {12, 12};
        for (PlannedItem& item : mobility.items)
            item.focus = MobilityPlanner::focusOf(mobility.date.addDays(-1));
        const auto rules = fixture.rules();
        CHECK(has(rules, "min of mobility (5–10)"));
        CHECK(has(rules, "the same mobility focus as the day before"));
    }
    SECTION("a drill three days running")
    {
        PlannedItem drill = fixture.onDay(SessionKind::Mobility, kMonday.addDays(1)).items.front();
        for (PlannedSession& session : fixture.week.sessions) {
            if (session.date < kMonday.addDays(3) && session.kind != SessionKind::Walk)
                session.items.push_back(drill);
        }
        CHECK(has(fixture.rules(), drill.exerciseId + " on three days running"));
    }
    SECTION("strength on a day that is not preferred, and back to back")
    {
        for (PlannedSession& session : fixture.week.sessions) {
            if (session.kind == SessionKind::Strength && session.date == kMonday.addDays(4))
                session.date = kMonday.addDays(3);
        }
        std::sort(fixture.week.sessions.begin(), fixture.week.sessions.end(),
            [](const PlannedSession& a, const PlannedSession& b) {
                return std::pair(a.date, a.kind) < std::pair(b.date, b.kind);
            });
        const auto rules = fixture.rules();
        CHECK(has(rules, "strength on a day that is not preferred"));
        CHECK(has(rules, "back to back although the preferred days allow a rest day"));
    }
    SECTION("flare-up weeks take only gentle exercises")
    {
        fixture.week.flareUp = true;
        fixture.snapshot.flareUp = true;
        CHECK(has(fixture.rules(), "flare-up: hip-hinge-to-wall's reason does not mention the flare-up"));
        CHECK(has(fixture.rules(), "flare-up: box-squat is not flare-up safe"));
    }
}

TEST_CASE("back-to-back strength days pass only when the preferred days force them and the plan says so")
{
    Fixture forced({Weekday::Monday, Weekday::Tuesday, Weekday::Wednesday});
    CHECK(forced.rules().empty());
    forced.week.notes.clear();
    for (PlannedSession& session : forced.week.sessions) {
        for (PlannedItem& item : session.items)
            item.reason = Reason::verbatim("x");
    }
    CHECK(has(forced.rules(), "strength days back to back without saying so"));
}
