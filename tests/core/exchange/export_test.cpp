// SPDX-License-Identifier: GPL-3.0-or-later
// keel-cli export: the CSV a spreadsheet opens (formula cells escaped, units in the header), the
// JSON backup that restores byte for byte, and the calendar a real iCalendar parser accepts.
#include "core/exchange/csvexporter.h"
#include "core/exchange/exchangeerror.h"
#include "core/exchange/icswriter.h"
#include "core/exchange/jsonbackup.h"
#include "core/store/database.h"
#include "core/store/importrepository.h"
#include "core/store/storeerror.h"

#include "exchangetestsupport.h"

#include <SQLiteCpp/Database.h>
#include <catch2/catch.hpp>
#include <cstdlib>
#include <nlohmann/json.hpp>

using namespace keel;
using core::CsvExporter;
using core::IcsWriter;
using nlohmann::json;

namespace {

test::CliResult cli(const std::filesystem::path& db, std::vector<std::string> args)
{
    args.insert(args.begin(), {"--db", db.string(), "--today", "2026-04-06"});
    return test::runCli(args);
}

void ok(const test::CliResult& result)
{
    INFO(result.err);
    REQUIRE(result.exitCode == 0);
}

/// A database with something in every table a backup holds.
void fillLogbook(const std::filesystem::path& db)
{
    ok(cli(db, {"profile", "set", "--units", "kg", "--days", "mon,wed,fri"}));
    ok(cli(db, {"plan", "generate", "--weeks", "2", "--seed", "7"}));
    ok(cli(db,
        {"log", "set", "--exercise", "goblet-squat", "--reps", "10", "--load", "12.5", "--rpe", "7", "--note",
            "=1+1, \"quoted\""}));
    ok(cli(db, {"log", "walk", "--minutes", "25", "--km", "2.3", "--pain", "1"}));
    ok(cli(db, {"log", "checkin", "--pain", "2"}));
    ok(cli(db, {"import", test::exchangeFixture("strong-semicolon-old.csv").string()}));
}

} // namespace

TEST_CASE("CSV cells that a spreadsheet would run as formulas are escaped")
{
    CHECK(CsvExporter::cell("=HYPERLINK(\"x\")") == "\"'=HYPERLINK(\"\"x\"\")\"");
    CHECK(CsvExporter::cell("+1") == "'+1");
    CHECK(CsvExporter::cell("-2") == "'-2");
    CHECK(CsvExporter::cell("@SUM(A1)") == "'@SUM(A1)");
    CHECK(CsvExporter::cell("\tx") == "'\tx");
    CHECK(CsvExporter::cell("\rx") == "\"'\rx\"");
    CHECK(CsvExporter::cell("a, b") == "\"a, b\"");
    CHECK(CsvExporter::cell("two\nlines") == "\"two\nlines\"");
    CHECK(CsvExporter::cell("plain") == "plain");
    CHECK(CsvExporter::cell("") == "");
    CHECK(CsvExporter::number(12.5) == "12.5");
    CHECK(CsvExporter::number(15.87573295) == "15.87573295");
}

TEST_CASE("export csv writes the logbook with units in the header")
{
    test::TempDir dir;
    const auto db = dir / "keel.db";
    fillLogbook(db);
    const auto out = dir / "logbook.csv";
    ok(cli(db, {"export", "csv", "--out", out.string()}));
    const std::string text = test::readFile(out);
    CHECK(text.starts_with("\xEF\xBB\xBF"
                           "kind,date,exercise_id,exercise,warm_up,reps,load (kg),time (s),distance (m),walk (min),"
                           "rpe (1-10),pain (0-10),note\r\n"));
    CHECK(text.find("set,2026-04-06,goblet-squat,Goblet squat,0,10,12.5,,,,7,,\"'=1+1, \"\"quoted\"\"\"\r\n")
        != std::string::npos);
    CHECK(
        text.find("set,2025-11-03,imported:kettlebell-swing,Kettlebell Swing,0,15,16,,,,,,\r\n") != std::string::npos);
    CHECK(text.find("walk,2026-04-06,,,,,,,2300,25,,1,\r\n") != std::string::npos);
    CHECK(text.find("checkin,2026-04-06,,,,,,,,,,2,\r\n") != std::string::npos);
    CHECK(std::count(text.begin(), text.end(), '\n') == 1 + 5 + 1 + 1);
    CHECK_FALSE(std::filesystem::exists(out.string() + ".part"));
}

