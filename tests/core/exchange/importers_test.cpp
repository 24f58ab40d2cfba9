// SPDX-License-Identifier: GPL-3.0-or-later
// Each export dialect read from its fixture: the counts, a few exact rows, skipped rows with their
// lines, and broken files refused with a located error.
#include "core/exchange/exchangeerror.h"
#include "core/exchange/gpxreader.h"
#include "core/exchange/hevyreader.h"

#include "exchangetestsupport.h"

#include <catch2/catch.hpp>

using namespace keel;
using core::Importer;
using core::ImportFormat;
using core::Units;
using test::planFixture;

namespace {

core::Date day(const char* text)
{
    return *core::Date::parse(text);
}

const core::ImportedSet& setWithKey(const core::ImportPlan& plan, const std::string& key)
{
    for (const auto& row : plan.batch.sets) {
        if (row.sourceKey == key)
            return row;
    }
    FAIL("no set with key " << key);
    throw std::logic_error("unreachable");
}

const core::ImportedWalk& walkWithKey(const core::ImportPlan& plan, const std::string& key)
{
    for (const auto& row : plan.batch.walks) {
        if (row.sourceKey == key)
            return row;
    }
    FAIL("no walk with key " << key);
    throw std::logic_error("unreachable");
}

std::string errorOf(const std::string& text, std::optional<ImportFormat> format = std::nullopt)
{
    try {
        Importer::read(text, format, {});
    } catch (const core::ExchangeError& error) {
        return error.what();
    }
    return "no error";
}

} // namespace

TEST_CASE("Strong, comma dialect with a BOM, CRLF, zeros for unused fields and letter set orders")
{
    const auto plan = planFixture("strong-comma.csv");
    const auto& preview = plan.preview;
    CHECK(preview.format == ImportFormat::Strong);
    CHECK(preview.dialect.text() == "comma-separated, no unit columns");
    CHECK(preview.unitsAssumed);
    CHECK(preview.sets == 8);
    CHECK(preview.warmUpSets == 1);
    CHECK(preview.workouts == 2);
    CHECK(preview.first == day("2026-03-02"));
    CHECK(preview.last == day("2026-03-04"));
    REQUIRE(preview.skipped.size() == 3);
    CHECK(preview.skipped[0].line == 8);
    CHECK(preview.skipped[0].reason.text() == "set order \"Rest Timer\" is not a set (a number, W, D or F)");
    CHECK(preview.skipped[1].line == 10);
    CHECK(preview.skipped[1].reason.text() == "Reps 12.5 is not a whole number");
    CHECK(preview.skipped[2].line == 11);
    CHECK(preview.skipped[2].reason.text() == "an empty set: no weight, reps, time or distance");
    REQUIRE(preview.unmatched.size() == 2);
    // Strong times a farmer's walk; Keel's carry is measured in metres, so it keeps its own name.
    CHECK(preview.unmatched[0].name == "Farmer's Walk");
    CHECK(preview.unmatched[0].importedId == "imported:farmers-walk");
    CHECK(preview.unmatched[0].reason.text() == "metres missing: a set of Farmer carry needs a distance above 0");
    CHECK(preview.unmatched[1].name == "Squat (Barbell)");
    CHECK(preview.unmatched[1].importedId == "imported:squat-barbell");
    CHECK(preview.unmatched[1].sets == 1);
    CHECK(preview.unmatched[1].reason.empty());
    REQUIRE(plan.batch.exercises.size() == 2);
    CHECK(plan.batch.exercises[1].name == "Squat (Barbell)");

    const auto& warmUp = setWithKey(plan, "strong|2026-03-02 07:30:00|Morning Back|Deadlift (Barbell)|W|1");
    CHECK(warmUp.set.exerciseId == "trap-bar-deadlift");
    CHECK(warmUp.set.warmUp);
    CHECK(warmUp.set.reps == 5);
    CHECK(warmUp.set.loadKg == 40.0);
    CHECK_FALSE(warmUp.set.meters);
    CHECK_FALSE(warmUp.set.seconds);

    const auto& working = setWithKey(plan, "strong|2026-03-02 07:30:00|Morning Back|Deadlift (Barbell)|1|1");
    CHECK_FALSE(working.set.warmUp);
    CHECK(working.set.note == "Slow, controlled");
    CHECK(working.set.rpe == 7);

    const auto& plank = setWithKey(plan, "strong|2026-03-02 07:30:00|Morning Back|Plank|1|1");
    CHECK(plank.set.exerciseId == "plank");
    CHECK(plank.set.seconds == 45);
    CHECK_FALSE(plank.set.loadKg);
    CHECK_FALSE(plank.set.reps);

    const auto& pallof = setWithKey(plan, "strong|2026-03-04 18:00:00|Evening|Pallof Press (Cable)|1|1");
    CHECK(pallof.set.exerciseId == "cable-pallof-press");
    // Keel keeps notes on one line.
    CHECK(pallof.set.note == "Line one line two");
    const auto& farmer = setWithKey(plan, "strong|2026-03-02 07:30:00|Morning Back|Farmer's Walk|1|1");
    CHECK(farmer.set.exerciseId == "imported:farmers-walk");
    CHECK(farmer.set.seconds == 60);
    CHECK(setWithKey(plan, "strong|2026-03-04 18:00:00|Evening|Squat (Barbell)|1|1").set.reps == 20);
}

