// SPDX-License-Identifier: GPL-3.0-or-later
// The store's keel-cli verbs, run as a user would: profile, log, history, backup, check.
#include "core/store/backupfile.h"
#include "core/store/backupmanager.h"
#include "core/store/database.h"
#include "support/tempdir.h"

#include "storetestsupport.h"

#include <SQLiteCpp/Database.h>
#include <algorithm>
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>
#include <sys/stat.h>

using namespace keel;
using nlohmann::json;
using test::runCli;

namespace {

/// keel-cli with --db and a fixed --today in front of `args`.
test::CliResult cli(const std::filesystem::path& db, std::vector<std::string> args)
{
    args.insert(args.begin(), {"--db", db.string(), "--today", "2026-03-02"});
    return runCli(args);
}

int rows(const std::filesystem::path& db, const char* table)
{
    if (!std::filesystem::exists(db))
        return 0;
    SQLite::Database raw(db);
    return raw.execAndGet(std::string("SELECT count(*) FROM ") + table).getInt();
}

bool oneLine(const std::string& text)
{
    return !text.empty() && text.find('\n') == text.size() - 1;
}

} // namespace

TEST_CASE("history --records lists each exercise's bests with the day each was reached")
{
    test::TempDir dir;
    const auto db = dir / "keel.db";
    const auto log = [&](std::vector<std::string> args) {
        args.insert(args.begin(), "log");
        const auto result = cli(db, args);
        INFO(result.err);
        REQUIRE(result.exitCode == 0);
    };
    CHECK(cli(db, {"history", "--records"}).out == "No records yet: log a few sessions first.\n");
    log({"set", "--exercise", "goblet-squat", "--reps", "10", "--load", "12", "--date", "2026-02-20"});
    log({"set", "--exercise", "goblet-squat", "--reps", "8", "--load", "14", "--date", "2026-02-25"});
    log({"set", "--exercise", "side-plank", "--seconds", "35", "--date", "2026-02-25"});
    log({"walk", "--minutes", "40", "--date", "2026-02-27"});

    const auto text = cli(db, {"history", "--records"});
    INFO(text.err);
    REQUIRE(text.exitCode == 0);
    CHECK(text.out
        == "Personal records (warm-ups left out; 1RM estimated by Epley, load × (1 + reps / 30)):\n"
           "  goblet-squat: heaviest 14 kg × 8 (2026-02-25), 1RM 17.73 kg (2026-02-25)\n"
           "  side-plank: longest hold 35 s (2026-02-25)\n"
           "  walking: longest walk 40 min (2026-02-27)\n");

    const auto machine = cli(db, {"history", "--records", "--json"});
    REQUIRE(machine.exitCode == 0);
    const json out = json::parse(machine.out);
    REQUIRE(out["records"].size() == 2);
    CHECK(out["records"][0]["exercise"] == "goblet-squat");
    CHECK(out["records"][0]["heaviest_kg"] == 14.0);
    CHECK(out["records"][0]["heaviest_reps"] == 8);
    CHECK(out["records"][0]["heaviest_on"] == "2026-02-25");
    CHECK(out["records"][1]["longest_hold_seconds"] == 35);
    CHECK(out["records"][1]["heaviest_kg"].is_null());
    CHECK(out["longest_walk"] == json {{"minutes", 40}, {"date", "2026-02-27"}});

    const auto ranged = cli(db, {"history", "--records", "--from", "2026-02-01"});
    CHECK(ranged.exitCode != 0);
    CHECK(oneLine(ranged.err));
    CHECK(ranged.err.find("leave out --from and --to") != std::string::npos);
}