TEST_CASE("export json into a fresh database restores it exactly, and exporting again gives the same bytes")
{
    test::TempDir dir;
    const auto db = dir / "keel.db";
    fillLogbook(db);
    const auto backup = dir / "backup.json";
    ok(cli(db, {"export", "json", "--out", backup.string()}));
    const std::string first = test::readFile(backup);
    const json document = json::parse(first);
    CHECK(document["format"] == "keel-backup");
    CHECK(document["format_version"] == 1);
    CHECK(document["tables"]["profile"].size() == 1);
    CHECK_FALSE(document["tables"]["planned_items"].empty());
    CHECK_FALSE(document["tables"]["progression_state"].empty());
    CHECK(document["tables"]["logged_sets"].size() == 4); // the imported walk is a walk
    CHECK(document["tables"]["walks"].size() == 2);
    CHECK(document["tables"]["imported_exercises"].size() == 1);

    const auto fresh = dir / "fresh.db";
    const auto restored = cli(fresh, {"import", backup.string()});
    ok(restored);
    CHECK(restored.out.ends_with("Restored.\n"));
    const auto again = cli(fresh, {"export", "json"});
    ok(again);
    CHECK(again.out == first);
    // What the user sees is the same too.
    CHECK(cli(fresh, {"history", "--json"}).out == cli(db, {"history", "--json"}).out);
    CHECK(cli(fresh, {"plan", "show", "--json"}).out == cli(db, {"plan", "show", "--json"}).out);
}

TEST_CASE("a backup is refused by a database that holds data, unless told to merge")
{
    test::TempDir dir;
    const auto db = dir / "keel.db";
    fillLogbook(db);
    const auto backup = dir / "backup.json";
    ok(cli(db, {"export", "json", "--out", backup.string()}));

    const auto other = dir / "other.db";
    ok(cli(other, {"log", "set", "--exercise", "plank", "--seconds", "30", "--date", "2026-01-01"}));
    const auto refused = cli(other, {"import", backup.string()});
    CHECK(refused.exitCode == 1);
    CHECK(refused.err
        == "keel-cli: import: " + backup.string()
            + ": the database already holds data; restore into a new database (--db NEW.db), or add --merge to "
              "add this backup's sets, walks and check-ins to it; nothing was written\n");

    // A profile alone is data too: a restore would overwrite it.
    const auto profileOnly = dir / "profile-only.db";
    ok(cli(profileOnly, {"profile", "set", "--units", "lb"}));
    CHECK(cli(profileOnly, {"import", backup.string()}).err.find("already holds data") != std::string::npos);

    const auto merged = cli(other, {"import", "--merge", "--json", backup.string()});
    ok(merged);
    CHECK(json::parse(merged.out)["sets_added"] == 4);
    CHECK(json::parse(merged.out)["walks_added"] == 2);
    CHECK(json::parse(merged.out)["checkins_added"] == 1);
    const auto twice = cli(other, {"import", "--merge", "--json", backup.string()});
    ok(twice);
    CHECK(json::parse(twice.out)["sets_added"] == 0);
    SQLite::Database raw(other);
    CHECK(raw.execAndGet("SELECT count(*) FROM logged_sets").getInt() == 5);
    CHECK(raw.execAndGet("SELECT count(*) FROM plan_weeks").getInt() == 0);
}

TEST_CASE("a broken backup is refused with its line")
{
    test::TempDir dir;
    test::writeFile(dir / "cut.json", "{\n \"format\": \"keel-backup\",\n \"tables\": {\n");
    const auto cut = cli(dir / "keel.db", {"import", (dir / "cut.json").string()});
    CHECK(cut.exitCode == 1);
    CHECK(cut.err.starts_with("keel-cli: import: " + (dir / "cut.json").string() + ":4: not valid JSON"));
    test::writeFile(dir / "newer.json", R"({"format": "keel-backup", "format_version": 9, "tables": {}})");
    CHECK(cli(dir / "keel.db", {"import", (dir / "newer.json").string()}).err.find("format_version 9 is newer")
        != std::string::npos);
    test::writeFile(dir / "bad.json",
        R"({"format": "keel-backup", "format_version": 1, "tables": {"logged_sets": [{"date": "2026-01-01", "exercise_id": "plank", "reps": 5000}]}})");
    const auto bad = cli(dir / "keel.db", {"import", (dir / "bad.json").string()});
    CHECK(bad.exitCode == 1);
    CHECK(bad.err.find("table logged_sets, row 1") != std::string::npos);
    SQLite::Database raw(dir / "keel.db");
    CHECK(raw.execAndGet("SELECT count(*) FROM logged_sets").getInt() == 0);
}