TEST_CASE("Strong without units reads weights in the unit the user says")
{
    core::ReadOptions pounds;
    pounds.units = Units::Lb;
    const auto plan = planFixture("strong-comma.csv", pounds);
    CHECK(plan.preview.weightUnits == std::vector<Units> {Units::Lb});
    const auto& set = setWithKey(plan, "strong|2026-03-02 07:30:00|Morning Back|Deadlift (Barbell)|1|1");
    CHECK(set.set.loadKg == Approx(60.0 * 0.45359237));
}

TEST_CASE("Strong, semicolon dialect with unit columns, decimal commas and W/D/F set orders")
{
    const auto plan = planFixture("strong-semicolon.csv");
    const auto& preview = plan.preview;
    CHECK(preview.dialect.text() == "semicolon-separated with unit columns and workout duration");
    CHECK_FALSE(preview.unitsAssumed);
    CHECK(preview.sets == 6);
    CHECK(preview.warmUpSets == 1);
    CHECK(preview.workouts == 1);
    CHECK(preview.skipped.empty());
    CHECK(preview.unmatched.empty());
    CHECK(preview.weightUnits == std::vector<Units> {Units::Lb, Units::Kg});

    const auto& drop = setWithKey(plan, "strong|2026-03-09 07:15:00|Hinge day|Romanian Deadlift (Dumbbell)|D|1");
    CHECK(drop.set.exerciseId == "kettlebell-romanian-deadlift");
    CHECK(drop.set.loadKg == Approx(25 * 0.45359237));
    CHECK(drop.set.reps == 12);
    CHECK(drop.set.rpe == 10); // 9,5 rounds up
    const auto& failure = setWithKey(plan, "strong|2026-03-09 07:15:00|Hinge day|Romanian Deadlift (Dumbbell)|F|1");
    CHECK(failure.set.note == "to failure; grip went");
    CHECK_FALSE(failure.set.warmUp);
    const auto& carry = setWithKey(plan, "strong|2026-03-09 07:15:00|Hinge day|Farmers Walk (Dumbbell)|1|1");
    CHECK(carry.set.exerciseId == "farmer-carry");
    CHECK(carry.set.loadKg == 22.5);
    CHECK(carry.set.meters == 40.0);
    CHECK(setWithKey(plan, "strong|2026-03-09 07:15:00|Hinge day|Side Plank|1|1").set.seconds == 30);
}

TEST_CASE("Strong, the older semicolon dialect without a duration column")
{
    const auto plan = planFixture("strong-semicolon-old.csv");
    CHECK(plan.preview.dialect.text() == "semicolon-separated with unit columns (older, no duration)");
    CHECK(plan.preview.sets == 3);
    CHECK(plan.preview.walks == 1);
    CHECK(plan.preview.workouts == 2);
    REQUIRE(plan.preview.unmatched.size() == 1);
    CHECK(plan.preview.unmatched[0].name == "Kettlebell Swing");
    CHECK(plan.preview.unmatched[0].sets == 2);
    // Strong's "Walking" exercise is a walk in Keel, where the walking chart and the plan count it.
    const auto& walk = walkWithKey(plan, "strong|2025-11-05 06:45:00|Full body|Walking|1|1");
    CHECK(walk.walk.date == day("2025-11-05"));
    CHECK(walk.walk.meters == 2500.0);
    CHECK(walk.walk.minutes == 30);
}