TEST_CASE("log set prints the new id and history --json shows it")
{
    test::TempDir dir;
    const auto db = dir / "keel.db";
    const auto logged = cli(db, {"log", "set", "--exercise", "goblet-squat", "--reps", "10", "--load", "12"});
    INFO(logged.err);
    REQUIRE(logged.exitCode == 0);
    const std::int64_t id = std::stoll(logged.out);
    CHECK(logged.out == std::to_string(id) + "\n");

    const auto history = cli(db, {"history", "--json"});
    REQUIRE(history.exitCode == 0);
    const json expected
        = {{"sets",
               {{{"id", id}, {"date", "2026-03-02"}, {"exercise", "goblet-squat"}, {"reps", 10}, {"load_kg", 12.0},
                   {"seconds", nullptr}, {"meters", nullptr}, {"rpe", nullptr}, {"pain", nullptr}, {"note", ""}}}},
            {"walks", json::array()}, {"checkins", json::array()}};
    CHECK(json::parse(history.out) == expected);
}

TEST_CASE("walks and check-ins are logged and appear in history with their units")
{
    test::TempDir dir;
    const auto db = dir / "keel.db";
    const auto walk = cli(db, {"log", "walk", "--minutes", "30", "--km", "2.5", "--pain", "1", "--date", "2026-03-01"});
    INFO(walk.err);
    REQUIRE(walk.exitCode == 0);
    const auto checkIn = cli(db, {"log", "checkin", "--pain", "3"});
    REQUIRE(checkIn.exitCode == 0);
    CHECK(std::stoll(checkIn.out) > 0);
    REQUIRE(cli(db,
                {"log", "set", "--exercise", "goblet-squat", "--reps", "8", "--rpe", "7", "--pain", "2", "--note",
                    "easy", "--date", "2026-02-20"})
                .exitCode
        == 0);

    const json all = json::parse(cli(db, {"history", "--json"}).out);
    REQUIRE(all["walks"].size() == 1);
    CHECK(all["walks"][0]["minutes"] == 30);
    CHECK(all["walks"][0]["km"] == 2.5);
    CHECK(all["walks"][0]["date"] == "2026-03-01");
    CHECK(all["walks"][0]["pain"] == 1);
    CHECK(all["checkins"] == json::parse(R"([{"date":"2026-03-02","pain":3}])"));
    CHECK(all["sets"][0]["rpe"] == 7);

    const json march = json::parse(cli(db, {"history", "--from", "2026-03-01", "--to", "2026-03-31", "--json"}).out);
    CHECK(march["sets"].empty());
    CHECK(march["walks"].size() == 1);

    const auto text = cli(db, {"history"});
    CHECK(text.exitCode == 0);
    CHECK_THAT(text.out, Catch::Contains("goblet-squat") && Catch::Contains("30 min") && Catch::Contains("2.5 km"));
}

