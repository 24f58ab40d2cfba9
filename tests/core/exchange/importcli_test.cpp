// SPDX-License-Identifier: GPL-3.0-or-later
// keel-cli import as a user runs it: the preview, a dry run that writes nothing, one transaction,
// a second import that adds nothing, and broken files refused with one located line.
#include "exchangetestsupport.h"

#include <SQLiteCpp/Database.h>
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

using namespace keel;
using nlohmann::json;

namespace {

test::CliResult cli(const std::filesystem::path& db, std::vector<std::string> args)
{
    args.insert(args.begin(), {"--db", db.string(), "--today", "2026-04-10"});
    return test::runCli(args);
}

int rows(const std::filesystem::path& db, const std::string& table)
{
    if (!std::filesystem::exists(db))
        return -1;
    SQLite::Database raw(db);
    return raw.execAndGet("SELECT count(*) FROM " + table).getInt();
}

} // namespace

TEST_CASE("import --dry-run shows the preview and creates nothing")
{
    test::TempDir dir;
    const auto db = dir / "keel.db";
    const auto result = cli(db, {"import", "--dry-run", test::exchangeFixture("strong-comma.csv").string()});
    INFO(result.err);
    REQUIRE(result.exitCode == 0);
    CHECK(result.out.find("Format: strong (comma-separated, no unit columns)\n") != std::string::npos);
    CHECK(result.out.find("Dates: 2026-03-02 to 2026-03-04\n") != std::string::npos);
    CHECK(result.out.find("Workouts: 2, sets: 8 (1 warm-up), walks: 0\n") != std::string::npos);
    CHECK(result.out.find("  Squat (Barbell) -> imported:squat-barbell (1 set)\n") != std::string::npos);
    CHECK(result.out.find("  line 10: Reps 12.5 is not a whole number\n") != std::string::npos);
    CHECK(result.out.ends_with("Dry run: nothing was written.\n"));
    CHECK_FALSE(std::filesystem::exists(db));
}

TEST_CASE("import writes once; the same file again, or an overlapping one, adds nothing twice")
{
    test::TempDir dir;
    const auto db = dir / "keel.db";
    const auto first = cli(db, {"import", "--json", test::exchangeFixture("hevy.csv").string()});
    INFO(first.err);
    REQUIRE(first.exitCode == 0);
    const json written = json::parse(first.out)["written"];
    CHECK(written["sets_added"] == 10);
    CHECK(rows(db, "logged_sets") == 10);
    CHECK(rows(db, "imported_exercises") == 1);
    CHECK(rows(db, "logged_sets WHERE warm_up = 1") == 1);

    const auto again = cli(db, {"import", test::exchangeFixture("hevy.csv").string()});
    REQUIRE(again.exitCode == 0);
    CHECK(again.out.ends_with("Imported 0 sets and 0 walks; 10 were imported before and left alone.\n"));
    CHECK(rows(db, "logged_sets") == 10);

    // A newer export: the same first workout plus one more set.
    std::string newer = test::fixtureText("hevy.csv");
    newer += "\"Legs\",\"10 Apr 2026, 07:00\",\"10 Apr 2026, 07:30\",\"\",\"Goblet Squat\",\"\",\"\",\"0\",\"normal\","
             "\"16\",\"10\",\"\",\"\",\"\"\n";
    test::writeFile(dir / "newer.csv", newer);
    const auto overlap = cli(db, {"import", "--json", (dir / "newer.csv").string()});
    REQUIRE(overlap.exitCode == 0);
    CHECK(json::parse(overlap.out)["written"]["sets_added"] == 1);
    CHECK(json::parse(overlap.out)["written"]["sets_already_there"] == 10);
    CHECK(rows(db, "logged_sets") == 11);

    // History shows the imported sets, unmatched ones under their imported id.
    const auto history = cli(db, {"history", "--json"});
    REQUIRE(history.exitCode == 0);
    const json sets = json::parse(history.out)["sets"];
    REQUIRE(sets.size() == 11);
    CHECK(sets[0]["exercise"] == "trap-bar-deadlift");
    CHECK(sets[0]["load_kg"] == 40.0);
}