TEST_CASE("Hevy with kilograms, emoji titles, a superset and every set type")
{
    const auto plan = planFixture("hevy.csv");
    const auto& preview = plan.preview;
    CHECK(preview.format == ImportFormat::Hevy);
    CHECK(preview.sets == 10);
    CHECK(preview.warmUpSets == 1);
    CHECK(preview.workouts == 2);
    CHECK(preview.first == day("2026-04-07"));
    CHECK(preview.last == day("2026-04-09"));
    REQUIRE(preview.unmatched.size() == 1);
    CHECK(preview.unmatched[0].importedId == "imported:ab-wheel");

    const auto& warmUp = setWithKey(plan, "hevy|7 Apr 2026, 10:14|Deadlift (Barbell)|0|1");
    CHECK(warmUp.set.warmUp);
    CHECK(warmUp.set.loadKg == 40.0);
    const auto& drop = setWithKey(plan, "hevy|7 Apr 2026, 10:14|Deadlift (Barbell)|2|1");
    CHECK(drop.set.rpe == 9);
    CHECK(setWithKey(plan, "hevy|7 Apr 2026, 10:14|Deadlift (Barbell)|1|1").set.note == "Brace first");
    // The superset's two exercises alternate; each keeps its own set numbers.
    CHECK(setWithKey(plan, "hevy|7 Apr 2026, 10:14|Pallof Press|1|1").set.exerciseId == "pallof-press-band");
    CHECK(setWithKey(plan, "hevy|7 Apr 2026, 10:14|Dead Bug|1|1").set.reps == 10);
    CHECK(setWithKey(plan, "hevy|7 Apr 2026, 10:14|Plank|0|1").set.seconds == 60);
    const auto& carry = setWithKey(plan, "hevy|9 Apr 2026, 18:30|Farmers Walk|0|1");
    CHECK(carry.set.meters == Approx(40.0));
    CHECK(carry.set.date == day("2026-04-09"));
}

TEST_CASE("Hevy with pounds and miles in the column names")
{
    const auto plan = planFixture("hevy-lbs.csv");
    CHECK(plan.preview.weightUnits == std::vector<Units> {Units::Lb});
    CHECK(setWithKey(plan, "hevy|12 Jan 2026, 08:05|Goblet Squat|0|1").set.loadKg == Approx(15.87573295));
    CHECK(setWithKey(plan, "hevy|12 Jan 2026, 08:05|Farmers Walk|0|1").set.meters == Approx(80.4672));
}

TEST_CASE("Hevy dates are read with English month names")
{
    CHECK(core::HevyReader::parseDate("7 Apr 2026, 10:14") == day("2026-04-07"));
    CHECK(core::HevyReader::parseDate("31 December 2025, 23:59") == day("2025-12-31"));
    CHECK_FALSE(core::HevyReader::parseDate("31 Foo 2025, 23:59"));
    CHECK_FALSE(core::HevyReader::parseDate("30 Feb 2026, 10:00"));
}

TEST_CASE("FitNotes with a unit on every row and H:MM:SS times")
{
    const auto plan = planFixture("fitnotes.csv");
    const auto& preview = plan.preview;
    CHECK(preview.format == ImportFormat::FitNotes);
    CHECK(preview.sets == 5);
    CHECK(preview.walks == 1);
    CHECK(preview.workouts == 2);
    CHECK(preview.unmatched.empty());
    CHECK(preview.weightUnits == std::vector<Units> {Units::Kg, Units::Lb});
    CHECK(setWithKey(plan, "fitnotes|2026-02-10|Goblet Squat|2").set.reps == 10);
    const auto& deadlift = setWithKey(plan, "fitnotes|2026-02-10|Deadlift (Kettlebell)|1");
    CHECK(deadlift.set.exerciseId == "kettlebell-deadlift");
    CHECK(deadlift.set.loadKg == Approx(24.04039561));
    CHECK(deadlift.set.note == "Felt good, no pain");
    CHECK(setWithKey(plan, "fitnotes|2026-02-10|Plank|1").set.seconds == 75);
    const auto& cycling = walkWithKey(plan, "fitnotes|2026-02-12|Cycling|1");
    CHECK(cycling.walk.meters == 5000.0);
    CHECK(cycling.walk.minutes == 20);
}