TEST_CASE("each bad input gets one line naming the field and value, a non-zero exit, and no row")
{
    test::TempDir dir;
    const auto db = dir / "keel.db";
    struct Case {
        std::vector<std::string> args;
        std::vector<std::string> mentions;
    };
    const std::vector<Case> cases = {
        {{"log", "set", "--exercise", "moon-squat", "--reps", "10"}, {"exercise", "moon-squat"}},
        {{"log", "set", "--exercise", "goblet-squat", "--reps", "1001"}, {"reps", "1001"}},
        {{"log", "set", "--exercise", "goblet-squat", "--reps", "-1"}, {"reps", "-1"}},
        {{"log", "set", "--exercise", "goblet-squat", "--reps", "ten"}, {"reps", "ten"}},
        {{"log", "set", "--exercise", "goblet-squat", "--reps", "5", "--load", "1000.5"}, {"load", "1000.5"}},
        {{"log", "set", "--exercise", "goblet-squat", "--reps", "5", "--load", "-2"}, {"load", "-2"}},
        {{"log", "set", "--exercise", "goblet-squat", "--reps", "5", "--rpe", "11"}, {"rpe", "11"}},
        {{"log", "set", "--exercise", "goblet-squat", "--reps", "5", "--rpe", "0"}, {"rpe", "0"}},
        {{"log", "set", "--exercise", "goblet-squat", "--reps", "5", "--pain", "11"}, {"pain", "11"}},
        {{"log", "set", "--exercise", "goblet-squat", "--seconds", "90000"}, {"seconds", "90000"}},
        {{"log", "set", "--exercise", "goblet-squat", "--reps", "5", "--date", "2026-02-30"}, {"date", "2026-02-30"}},
        {{"log", "set", "--exercise", "goblet-squat", "--reps", "5", "--date", "yesterday"}, {"date", "yesterday"}},
        {{"log", "set", "--exercise", "goblet-squat", "--reps", "5", "--note", std::string(2001, 'x')},
            {"note", "2001"}},
        {{"log", "set", "--exercise", "goblet-squat", "--reps", "5", "--note", "bad \xFF byte"}, {"note", "UTF-8"}},
        {{"log", "set", "--exercise", "goblet-squat", "--reps", "5", "--note", "red \x1B[31m"}, {"note", "U+001B"}},
        {{"log", "walk", "--minutes", "20", "--note", "two\nlines"}, {"note", "U+000A"}},
        {{"log", "set", "--exercise", "goblet-squat", "--reps", "5", "--load", "0x10"}, {"load", "0x10", "decimal"}},
        {{"log", "set", "--exercise", "goblet-squat", "--reps", "5", "--load", "0x1p3"}, {"load", "0x1p3"}},
        {{"log", "set", "--exercise", "goblet-squat", "--reps", "5", "--load", "1e1"}, {"load", "1e1"}},
        {{"log", "set", "--exercise", "goblet-squat", "--reps", "5", "--load", "inf"}, {"load", "inf"}},
        {{"log", "set", "--exercise", "goblet-squat", "--reps", "5", "--load", "12,5"}, {"load", "12,5"}},
        {{"log", "set", "--exercise", "goblet-squat", "--reps", "5", "--reps", "6"}, {"reps", "twice"}},
        {{"log", "set", "--exercise=goblet-squat", "--reps=5", "--json=yes"},
            {"unknown option --json", "log set --help"}},
        {{"log", "set", "--exercise", "moon\x1B[2J", "--reps", "5"}, {"exercise", "\\x1B[2J"}},
        {{"log", "walk", "--minutes", "0"}, {"minutes", "0"}},
        {{"log", "walk", "--minutes", "1441"}, {"minutes", "1441"}},
        {{"log", "walk", "--minutes", "20", "--km", "-1"}, {"km", "-1"}},
        {{"log", "walk", "--minutes", "20", "--pain", "12"}, {"pain", "12"}},
        {{"log", "checkin", "--pain", "-1"}, {"pain", "-1"}},
        {{"log", "checkin", "--pain", "3", "--date", "2026-13-01"}, {"date", "2026-13-01"}},
        // What makes no sense for the exercise, or a day that has not come (today is 2026-03-02).
        {{"log", "set", "--exercise", "glute-bridge", "--seconds", "30"},
            {"seconds 30", "Glute bridge is measured in reps, not seconds"}},
        {{"log", "set", "--exercise", "goblet-squat", "--reps", "0"}, {"reps 0", "at least 1 rep"}},
        {{"log", "set", "--exercise", "wall-sit", "--reps", "10"}, {"reps 10", "seconds held"}},
        {{"log", "set", "--exercise", "farmer-carry", "--seconds", "40", "--reps", "2"}, {"reps 2", "metres carried"}},
        {{"log", "set", "--exercise", "farmer-carry", "--load", "12", "--seconds", "40"},
            {"metres missing", "Farmer carry"}},
        {{"log", "set", "--exercise", "brisk-walk", "--reps", "10"}, {"brisk-walk", "log it as a walk"}},
        {{"log", "set", "--exercise", "goblet-squat", "--reps", "5", "--date", "2031-01-01"},
            {"date 2031-01-01", "up to tomorrow (2026-03-03)"}},
        {{"log", "walk", "--minutes", "20", "--date", "2026-03-04"}, {"date 2026-03-04", "tomorrow"}},
        {{"log", "checkin", "--pain", "3", "--date", "2027-03-02"}, {"date 2027-03-02", "tomorrow"}},
    };
    for (const Case& item : cases) {
        std::string shown;
        for (const std::string& arg : item.args)
            shown += arg.substr(0, 40) + " ";
        INFO(shown);
        const auto result = cli(db, item.args);
        INFO(result.err);
        CHECK(result.exitCode != 0);
        CHECK(result.out.empty());
        CHECK(oneLine(result.err));
        for (const std::string& mention : item.mentions)
            CHECK_THAT(result.err, Catch::Contains(mention));
    }
    CHECK(rows(db, "logged_sets") == 0);
    CHECK(rows(db, "walks") == 0);
    CHECK(rows(db, "checkins") == 0);
}

