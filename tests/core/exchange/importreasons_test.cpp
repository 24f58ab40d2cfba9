// SPDX-License-Identifier: GPL-3.0-or-later
// A broken file, a skipped row and a misfit carry a reason with a code, so the GUI words them in
// its own language, while their English (what keel-cli prints) stays as it was.
#include "core/exchange/exchangeerror.h"
#include "core/exchange/jsonbackup.h"
#include "core/model/phrasecode.h"

#include "exchangetestsupport.h"

#include <catch2/catch.hpp>

using namespace keel;
using core::ExchangeError;
using core::Importer;
using core::PhraseCode;

namespace {

ExchangeError errorOf(const std::string& text)
{
    try {
        Importer::read(text, std::nullopt, {});
    } catch (const ExchangeError& error) {
        return error;
    }
    FAIL("the file was read");
    throw std::logic_error("unreachable");
}

} // namespace

TEST_CASE("a broken quoted field is a coded reason with the line beside it")
{
    const ExchangeError error = errorOf("Date,Workout Name,Exercise Name,Set Order,Weight,Reps\n"
                                        "2026-03-02 07:30:00,\"Morning,Squat,1,20,5\n");
    CHECK(error.line() == 2);
    CHECK(error.reason().startsWith(PhraseCode::ImportQuoteNotClosed));
    CHECK(error.reason().text() == "a quoted field is never closed (is the file cut short?)");
    CHECK(std::string(error.what()) == "line 2: a quoted field is never closed (is the file cut short?)");
    CHECK(error.located("x.csv") == "x.csv:2: a quoted field is never closed (is the file cut short?)");
}

TEST_CASE("a header without the columns a format needs names what it read")
{
    const ExchangeError unknown = errorOf("When,What,How many\n2026-03-02,Squat,5\n");
    CHECK(unknown.line() == 1);
    REQUIRE(unknown.reason().startsWith(PhraseCode::ImportUnknownFormat));
    CHECK(unknown.reason().phrases().front().args.front().text == "When,What,How many");
    CHECK(unknown.reason().text()
        == "not a format Keel can import (Strong, Hevy or FitNotes CSV, GPX, Keel JSON); the header reads \"When,What,"
           "How many\"");

    try {
        // Chosen as Strong (keel-cli import --format strong, the dialog's format box), the file is
        // read as Strong and told what Strong needs, not that its format is unknown.
        Importer::read("Date,Exercise Name\n2026-03-02,Squat\n", core::ImportFormat::Strong, {});
        FAIL("a Strong file without Set Order was read");
    } catch (const ExchangeError& error) {
        CHECK(error.reason().startsWith(PhraseCode::ImportNotStrong));
        CHECK(std::string(error.what()) == "line 1: not a Strong export: the header lacks Exercise Name or Set Order");
    }
}

TEST_CASE("a value that does not read names its column in a nested reason")
{
    const ExchangeError error = errorOf("Date,Workout Name,Exercise Name,Set Order,Weight,Reps\n"
                                        "2026-03-02 07:30:00,Morning,Squat,1,heavy,5\n");
    REQUIRE(error.reason().startsWith(PhraseCode::ImportInColumn));
    CHECK(error.reason().mentions(PhraseCode::ImportNotANumber));
    CHECK(std::string(error.what()) == "line 2: Weight: \"heavy\" is not a number");
}

TEST_CASE("a GPX track without timestamps is refused by its name")
{
    const ExchangeError error = errorOf("<?xml version=\"1.0\"?>\n<gpx version=\"1.1\">\n<trk><name>Park</name>\n"
                                        "<trkseg><trkpt lat=\"52.5\" lon=\"13.4\"/></trkseg></trk>\n</gpx>\n");
    CHECK(error.reason().startsWith(PhraseCode::ImportGpxNoTimestamps));
    CHECK(error.reason().mentions(PhraseCode::ImportGpxTrackNamed));
    CHECK(error.reason().text() == "track \"Park\" has no timestamps, so its date and duration are unknown");
}

TEST_CASE("a backup that is not JSON is refused with a coded reason")
{
    try {
        core::JsonBackup::inspect("{\"format\": \"other\"}");
        FAIL("a foreign JSON was read as a backup");
    } catch (const ExchangeError& error) {
        CHECK(error.reason().startsWith(PhraseCode::BackupJsonNotKeel));
        CHECK(std::string(error.what()) == "not a Keel backup: \"format\" is not \"keel-backup\"");
    }
}