TEST_CASE("FitNotes' older header and locale dates: the order comes from a date only one order reads")
{
    const auto dayFirst = planFixture("fitnotes-old-dmy.csv");
    CHECK(dayFirst.preview.first == day("2026-04-03"));
    CHECK(dayFirst.preview.last == day("2026-04-25"));
    CHECK(dayFirst.preview.workouts == 2);
    CHECK(setWithKey(dayFirst, "fitnotes|2026-04-03|Romanian Deadlift|1").set.loadKg == 30.0);

    const auto monthFirst = planFixture("fitnotes-old-lbs-mdy.csv");
    CHECK(monthFirst.preview.first == day("2026-04-03"));
    CHECK(monthFirst.preview.last == day("2026-04-25"));
    CHECK(setWithKey(monthFirst, "fitnotes|2026-04-25|Goblet Squat|1").set.loadKg == Approx(45 * 0.45359237));

    const std::string ambiguous = "Date,Exercise,Category,Weight (kgs),Reps\n03/04/2026,Plank,Core,,1\n";
    CHECK(errorOf(ambiguous)
        == "line 2: dates such as \"03/04/2026\" could be day/month or month/day; say which "
           "with --dates dmy or --dates mdy");
    core::ReadOptions told;
    told.dateOrder = core::DateOrder::MonthFirst;
    const auto read = Importer::read(ambiguous, std::nullopt, told);
    REQUIRE(read.sets.size() == 1);
    CHECK(read.sets[0].date == day("2026-03-04"));
}

TEST_CASE("GPX: each track is a walk with its date, duration and distance")
{
    const auto plan = planFixture("walks.gpx");
    CHECK(plan.preview.format == ImportFormat::Gpx);
    CHECK(plan.preview.walks == 2);
    CHECK(plan.preview.sets == 0);
    REQUIRE(plan.batch.walks.size() == 2);
    const auto& morning = plan.batch.walks[0];
    CHECK(morning.walk.date == day("2026-03-03"));
    CHECK(morning.walk.minutes == 26); // 25.5 minutes
    CHECK(morning.walk.meters == 1997.0);
    CHECK(morning.walk.note == "Morning loop");
    CHECK(morning.sourceKey == "gpx|2026-03-03T07:00:00Z");
    const auto& evening = plan.batch.walks[1];
    CHECK(evening.walk.date == day("2026-03-04"));
    CHECK(evening.walk.minutes == 11);
    CHECK(evening.walk.meters == 378.0);
}

TEST_CASE("GPX timestamps: UTC, offsets and fractions")
{
    using core::GpxReader;
    CHECK(GpxReader::parseTimestamp("1970-01-01T00:00:00Z") == 0);
    CHECK(GpxReader::parseTimestamp("1970-01-01T01:00:00+01:00") == 0);
    CHECK(GpxReader::parseTimestamp("2026-03-04T18:41:10.500+01:00") == 1772646070);
    CHECK_FALSE(GpxReader::parseTimestamp("2026-03-04 18:41:10Z"));
    CHECK_FALSE(GpxReader::parseTimestamp("2026-03-04T18:41:10"));
}

TEST_CASE("broken files are refused with the line and the reason")
{
    CHECK(errorOf(test::fixtureText("walks-no-time.gpx"))
        == "line 3: track \"Planned route\" has no timestamps, so its date and duration are unknown");
    CHECK(errorOf(test::fixtureText("broken-truncated.csv"))
        == "line 3: a quoted field is never closed (is the file cut short?)");
    CHECK(errorOf(test::fixtureText("broken-delimiter.csv"))
        == "line 2: 1 fields where the header has 12 (is the file cut short, or written with another delimiter?)");
    CHECK(errorOf(test::fixtureText("broken-1e400.csv")) == "line 3: weight_kg: \"1e400\" is out of range");
    CHECK(errorOf(test::fixtureText("broken-unknown.csv"))
        == "line 1: not a format Keel can import (Strong, Hevy or FitNotes CSV, GPX, Keel JSON); the header reads "
           "\"Name,Amount,When\"");
    CHECK(errorOf("") == "the file is empty");
    CHECK(errorOf("<html><body/></html>") == "line 1: an XML file that is not GPX");
    CHECK(errorOf("<gpx><trk><trkpt lat=\"1\" lon=\"2\"></trk></gpx>").starts_with("line 1: not well-formed XML"));
    // Forcing a format on a file of another is refused too.
    CHECK(errorOf(test::fixtureText("hevy.csv"), ImportFormat::Strong)
        == "line 1: not a Strong export: the header lacks Exercise Name or Set Order");
}