TEST_CASE("a set that fits its exercise, and an entry for tomorrow, are logged")
{
    test::TempDir dir;
    const auto db = dir / "keel.db";
    CHECK(cli(db, {"log", "set", "--exercise", "wall-sit", "--seconds", "30"}).exitCode == 0);
    CHECK(cli(db, {"log", "set", "--exercise", "farmer-carry", "--meters", "30", "--seconds", "25", "--load", "12"})
              .exitCode
        == 0);
    CHECK(cli(db, {"log", "set", "--exercise", "goblet-squat", "--reps", "1", "--date", "2026-03-03"}).exitCode == 0);
    CHECK(cli(db, {"log", "checkin", "--pain", "2", "--date", "2026-03-03"}).exitCode == 0);
    CHECK(rows(db, "logged_sets") == 3);
    CHECK(rows(db, "checkins") == 1);
}

TEST_CASE("a database path in a missing folder is refused with one line naming it")
{
    test::TempDir dir;
    const auto db = dir / "no-such-folder" / "keel.db";
    const auto result = cli(db, {"log", "set", "--exercise", "goblet-squat", "--reps", "10"});
    CHECK(result.exitCode != 0);
    CHECK(oneLine(result.err));
    CHECK_THAT(result.err, Catch::Contains("no-such-folder") && Catch::Contains("does not exist"));
    CHECK_FALSE(std::filesystem::exists(dir / "no-such-folder"));
}

TEST_CASE("refused databases are reported and left alone")
{
    test::TempDir dir;
    const auto foreign = dir / "other.db";
    test::writeForeignDatabase(foreign, 0x11223344, 1);
    const std::string before = test::readFile(foreign);
    const auto result = cli(foreign, {"log", "set", "--exercise", "goblet-squat", "--reps", "10"});
    CHECK(result.exitCode != 0);
    CHECK(oneLine(result.err));
    CHECK_THAT(result.err, Catch::Contains("not a Keel database"));
    CHECK(test::readFile(foreign) == before);

    const auto garbage = dir / "garbage.db";
    test::writeFile(garbage, std::string(8192, 'g'));
    const auto damaged = cli(garbage, {"history"});
    CHECK(damaged.exitCode != 0);
    CHECK(oneLine(damaged.err));
    CHECK_THAT(damaged.err, Catch::Contains("damaged") && Catch::Contains("no backup is offered"));
}

