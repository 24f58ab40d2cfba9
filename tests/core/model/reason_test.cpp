// SPDX-License-Identifier: GPL-3.0-or-later
// A reason is codes and values: it reads in English for keel-cli, survives the database as JSON,
// and never fails on stored text it cannot read (that text is shown as it was written).
#include "core/model/phrasecode.h"
#include "core/model/reason.h"

#include <catch2/catch.hpp>
#include <set>

using namespace keel::core;

namespace {

const Date kTuesday = Date::fromYmd(2026, 11, 17);

/// One of every kind of value, nested two levels deep.
Reason everyKind()
{
    const Reason pain(PhraseCode::PainOnExercise,
        {ReasonArg::count(8), ReasonArg::day(kTuesday), ReasonArg::exercise("kb-deadlift", "Kettlebell deadlift")});
    Reason reason(PhraseCode::SteppedBack, {pain.asArg()});
    reason += Reason(PhraseCode::LoadDown, {ReasonArg::load(11.33980925, Units::Lb)});
    reason += Reason(
        PhraseCode::MorningAboveUsual, {ReasonArg::count(6), ReasonArg::day(kTuesday), ReasonArg::decimal(3.5)});
    reason += Reason(PhraseCode::Since, {ReasonArg::dateOnly(kTuesday), Reason(PhraseCode::SameAsLastWeek).asArg()});
    reason += Reason(PhraseCode::BackToBack, {ReasonArg::weekday(kTuesday)});
    reason += Reason(PhraseCode::NextRungNeeds,
        {ReasonArg::exercise("trap-bar-deadlift", "Trap bar deadlift"),
            ReasonArg::equipment("trap-bar-deadlift", "trap_bar")});
    reason += Reason(
        PhraseCode::NoFlareUpSafe, {ReasonArg::keyed(ReasonArg::Kind::Pattern, "anti_rotation", "anti-rotation")});
    reason += Reason(
        PhraseCode::MobilityDay, {ReasonArg::keyed(ReasonArg::Kind::Focus, "hip", "hip"), ReasonArg::count(6)});
    reason += Reason(PhraseCode::StartingLevel,
        {ReasonArg::keyed(ReasonArg::Kind::Experience, "beginner", "beginner"),
            ReasonArg::exercise("glute-bridge", "Glute bridge"), ReasonArg::count(1)});
    reason += Reason(PhraseCode::HeaviestOwned, {ReasonArg::implements({"dumbbell", "kettlebell"})});
    reason += Reason(PhraseCode::FirstWeekNotInCatalog, {ReasonArg::words("old-move")});
    return reason;
}

} // namespace

TEST_CASE("every phrase has one key, one wording, and keys read back", "[reason]")
{
    std::set<std::string_view> keys;
    for (std::size_t index = 0; index < allPhraseCodes().size(); ++index) {
        const PhraseCode code = allPhraseCodes()[index];
        INFO(phraseKey(code));
        // The table is indexed by the enum: a line out of order would word the wrong phrase.
        CHECK(static_cast<std::size_t>(code) == index);
        CHECK(keys.insert(phraseKey(code)).second);
        CHECK(parsePhraseKey(phraseKey(code)) == code);
        CHECK_FALSE(phraseTemplate(code).empty());
    }
    CHECK_FALSE(parsePhraseKey("no-such-phrase").has_value());
}

TEST_CASE("a reason reads in English as the planner always wrote it", "[reason]")
{
    CHECK(everyKind().text()
        == "stepped back: pain 8/10 on Tuesday 2026-11-17 (Kettlebell deadlift); load down to 25 lb; "
           "morning check-in 6/10 on Tuesday 2026-11-17, 2+ above your usual 3.5/10; since 2026-11-17: same as last "
           "week; back to back with Tuesday: your preferred days leave no rest day between; the next rung, Trap bar "
           "deadlift, needs trap_bar; no flare-up-safe anti-rotation exercise your equipment allows, so the gentlest "
           "one you can do; hip day (mobility alternates hip and thoracic), 6 min of mobility today; starting level "
           "for beginner: Glute bridge (level 1); the heaviest dumbbell or kettlebell you own; first week on this "
           "rung: old-move is no longer in the catalog");
}

TEST_CASE("a count chooses the English word form", "[reason]")
{
    auto welcome = [](long steps) {
        return Reason(PhraseCode::WelcomeBack, {ReasonArg::count(4), ReasonArg::day(kTuesday), ReasonArg::count(steps)})
            .text();
    };
    CHECK(welcome(1).find("start again 1 step below") != std::string::npos);
    CHECK(welcome(2).find("start again 2 steps below") != std::string::npos);
    CHECK(Reason(PhraseCode::SetsToFit, {ReasonArg::count(30), ReasonArg::count(1)}).text()
        == "1 set to fit your 30-minute session");
}

TEST_CASE("a reason survives its JSON whole", "[reason]")
{
    const Reason reason = everyKind();
    const auto back = Reason::fromJson(reason.toJson());
    REQUIRE(back.has_value());
    CHECK(*back == reason);
    CHECK(back->text() == reason.text());
    CHECK(back->mentions(PhraseCode::PainOnExercise));
    CHECK(back->startsWith(PhraseCode::SteppedBack));
    CHECK_FALSE(back->startsWith(PhraseCode::PainOnExercise));
}

TEST_CASE("JSON that is not a reason this Keel knows is refused, never half read", "[reason]")
{
    // Reasons nest a few levels; twenty is a damaged or hostile file.
    std::string deep = "[]";
    for (int level = 0; level < 20; ++level)
        deep = "[{\"code\":\"stepped-back\",\"args\":[{\"reason\":" + deep + "}]}]";
    for (const char* stored : {"", "not json", "{}", "[{\"code\":\"from-a-newer-keel\",\"args\":[]}]",
             "[{\"code\":\"pain-on\"}]", "[{\"code\":\"pain-on\",\"args\":[{\"n\":\"eight\"}]}]",
             "[{\"code\":\"pain-on\",\"args\":[{\"day\":\"2026-13-45\"}]}]",
             "[{\"code\":\"load-down\",\"args\":[{\"kg\":8,\"units\":\"stone\"}]}]",
             "[{\"code\":\"pain-on\",\"args\":[{}]}]", deep.c_str()}) {
        INFO(stored);
        CHECK_FALSE(Reason::fromJson(stored).has_value());
    }
}

TEST_CASE("words from before reasons had codes are kept word for word", "[reason]")
{
    const Reason old = Reason::verbatim("pain 6/10: holding (4–5 is the ceiling) 100 % sure");
    CHECK(old.text() == "pain 6/10: holding (4–5 is the ceiling) 100 % sure");
    CHECK(Reason::fromJson(old.toJson()) == old);
    CHECK(Reason::verbatim("").empty());
}

TEST_CASE("a value's own percent signs are never filled in again", "[reason]")
{
    CHECK(fillTemplate("%1 and %2", {"%2", "b"}) == "%2 and b");
    CHECK(fillTemplate("10 % a week, %3 stays", {"a"}) == "10 % a week, %3 stays");
    CHECK(fillTemplate("100%% sure", {}) == "100% sure");
}