TEST_CASE("a backup whose format is not text is refused as not a backup")
{
    // Found by tests/fuzz (jsonbackup): nlohmann's type_error escaped instead of a Keel error.
    for (const char* text : {R"({"format": {}})", R"({"format": 1, "tables": {}})", R"({"format": null})"}) {
        INFO(text);
        CHECK_THROWS_AS(core::JsonBackup::inspect(text), core::ExchangeError);
        CHECK_THROWS_WITH(core::JsonBackup::inspect(text), "not a Keel backup: \"format\" is not \"keel-backup\"");
    }
}

TEST_CASE("a backup row without columns is refused as the backup's fault")
{
    // Found by the property in tests/fuzz/jsonbackup_fuzz.cpp: the empty row became an SQL syntax
    // error reported against the database ("the database: near \")\": syntax error").
    const auto db = core::Database::openInMemory();
    try {
        core::JsonBackup::restore(
            *db, R"({"format": "keel-backup", "format_version": 1, "tables": {"walks": [{}]}})", false);
        FAIL("the empty row was restored");
    } catch (const core::StoreError& error) {
        CHECK(error.status() == core::StoreStatus::InvalidInput);
        CHECK(std::string(error.what()) == "table walks, row 1 has no columns; nothing was restored");
    }
}

TEST_CASE("a backup number too large for its field is refused, not wrapped")
{
    // nlohmann's get<int>() wraps: a merge stored 4294967306 reps as 10, and format_version
    // 4294967297 read as 1.
    const auto db = core::Database::openInMemory();
    CHECK_THROWS_WITH(core::JsonBackup::restore(*db,
                          R"({"format": "keel-backup", "format_version": 1, "tables": {"logged_sets": [)"
                          R"({"date": "2026-03-01", "exercise_id": "plank", "reps": 4294967306}]}})",
                          true),
        "logged_sets row 1 has a reps of 4294967306, out of range");
    CHECK(core::ImportRepository(*db).logbookEmpty());
    CHECK_THROWS_WITH(
        core::JsonBackup::inspect(R"({"format": "keel-backup", "format_version": 4294967297, "tables": {}})"),
        "the backup's format_version 4294967297 is newer than this Keel reads (1); update Keel");
    try {
        core::JsonBackup::restore(*db,
            R"({"format": "keel-backup", "format_version": 1, "tables": {"checkins": [)"
            R"({"id": 18446744073709551615, "date": "2026-03-01", "pain": 2}]}})",
            false);
        FAIL("an id beyond 64 bits was restored");
    } catch (const core::StoreError& error) {
        CHECK(error.status() == core::StoreStatus::InvalidInput);
        CHECK(std::string(error.what()).find("holds 18446744073709551615, too large") != std::string::npos);
    }
}

TEST_CASE("iCalendar lines are escaped and folded at 75 octets without splitting a character")
{
    CHECK(IcsWriter::escape("a,b;c\\d\ne") == "a\\,b\\;c\\\\d\\ne");
    const std::string longLine = "DESCRIPTION:" + std::string(100, 'x');
    const std::string folded = IcsWriter::fold(longLine);
    CHECK(folded == "DESCRIPTION:" + std::string(63, 'x') + "\r\n " + std::string(37, 'x') + "\r\n");
    // 73 ASCII octets, then "×" (2 octets) fits exactly; the next one moves to the next line whole.
    const std::string wide = std::string(73, 'a') + "\xC3\x97\xC3\x97";
    CHECK(IcsWriter::fold(wide) == std::string(73, 'a') + "\xC3\x97\r\n \xC3\x97\r\n");
}