TEST_CASE("profile set keeps unspecified fields and profile show reads them back")
{
    test::TempDir dir;
    const auto db = dir / "keel.db";
    const auto before = json::parse(cli(db, {"profile", "show", "--json"}).out);
    CHECK(before["saved"] == false);

    auto set = cli(db,
        {"profile", "set", "--experience", "returning", "--strength-days", "3", "--days", "mon,wed,fri", "--equipment",
            "dumbbell,kettlebell", "--minutes", "45", "--walk-baseline", "15", "--units", "lb"});
    INFO(set.err);
    REQUIRE(set.exitCode == 0);
    set = cli(db,
        {"profile", "set", "--minutes", "30", "--week-start", "sun", "--recovery-every", "4", "--rest-seconds", "120"});
    REQUIRE(set.exitCode == 0);

    const json shown = json::parse(cli(db, {"profile", "show", "--json"}).out);
    CHECK(shown["saved"] == true);
    CHECK(shown["experience"] == "returning");
    CHECK(shown["strength_days"] == 3);
    CHECK(shown["days"] == json::parse(R"(["mon","wed","fri"])"));
    CHECK(shown["equipment"] == json::parse(R"(["dumbbell","kettlebell"])"));
    CHECK(shown["minutes"] == 30);
    CHECK(shown["walk_baseline"] == 15);
    CHECK(shown["units"] == "lb");
    CHECK(shown["week_start"] == "sun");
    CHECK(shown["recovery_every"] == 4);
    CHECK(shown["rest_seconds"] == 120);

    REQUIRE(cli(db, {"profile", "set", "--equipment", "none"}).exitCode == 0);
    CHECK(json::parse(cli(db, {"profile", "show", "--json"}).out)["equipment"].empty());
    CHECK_THAT(cli(db, {"profile", "show"}).out, Catch::Contains("returning"));

    for (const auto& args : std::vector<std::vector<std::string>> {{"profile", "set", "--strength-days", "5"},
             {"profile", "set", "--days", "mon,funday"}, {"profile", "set", "--equipment", "jetpack"},
             {"profile", "set", "--units", "stone"}, {"profile", "set", "--experience", "guru"}}) {
        const auto bad = cli(db, args);
        INFO(args[2] << " " << args[3]);
        CHECK(bad.exitCode != 0);
        CHECK(oneLine(bad.err));
        CHECK_THAT(bad.err, Catch::Contains(args[2]));
    }
    CHECK(json::parse(cli(db, {"profile", "show", "--json"}).out)["strength_days"] == 3);
}

TEST_CASE("profile set records the weights owned in the profile's units, and refuses what cannot be")
{
    test::TempDir dir;
    const auto db = dir / "keel.db";
    // A first profile in pounds starts from pound weights; the options are read in pounds too.
    auto set = cli(db,
        {"profile", "set", "--units", "lb", "--equipment", "dumbbell,kettlebell", "--heaviest-dumbbell", "35",
            "--kettlebell-step", "10"});
    INFO(set.err);
    REQUIRE(set.exitCode == 0);
    json weights = json::parse(cli(db, {"profile", "show", "--json"}).out)["weights"];
    CHECK(weights["units"] == "lb");
    CHECK(weights["heaviest_dumbbell"] == 35.0);
    CHECK(weights["dumbbell_step"] == 5.0);
    CHECK(weights["kettlebell_step"] == 10.0);
    CHECK(weights["heaviest_bar"] == 225.0);
    CHECK_THAT(cli(db, {"profile", "show"}).out, Catch::Contains("dumbbells       every 5 lb up to 35 lb"));

    // In kilograms the same weights read as what they are; new ones are read in kg.
    REQUIRE(cli(db, {"profile", "set", "--units", "kg", "--bar-step", "1.25", "--heaviest-bar", "80"}).exitCode == 0);
    weights = json::parse(cli(db, {"profile", "show", "--json"}).out)["weights"];
    CHECK(weights["bar_step"] == 1.25);
    CHECK(weights["heaviest_bar"] == 80.0);
    CHECK(weights["dumbbell_step"] == 2.27); // 5 lb, as it is

    const auto bad = cli(db, {"profile", "set", "--heaviest-kettlebell", "2"});
    CHECK(bad.exitCode != 0);
    CHECK(oneLine(bad.err));
    CHECK_THAT(bad.err, Catch::Contains("heaviest kettlebell") && Catch::Contains("got 2 kg"));
    CHECK(cli(db, {"profile", "set", "--dumbbell-step", "-1"}).exitCode != 0);
    CHECK(json::parse(cli(db, {"profile", "show", "--json"}).out)["weights"]["heaviest_bar"] == 80.0);
}

