// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/model/phrasecode.h"
#include "core/store/database.h"
#include "core/store/progressionrepository.h"

#include "storetestsupport.h"

#include <catch2/catch.hpp>

using namespace keel;
using core::Pattern;
using core::ProgressionEvent;
using core::ProgressionKind;
using test::day;

namespace {

core::ProgressionSnapshot sampleSnapshot()
{
    core::ProgressionSnapshot snapshot;
    core::PatternState squat;
    squat.pattern = Pattern::Squat;
    squat.exerciseId = "goblet-squat";
    squat.sets = 3;
    squat.reps = 10;
    squat.loadKg = 12.0;
    squat.lastChange = day("2026-03-02");
    snapshot.patterns[Pattern::Squat] = squat;
    core::PatternState walking;
    walking.pattern = Pattern::Walking;
    walking.exerciseId = "brisk-walk";
    walking.minutes = 22;
    snapshot.patterns[Pattern::Walking] = walking;
    return snapshot;
}

ProgressionEvent event(const char* date, std::optional<Pattern> pattern, ProgressionKind kind, const char* exercise)
{
    ProgressionEvent item;
    item.date = day(date);
    item.pattern = pattern;
    item.kind = kind;
    item.exerciseId = exercise;
    item.from = keel::core::Reason::verbatim("10 kg");
    item.to = keel::core::Reason::verbatim("12 kg");
    item.reason = keel::core::Reason::verbatim("every set reached 12 reps at RPE 8");
    return item;
}

} // namespace

TEST_CASE("progression state starts empty and reads back what was saved")
{
    auto db = core::Database::openInMemory();
    core::ProgressionRepository progression(*db);
    CHECK(progression.load() == core::ProgressionSnapshot {});
    CHECK(progression.events().empty());

    auto snapshot = sampleSnapshot();
    snapshot.flareUp = true;
    snapshot.flareUpSince = day("2026-03-04");
    progression.save(snapshot, {});
    CHECK(progression.load() == snapshot);

    // Saving replaces the state: a pattern left out is gone.
    snapshot.patterns.erase(Pattern::Walking);
    snapshot.flareUp = false;
    snapshot.flareUpSince.reset();
    progression.save(snapshot, {});
    CHECK(progression.load() == snapshot);
}

TEST_CASE("events are appended and filtered by pattern and exercise, oldest first")
{
    auto db = core::Database::openInMemory();
    core::ProgressionRepository progression(*db);
    progression.save(sampleSnapshot(),
        {event("2026-03-09", Pattern::Squat, ProgressionKind::LoadUp, "goblet-squat"),
            event("2026-03-02", Pattern::Squat, ProgressionKind::Start, "goblet-squat")});
    progression.save(sampleSnapshot(),
        {event("2026-03-10", std::nullopt, ProgressionKind::FlareUpOn, ""),
            event("2026-03-10", Pattern::Hinge, ProgressionKind::StepBack, "hip-hinge-dowel")});

    const auto all = progression.events();
    REQUIRE(all.size() == 4);
    CHECK(all[0].kind == ProgressionKind::Start);
    CHECK(all[1].kind == ProgressionKind::LoadUp);
    CHECK(all[2].kind == ProgressionKind::FlareUpOn);
    CHECK_FALSE(all[2].pattern);
    CHECK(all[3].kind == ProgressionKind::StepBack);
    CHECK(all[0].id > 0);
    ProgressionEvent expected = event("2026-03-09", Pattern::Squat, ProgressionKind::LoadUp, "goblet-squat");
    expected.id = all[1].id;
    CHECK(all[1] == expected);

    CHECK(progression.events(Pattern::Squat).size() == 2);
    CHECK(progression.events(Pattern::Hinge).size() == 1);
    CHECK(progression.events(Pattern::Carry).empty());
    CHECK(progression.events(std::nullopt, std::string("hip-hinge-dowel")).size() == 1);
    CHECK(progression.events(Pattern::Squat, std::string("hip-hinge-dowel")).empty());
}

TEST_CASE("where an event went from and to is kept as values beside its English words")
{
    auto db = core::Database::openInMemory();
    core::ProgressionRepository progression(*db);
    ProgressionEvent item = event("2026-03-09", Pattern::Hinge, ProgressionKind::LoadUp, "kettlebell-deadlift");
    const auto kettlebell = core::ReasonArg::exercise("kettlebell-deadlift", "Kettlebell deadlift");
    item.from = core::Reason(core::PhraseCode::StateDoseLoad,
        {kettlebell, core::ReasonArg::words("3×12"), core::ReasonArg::load(12, core::Units::Lb)});
    item.to = core::Reason(core::PhraseCode::StateExercise, {kettlebell});
    progression.save(sampleSnapshot(), {item});

    const auto events = progression.events();
    REQUIRE(events.size() == 1);
    CHECK(events[0].from == item.from);
    CHECK(events[0].to == item.to);
    // The English stays in the row for anything that reads the database as it always did.
    SQLite::Statement row(db->sql(), "SELECT from_value, to_value FROM progression_events");
    REQUIRE(row.executeStep());
    CHECK(row.getColumn(0).getString() == "Kettlebell deadlift 3×12 @ 26.46 lb");
    CHECK(row.getColumn(1).getString() == "Kettlebell deadlift");
}

TEST_CASE("state filed under the wrong pattern is refused and nothing is saved")
{
    auto db = core::Database::openInMemory();
    core::ProgressionRepository progression(*db);
    auto snapshot = sampleSnapshot();
    snapshot.patterns[Pattern::Hinge] = snapshot.patterns[Pattern::Squat];
    CHECK_THROWS_AS(progression.save(snapshot, {event("2026-03-02", Pattern::Squat, ProgressionKind::Start, "x")}),
        core::StoreError);
    CHECK(progression.load() == core::ProgressionSnapshot {});
    CHECK(progression.events().empty());
}