TEST_CASE("skipped rows and misfits keep the log's own reasons, not their English")
{
    // Hevy: a plank logged as reps (the catalog's plank is held), a row without a title, and a
    // goblet squat dated next week.
    const std::string text
        = "\"title\",\"start_time\",\"end_time\",\"description\",\"exercise_title\",\"superset_id\","
          "\"exercise_notes\",\"set_index\",\"set_type\",\"weight_kg\",\"reps\",\"distance_km\","
          "\"duration_seconds\",\"rpe\"\n"
          "\"Core\",\"7 Apr 2026, 10:14\",\"7 Apr 2026, 10:40\",\"\",\"Plank\",\"\",\"\",\"0\",\"normal\",\"\",\"12\","
          "\"\",\"\",\"\"\n"
          "\"Core\",\"7 Apr 2026, 10:14\",\"7 Apr 2026, 10:40\",\"\",\"\",\"\",\"\",\"1\",\"normal\",\"\",\"8\","
          "\"\",\"\",\"\"\n"
          "\"Legs\",\"20 Apr 2026, 10:14\",\"20 Apr 2026, 10:40\",\"\",\"Goblet Squat\",\"\",\"\",\"0\",\"normal\","
          "\"16\",\"10\",\"\",\"\",\"\"\n";
    const core::ExerciseMatcher matcher(test::shippedCatalog(), {});
    const core::ImportPlan plan
        = Importer::plan(Importer::read(text, std::nullopt, {}), matcher, core::Date::fromYmd(2026, 4, 10));

    REQUIRE(plan.preview.skipped.size() == 2);
    CHECK(plan.preview.skipped[0].line == 3);
    CHECK(plan.preview.skipped[0].reason == core::Reason(PhraseCode::ImportHevyNoTitle));
    CHECK(plan.preview.skipped[0].reason.text() == "no exercise_title");
    CHECK(plan.preview.skipped[1].line == 4);
    CHECK(plan.preview.skipped[1].reason.startsWith(PhraseCode::DateTooLate));
    CHECK(plan.preview.skipped[1].reason.text()
        == "date 2026-04-20: entries can be logged up to tomorrow (2026-04-11), not later");

    REQUIRE(plan.preview.unmatched.size() == 1);
    const core::UnmatchedName& plank = plan.preview.unmatched[0];
    CHECK(plank.importedId == "imported:plank");
    CHECK(plank.reason.startsWith(PhraseCode::RepsNotMeasured));
    CHECK(plank.reason.text().starts_with("reps 12: "));
}

TEST_CASE("a row the log refuses is skipped with the log's own coded reason, not that nothing was saved")
{
    const std::string text
        = "\"title\",\"start_time\",\"end_time\",\"description\",\"exercise_title\",\"superset_id\","
          "\"exercise_notes\",\"set_index\",\"set_type\",\"weight_kg\",\"reps\",\"distance_km\","
          "\"duration_seconds\",\"rpe\"\n"
          "\"Legs\",\"7 Apr 2026, 10:14\",\"7 Apr 2026, 10:40\",\"\",\"Goblet Squat\",\"\",\"\",\"0\",\"normal\","
          "\"16\",\"10\",\"\",\"\",\"\"\n"
          "\"Legs\",\"7 Apr 2026, 10:14\",\"7 Apr 2026, 10:40\",\"\",\"Goblet Squat\",\"\",\"\",\"1\",\"normal\","
          "\"4000\",\"10\",\"\",\"\",\"\"\n";
    const core::ExerciseMatcher matcher(test::shippedCatalog(), {});
    const core::ImportPlan plan
        = Importer::plan(Importer::read(text, std::nullopt, {}), matcher, core::Date::fromYmd(2026, 4, 10));

    REQUIRE(plan.preview.skipped.size() == 1);
    const core::Reason& reason = plan.preview.skipped[0].reason;
    CHECK(plan.preview.skipped[0].line == 3);
    CHECK_FALSE(reason.startsWith(PhraseCode::Verbatim));
    CHECK_FALSE(reason.mentions(PhraseCode::StoreNothingSaved));
    CHECK(reason.text() == "load 4000 kg is outside 0–1000 kg");
}