TEST_CASE("options written name=value work, and an option's value may look like help")
{
    test::TempDir dir;
    const auto db = dir / "keel.db";
    const auto logged = cli(db, {"log", "set", "--exercise=goblet-squat", "--reps=8", "--load=12.5", "--note", "-h"});
    INFO(logged.err);
    REQUIRE(logged.exitCode == 0);
    const auto history = cli(db, {"history", "--json"});
    REQUIRE(history.exitCode == 0);
    const json sets = json::parse(history.out).at("sets");
    REQUIRE(sets.size() == 1);
    CHECK(sets[0].at("reps") == 8);
    CHECK(sets[0].at("note") == "-h");
}

TEST_CASE("backup writes a good copy and prints where, and check says ok or lists problems")
{
    test::TempDir dir;
    const auto db = dir / "keel.db";
    REQUIRE(cli(db, {"log", "set", "--exercise", "goblet-squat", "--reps", "10"}).exitCode == 0);

    const auto byDefault = cli(db, {"backup"});
    INFO(byDefault.err);
    REQUIRE(byDefault.exitCode == 0);
    const std::filesystem::path written = byDefault.out.substr(0, byDefault.out.size() - 1);
    CHECK(written.parent_path() == dir.path() / "backups");
    CHECK_THAT(written.filename().string(), Catch::StartsWith("keel-2026-03-02") && Catch::EndsWith(".db.zst"));
    CHECK(core::BackupManager::checkBackup(written).ok);
    const auto plain = dir / "plain.db";
    core::backupfile::decompress(written, plain);
    CHECK(rows(plain, "logged_sets") == 1);

    const auto chosen = dir / "mine.db";
    const auto explicitOut = cli(db, {"backup", "--out", chosen.string()});
    REQUIRE(explicitOut.exitCode == 0);
    CHECK(explicitOut.out == chosen.string() + "\n");
    CHECK(core::Database::checkFile(chosen).ok);
    const auto nowhere = cli(db, {"backup", "--out", (dir / "missing" / "x.db").string()});
    CHECK(nowhere.exitCode != 0);
    CHECK(oneLine(nowhere.err));

    const auto ok = cli(db, {"check"});
    CHECK(ok.exitCode == 0);
    CHECK(ok.out == "ok\n");

    SQLite::Database raw(db, SQLite::OPEN_READWRITE);
    raw.exec("PRAGMA foreign_keys = OFF");
    raw.exec("INSERT INTO logged_sets (date, exercise_id, reps, planned_item_id) VALUES ('2026-03-02', 'x', 1, 42)");
    const auto problems = cli(db, {"check"});
    CHECK(problems.exitCode != 0);
    CHECK_THAT(problems.out, Catch::Contains("logged_sets") && Catch::Contains("planned_items"));
}