TEST_CASE("import --json gives the preview machine-readable")
{
    test::TempDir dir;
    const auto result
        = cli(dir / "keel.db", {"import", "--dry-run", "--json", test::exchangeFixture("fitnotes.csv").string()});
    REQUIRE(result.exitCode == 0);
    const json out = json::parse(result.out);
    CHECK(out["written"].is_null());
    const json& preview = out["preview"];
    CHECK(preview["format"] == "fitnotes");
    CHECK(preview["from"] == "2026-02-10");
    CHECK(preview["to"] == "2026-02-12");
    CHECK(preview["workouts"] == 2);
    CHECK(preview["sets"] == 5);
    CHECK(preview["walks"] == 1); // the cycling row
    CHECK(preview["weight_units"] == json {"kg", "lb"});
    CHECK(preview["unmatched"].empty());
    CHECK(preview["matched"][0] == json {{"name", "Cycling"}, {"exercise", "cycling"}});
}

TEST_CASE("import takes units from --units, then the profile, for files that state none")
{
    test::TempDir dir;
    const auto db = dir / "keel.db";
    REQUIRE(cli(db, {"profile", "set", "--units", "lb"}).exitCode == 0);
    const auto result = cli(db, {"import", "--json", test::exchangeFixture("strong-comma.csv").string()});
    REQUIRE(result.exitCode == 0);
    CHECK(json::parse(result.out)["preview"]["weight_units"] == json {"lb"});
    SQLite::Database raw(db);
    CHECK(raw.execAndGet("SELECT max(load_kg) FROM logged_sets").getDouble() == Approx(60 * 0.45359237));
}

TEST_CASE("broken and unknown files give one located line and write nothing")
{
    const std::vector<std::pair<std::string, std::string>> cases = {
        {"broken-truncated.csv", ":3: a quoted field is never closed (is the file cut short?); nothing was written\n"},
        {"broken-delimiter.csv", ":2: 1 fields where the header has 12"},
        {"broken-1e400.csv", ":3: weight_kg: \"1e400\" is out of range; nothing was written\n"},
        {"broken-unknown.csv", ":1: not a format Keel can import"},
        {"walks-no-time.gpx", ":3: track \"Planned route\" has no timestamps"},
    };
    for (const auto& [name, expected] : cases) {
        test::TempDir dir;
        const auto db = dir / "keel.db";
        const auto path = test::exchangeFixture(name).string();
        const auto result = cli(db, {"import", path});
        INFO(name << ": " << result.err);
        CHECK(result.exitCode == 1);
        CHECK(result.err.starts_with("keel-cli: import: " + path + expected));
        CHECK(std::count(result.err.begin(), result.err.end(), '\n') == 1);
        CHECK_FALSE(std::filesystem::exists(db));
    }
    // Into a logbook that holds data: it stays as it was.
    test::TempDir dir;
    const auto db = dir / "keel.db";
    REQUIRE(cli(db,
                {"profile", "set", "--experience", "starting", "--strength-days", "2", "--days", "tue,fri",
                    "--equipment", "none"})
                .exitCode
        == 0);
    REQUIRE(cli(db, {"import", test::exchangeFixture("hevy.csv").string()}).exitCode == 0);
    CHECK(cli(db, {"import", test::exchangeFixture("broken-1e400.csv").string()}).exitCode == 1);
    CHECK(rows(db, "logged_sets") == 10);
}

TEST_CASE("import refuses wrong options with a usage error")
{
    test::TempDir dir;
    const auto fixture = test::exchangeFixture("hevy.csv").string();
    const auto badFormat = cli(dir / "keel.db", {"import", "--format", "csv", fixture});
    CHECK(badFormat.exitCode == 2);
    CHECK(badFormat.err == "keel-cli: --format: \"csv\" is not strong, hevy, fitnotes, gpx or json\n");
    const auto missing = cli(dir / "keel.db", {"import", (dir / "nope.csv").string()});
    CHECK(missing.exitCode == 1);
    CHECK(missing.err.starts_with("keel-cli: import: cannot read " + (dir / "nope.csv").string()));
    CHECK(cli(dir / "keel.db", {"import"}).err == "keel-cli: import: name one file to import\n");
}