TEST_CASE("export ics passes a real iCalendar parser, with stable UIDs and the doses in the description")
{
    test::TempDir dir;
    const auto db = dir / "keel.db";
    ok(cli(db, {"profile", "set", "--days", "mon,wed,fri", "--minutes", "35"}));
    ok(cli(db, {"plan", "generate", "--weeks", "2", "--seed", "7"}));
    const auto first = dir / "plan.ics";
    ok(cli(db, {"export", "ics", "--weeks", "2", "--out", first.string()}));

    const auto validated = dir / "events.txt";
    const std::string command = "/usr/bin/python3 '" KEEL_SOURCE_DIR "/tests/core/exchange/icsvalidate.py' '"
        + first.string() + "' >'" + validated.string() + "' 2>&1";
    const int status = std::system(command.c_str());
    const std::string events = test::readFile(validated);
    INFO(events);
    REQUIRE(status == 0);
    // Every UID carries the logbook's database id, so two logbooks' calendars never collide.
    std::string databaseId;
    {
        SQLite::Database sql(db.string(), SQLite::OPEN_READONLY);
        databaseId = sql.execAndGet("SELECT value FROM meta WHERE key = 'database_id'").getString();
    }
    REQUIRE_FALSE(databaseId.empty());
    CHECK(events.find("20260406-strength@" + databaseId + ".keel.plan|2026-04-06|Keel: strength|[ ] ")
        != std::string::npos);
    CHECK(events.find("20260419-") != std::string::npos);
    CHECK(events.find("20260420-") == std::string::npos);
    CHECK(events.find(" × ") != std::string::npos);

    // A regenerated plan keeps the UID of every session on the same date and of the same kind, so a
    // calendar updates those events instead of adding copies.
    ok(cli(db, {"plan", "generate", "--weeks", "2", "--seed", "8"}));
    const auto second = dir / "plan2.ics";
    ok(cli(db, {"export", "ics", "--weeks", "2", "--out", second.string(), "--time", "07:30"}));
    auto uids = [](const std::string& text) {
        std::vector<std::string> found;
        for (std::size_t at = text.find("UID:"); at != std::string::npos; at = text.find("UID:", at + 1))
            found.push_back(text.substr(at, text.find("\r\n", at) - at));
        return found;
    };
    const std::string secondText = test::readFile(second);
    const auto before = uids(test::readFile(first));
    const auto after = uids(secondText);
    CHECK(after.size() >= before.size() - 2);
    for (const std::string& uid : after)
        CHECK(std::find(before.begin(), before.end(), uid) != before.end());
    CHECK(secondText.find("DTSTART:20260406T073000\r\nDURATION:PT35M\r\n") != std::string::npos);

    // A second logbook with the same plan days: the same dates and kinds, none of the same UIDs.
    const auto other = dir / "other.db";
    ok(cli(other, {"profile", "set", "--days", "mon,wed,fri", "--minutes", "35"}));
    ok(cli(other, {"plan", "generate", "--weeks", "2", "--seed", "7"}));
    const auto third = dir / "other.ics";
    ok(cli(other, {"export", "ics", "--weeks", "2", "--out", third.string()}));
    const auto otherUids = uids(test::readFile(third));
    REQUIRE_FALSE(otherUids.empty());
    for (const std::string& uid : otherUids)
        CHECK(std::find(before.begin(), before.end(), uid) == before.end());
}

TEST_CASE("a backup carries the user's catalog.d files and restores them beside the new database")
{
    test::TempDir dir;
    std::filesystem::create_directories(dir / "a" / "catalog.d");
    std::filesystem::create_directories(dir / "b");
    std::filesystem::create_directories(dir / "c" / "catalog.d");
    const auto db = dir / "a" / "keel.db";
    ok(cli(db, {"profile", "set", "--units", "kg", "--days", "mon,wed,fri"}));
    const std::string mine = "{\n  \"exercises\": []\n}\n";
    test::writeFile(dir / "a" / "catalog.d" / "mine.json", mine);
    test::writeFile(dir / "a" / "catalog.d" / "notes.txt", "not a catalog file");
    const auto backup = dir / "backup.json";
    ok(cli(db, {"export", "json", "--out", backup.string()}));
    const json document = json::parse(test::readFile(backup));
    REQUIRE(document.contains("catalog_files"));
    CHECK(document["catalog_files"] == json {{"mine.json", mine}});

    const auto restored = cli(dir / "b" / "keel.db", {"import", backup.string()});
    ok(restored);
    CHECK(restored.out.find("catalog.d/mine.json (restored)") != std::string::npos);
    CHECK(test::readFile(dir / "b" / "catalog.d" / "mine.json") == mine);
    CHECK_FALSE(std::filesystem::exists(dir / "b" / "catalog.d" / "notes.txt"));

    // A file of the same name is never overwritten: the restore is refused naming it, nothing written.
    test::writeFile(dir / "c" / "catalog.d" / "mine.json", "{}");
    const auto refused = cli(dir / "c" / "keel.db", {"import", backup.string()});
    CHECK(refused.exitCode != 0);
    CHECK(refused.err.find("mine.json") != std::string::npos);
    CHECK(refused.err.find("already exists") != std::string::npos);
    CHECK(test::readFile(dir / "c" / "catalog.d" / "mine.json") == "{}");
    std::filesystem::remove(dir / "c" / "catalog.d" / "mine.json");
    ok(cli(dir / "c" / "keel.db", {"import", backup.string()}));

    // A backup naming a file outside catalog.d is refused before anything is written.
    json escaping = document;
    escaping["catalog_files"] = json {{"../evil.json", "{}"}};
    test::writeFile(dir / "escaping.json", escaping.dump());
    const auto evil = cli(dir / "b" / "other.db", {"import", (dir / "escaping.json").string()});
    CHECK(evil.exitCode != 0);
    CHECK(evil.err.find("not a plain NAME.json") != std::string::npos);
    CHECK_FALSE(std::filesystem::exists(dir / "b" / "evil.json"));
}