TEST_CASE("backup list shows this database's backups, and restore puts one back keeping the current file")
{
    test::TempDir dir;
    const auto db = dir / "keel.db";
    auto at = [&db](const char* today, std::vector<std::string> args) {
        args.insert(args.begin(), {"--db", db.string(), "--today", today});
        return runCli(args);
    };
    REQUIRE(at("2026-03-01", {"log", "set", "--exercise", "goblet-squat", "--reps", "10"}).exitCode == 0);
    REQUIRE(at("2026-03-02", {"log", "set", "--exercise", "goblet-squat", "--reps", "11"}).exitCode == 0);
    REQUIRE(at("2026-03-02", {"log", "checkin", "--pain", "2"}).exitCode == 0);
    // Another logbook in the same folder.
    const auto other = dir / "other.db";
    REQUIRE(runCli({"--db", other.string(), "--today", "2026-03-01", "log", "checkin", "--pain", "1"}).exitCode == 0);
    REQUIRE(runCli({"--db", other.string(), "--today", "2026-03-02", "log", "checkin", "--pain", "1"}).exitCode == 0);

    const auto listed = at("2026-03-02", {"backup", "list", "--json"});
    INFO(listed.err);
    REQUIRE(listed.exitCode == 0);
    const json backups = json::parse(listed.out).at("backups");
    REQUIRE(backups.size() == 1);
    const std::string backup = backups[0].at("path");
    CHECK(std::filesystem::path(backup).filename() == "keel-2026-03-02.db.zst");
    CHECK(backups[0].at("belongs") == "this database");
    CHECK(backups[0].at("kind") == "daily");
    const auto text = at("2026-03-02", {"backup", "list"});
    CHECK_THAT(text.out, Catch::Contains("2026-03-02  daily  this database"));

    // Another database's backup is refused with nothing changed.
    const auto foreign = at("2026-03-02", {"restore", (dir / "backups" / "other-2026-03-02.db.zst").string()});
    CHECK(foreign.exitCode != 0);
    CHECK(oneLine(foreign.err));
    CHECK_THAT(foreign.err, Catch::Contains("another database"));
    CHECK(rows(db, "logged_sets") == 2);

    const auto restored = at("2026-03-02", {"restore", backup});
    INFO(restored.err);
    REQUIRE(restored.exitCode == 0);
    CHECK_THAT(restored.out, Catch::Contains("1 set, 0 walks, 1 check-in"));
    CHECK_THAT(restored.out, Catch::Contains("keel.db.before-restore"));
    CHECK(rows(db, "logged_sets") == 1);
    CHECK(rows(dir / "keel.db.before-restore", "logged_sets") == 2);
    CHECK(at("2026-03-02", {"check"}).out == "ok\n");

    const auto missing = at("2026-03-02", {"restore", (dir / "nope.db").string()});
    CHECK(missing.exitCode == 2);
    CHECK_THAT(missing.err, Catch::Contains("nope.db"));
}

TEST_CASE("keel-cli lists and restores an older Keel's uncompressed backup next to compressed ones")
{
    test::TempDir dir;
    const auto db = dir / "keel.db";
    auto at = [&db](const char* today, std::vector<std::string> args) {
        args.insert(args.begin(), {"--db", db.string(), "--today", today});
        return runCli(args);
    };
    REQUIRE(at("2026-03-01", {"log", "set", "--exercise", "goblet-squat", "--reps", "10"}).exitCode == 0);
    REQUIRE(at("2026-03-02", {"log", "set", "--exercise", "goblet-squat", "--reps", "11"}).exitCode == 0);
    // The 03-02 backup (one set) as an older Keel would have left it: plain, under the old name.
    const auto compressed = dir / "backups" / "keel-2026-03-02.db.zst";
    const auto old = dir / "backups" / "keel-2026-03-01.db";
    core::backupfile::decompress(compressed, old);
    REQUIRE(at("2026-03-03", {"log", "set", "--exercise", "goblet-squat", "--reps", "12"}).exitCode == 0);

    const auto listed = at("2026-03-03", {"backup", "list", "--json"});
    INFO(listed.err);
    REQUIRE(listed.exitCode == 0);
    const json backups = json::parse(listed.out).at("backups");
    REQUIRE(backups.size() == 3);
    CHECK(std::filesystem::path(backups[2].at("path").get<std::string>()) == old);
    CHECK(backups[2].at("kind") == "daily");
    CHECK(backups[2].at("belongs") == "this database");
    CHECK(backups[0].at("belongs") == "this database");

    const auto restored = at("2026-03-03", {"restore", old.string()});
    INFO(restored.err);
    REQUIRE(restored.exitCode == 0);
    CHECK_THAT(restored.out, Catch::Contains("2 sets"));
    CHECK(rows(db, "logged_sets") == 1);
    CHECK(at("2026-03-03", {"check"}).out == "ok\n");
}