TEST_CASE("a name kept as imported can be mapped later, and the mapping is applied to the next import")
{
    test::TempDir dir;
    const auto db = dir / "keel.db";
    REQUIRE(cli(db, {"import", test::exchangeFixture("strong-semicolon-old.csv").string()}).exitCode == 0);
    CHECK(rows(db, "logged_sets WHERE exercise_id = 'imported:kettlebell-swing'") == 2);

    const auto mapped = cli(db, {"import", "--map", "Kettlebell Swing=kettlebell-deadlift"});
    INFO(mapped.err);
    REQUIRE(mapped.exitCode == 0);
    CHECK(mapped.out == "\"Kettlebell Swing\" is kettlebell-deadlift from now on; 2 sets moved.\n");
    CHECK(rows(db, "logged_sets WHERE exercise_id = 'kettlebell-deadlift'") == 2);
    CHECK(rows(db, "imported_exercises") == 0);

    // The next export with that name lands on the mapped exercise, and nothing is added twice.
    std::string newer = test::fixtureText("strong-semicolon-old.csv");
    newer += "2025-11-07 06:40:00;Full body;KETTLEBELL swing;1;20;kg;12;;;;;;\n";
    test::writeFile(dir / "newer.csv", newer);
    const auto next = cli(db, {"import", "--json", (dir / "newer.csv").string()});
    REQUIRE(next.exitCode == 0);
    const json out = json::parse(next.out);
    CHECK(out["preview"]["unmatched"].empty());
    CHECK(out["written"]["sets_added"] == 1);
    CHECK(rows(db, "logged_sets WHERE exercise_id = 'kettlebell-deadlift'") == 3);
    CHECK(rows(db, "imported_exercises") == 0);

    // A mapping given with a file applies to that import and is remembered.
    const auto other = dir / "other.db";
    const auto withFile = cli(other,
        {"import", "--json", "--map", "Squat (Barbell)=front-squat",
            test::exchangeFixture("strong-comma.csv").string()});
    REQUIRE(withFile.exitCode == 0);
    // Only the timed farmer's walk stays apart: Keel's carry is measured in metres.
    REQUIRE(json::parse(withFile.out)["preview"]["unmatched"].size() == 1);
    CHECK(json::parse(withFile.out)["preview"]["unmatched"][0]["name"] == "Farmer's Walk");
    CHECK(rows(other, "exercise_mappings WHERE source_name = 'squat barbell' AND exercise_id = 'front-squat'") == 1);

    const auto unknown = cli(db, {"import", "--map", "Kettlebell Swing=kettlebell-swingg"});
    CHECK(unknown.exitCode == 2);
    CHECK(unknown.err.starts_with("keel-cli: --map: unknown exercise \"kettlebell-swingg\""));
    CHECK(cli(db, {"import", "--map", "no-equals-sign"}).err
        == "keel-cli: --map: \"no-equals-sign\" is not NAME=EXERCISE-ID\n");
}

TEST_CASE("progress shows an imported exercise under its imported name")
{
    test::TempDir dir;
    const auto db = dir / "keel.db";
    REQUIRE(cli(db,
                {"profile", "set", "--experience", "starting", "--strength-days", "2", "--days", "tue,fri",
                    "--equipment", "none"})
                .exitCode
        == 0);
    REQUIRE(cli(db, {"import", test::exchangeFixture("hevy.csv").string()}).exitCode == 0);

    const auto text = cli(db, {"progress", "--exercise", "imported:ab-wheel"});
    INFO(text.err);
    REQUIRE(text.exitCode == 0);
    CHECK(text.out.starts_with("Ab Wheel (imported, not in the catalog):\n"));
    CHECK(
        text.out.find("  Best reps: 10 reps on 2026-04-09, best 10 reps on 2026-04-09 (1 day)\n") != std::string::npos);

    const auto machine = cli(db, {"progress", "--exercise", "imported:ab-wheel", "--json"});
    REQUIRE(machine.exitCode == 0);
    const json out = json::parse(machine.out);
    const auto chart = std::find_if(
        out["charts"].begin(), out["charts"].end(), [](const json& entry) { return entry["id"] == "exercise"; });
    REQUIRE(chart != out["charts"].end());
    CHECK((*chart)["title"] == "Ab Wheel");
    CHECK(out["states"].empty());

    const auto unknown = cli(db, {"progress", "--exercise", "imported:cable-crunch"});
    CHECK(unknown.exitCode != 0);
    CHECK(unknown.err.find("no imported exercise \"imported:cable-crunch\"") != std::string::npos);
}