TEST_CASE("a 50 MB line is refused without reading it all")
{
    std::string text = "Date,Workout Name,Duration,Exercise Name,Set Order,Weight,Reps,Distance,Seconds,Notes,"
                       "Workout Notes,RPE\n2026-03-02 07:30:00,A,1m,Plank,1,0,0,0,30,";
    text.append(50u * 1024u * 1024u, 'x');
    text += ",,\n";
    CHECK(errorOf(text) == "line 2: a row longer than 1 MiB; this is not a CSV export (or a quote is never closed)");
}

TEST_CASE("names match the catalog ignoring case and punctuation, and remembered mappings come first")
{
    const core::ExerciseMatcher plain(test::shippedCatalog(), {});
    CHECK(plain.match("GOBLET-squat!") == "goblet-squat");
    CHECK(plain.match("Farmer's walk (Kettlebell)") == "farmer-carry");
    CHECK(plain.match("Deadlift (Kettlebell)") == "kettlebell-deadlift");
    CHECK(plain.match("Romanian Deadlift (Barbell)") == "kettlebell-romanian-deadlift");
    CHECK(plain.match("Side plank") == "side-plank");
    CHECK(plain.match("bird  dog") == "bird-dog");
    CHECK(plain.match("Cable Pallof Press") == "cable-pallof-press");
    CHECK_FALSE(plain.match("Squat (Barbell)"));
    CHECK(core::ExerciseMatcher::normalise(" Farmer's  Walk (DB) ") == "farmers walk db");

    const core::ExerciseMatcher remembered(test::shippedCatalog(), {{"squat barbell", "front-squat"}});
    CHECK(remembered.match("Squat (Barbell)") == "front-squat");
}

TEST_CASE("a row that does not fit its matched exercise keeps its own name, and rows after tomorrow are skipped")
{
    // Hevy, one workout: a plank logged as reps (the catalog's plank is held in seconds), a plank
    // held for 45 s, and a goblet squat dated next week.
    const std::string text
        = "\"title\",\"start_time\",\"end_time\",\"description\",\"exercise_title\",\"superset_id\","
          "\"exercise_notes\",\"set_index\",\"set_type\",\"weight_kg\",\"reps\",\"distance_km\","
          "\"duration_seconds\",\"rpe\"\n"
          "\"Core\",\"7 Apr 2026, 10:14\",\"7 Apr 2026, 10:40\",\"\",\"Plank\",\"\",\"\",\"0\",\"normal\",\"\",\"12\","
          "\"\",\"\",\"\"\n"
          "\"Core\",\"7 Apr 2026, 10:14\",\"7 Apr 2026, 10:40\",\"\",\"Plank\",\"\",\"\",\"1\",\"normal\",\"\",\"\","
          "\"\",\"45\",\"\"\n"
          "\"Legs\",\"20 Apr 2026, 10:14\",\"20 Apr 2026, 10:40\",\"\",\"Goblet Squat\",\"\",\"\",\"0\",\"normal\","
          "\"16\",\"10\",\"\",\"\",\"\"\n";
    const core::ExerciseMatcher matcher(test::shippedCatalog(), {});
    const core::SourceFile source = core::Importer::read(text, std::nullopt, {});
    const core::ImportPlan plan = core::Importer::plan(source, matcher, core::Date::fromYmd(2026, 4, 10));

    REQUIRE(plan.batch.sets.size() == 2);
    CHECK(plan.batch.sets[0].set.exerciseId == "imported:plank");
    CHECK(plan.batch.sets[0].set.reps == 12);
    CHECK(plan.batch.sets[1].set.exerciseId == "plank");
    CHECK(plan.batch.sets[1].set.seconds == 45);
    REQUIRE(plan.preview.unmatched.size() == 1);
    CHECK(plan.preview.unmatched[0].name == "Plank");
    CHECK(plan.preview.unmatched[0].sets == 1);
    CHECK(plan.batch.exercises == std::vector<core::ImportedExercise> {{"imported:plank", "Plank"}});
    REQUIRE(plan.preview.skipped.size() == 1);
    CHECK(plan.preview.skipped[0].line == 4);
    CHECK(plan.preview.skipped[0].reason.text()
        == "date 2026-04-20: entries can be logged up to tomorrow (2026-04-11), not later");

    // Without a today (a preview of the file alone) the dated row stays.
    CHECK(core::Importer::plan(source, matcher).batch.sets.size() == 3);
}