TEST_CASE("a pipe given as the database or as a catalog file is refused at once, with nothing written")
{
    test::TempDir dir;
    const auto fifo = dir / "pipe.db";
    REQUIRE(::mkfifo(fifo.c_str(), 0600) == 0);
    const auto asDatabase = cli(fifo, {"history"});
    CHECK(asDatabase.exitCode != 0);
    CHECK(oneLine(asDatabase.err));
    CHECK_THAT(asDatabase.err, Catch::Contains("pipe.db") && Catch::Contains("not a regular file"));
    const auto checked = cli(fifo, {"check"});
    CHECK(checked.exitCode != 0);
    CHECK_THAT(checked.out, Catch::Contains("not a regular file"));
    const auto asCatalog = cli(dir / "keel.db", {"catalog", "check", fifo.string()});
    CHECK(asCatalog.exitCode != 0);
    CHECK_THAT(asCatalog.out + asCatalog.err, Catch::Contains("not a regular file"));
    CHECK_FALSE(std::filesystem::exists(dir / "keel.db"));
    CHECK_FALSE(std::filesystem::exists(dir / "backups"));
}

TEST_CASE("the reading commands work on a read-only file and folder, and say nothing can be saved")
{
    test::TempDir dir;
    const auto folder = dir / "readonly";
    std::filesystem::create_directory(folder);
    const auto db = folder / "keel.db";
    const auto profile = cli(db,
        {"profile", "set", "--experience", "starting", "--strength-days", "2", "--days", "mon,thu", "--equipment",
            "none"});
    INFO(profile.err);
    REQUIRE(profile.exitCode == 0);
    REQUIRE(cli(db, {"log", "set", "--exercise", "goblet-squat", "--reps", "10", "--load", "12"}).exitCode == 0);
    REQUIRE(cli(db, {"plan", "show"}).exitCode == 0); // plans the week while it can
    const std::string before = test::readFile(db);
    const auto listing = [&] {
        std::vector<std::string> names;
        for (const auto& entry : std::filesystem::recursive_directory_iterator(folder))
            names.push_back(entry.path().string());
        std::sort(names.begin(), names.end());
        return names;
    };
    const auto filesBefore = listing();
    std::filesystem::permissions(db,
        std::filesystem::perms::owner_read | std::filesystem::perms::group_read | std::filesystem::perms::others_read);
    std::filesystem::permissions(folder,
        std::filesystem::perms::owner_read | std::filesystem::perms::owner_exec | std::filesystem::perms::group_read
            | std::filesystem::perms::group_exec | std::filesystem::perms::others_read
            | std::filesystem::perms::others_exec);
    const auto other = dir / "elsewhere";
    std::filesystem::create_directory(other);
    std::filesystem::permissions(other, std::filesystem::perms::all);
    const auto run = [&](std::vector<std::string> args) {
        args.insert(args.begin(), {"--db", db.string(), "--today", "2026-03-02"});
        return test::runCliUnprivileged(args);
    };

    for (const std::vector<std::string>& reading : std::vector<std::vector<std::string>> {{"history", "--json"},
             {"history", "--records"}, {"progress"}, {"plan", "show"}, {"plan", "day"}, {"export", "json"},
             {"export", "csv"}, {"backup", "--out", (other / "copy.db.zst").string()}}) {
        const auto result = run(reading);
        INFO(reading.front() << " " << reading.back() << ": " << result.err);
        CHECK(result.exitCode == 0);
        CHECK(result.err.find("cannot be written (a read-only file, folder or mount)") != std::string::npos);
        CHECK(oneLine(result.err));
    }
    CHECK(run({"history", "--json"}).out.find("goblet-squat") != std::string::npos);
    CHECK(std::filesystem::exists(other / "copy.db.zst"));

    // Writing is refused with a clear reason, and the file is exactly as it was.
    const auto write = run({"log", "set", "--exercise", "goblet-squat", "--reps", "10", "--load", "12"});
    CHECK(write.exitCode != 0);
    CHECK(oneLine(write.err));
    CHECK(write.err.find("not writable") != std::string::npos);
    CHECK(test::readFile(db) == before);
    CHECK(listing() == filesBefore); // no backup, no -wal or -shm left behind
    std::filesystem::permissions(folder, std::filesystem::perms::owner_all);
}
