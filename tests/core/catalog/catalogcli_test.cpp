// SPDX-License-Identifier: GPL-3.0-or-later
// keel-cli catalog, run as a user would: the built binary, real files, exit codes and output.
#include "support/tempdir.h"

#include "catalogsamples.h"
#include "testpaths.h"

#include <algorithm>
#include <catch2/catch.hpp>
#include <filesystem>
#include <nlohmann/json.hpp>
#include <set>
#include <sstream>

namespace fs = std::filesystem;
using keel::test::CliResult;
using keel::test::runCli;
using keel::test::TempDir;
using keel::test::writeFile;
using nlohmann::json;

namespace {

// Runs keel-cli against a database path in `dir`, so a catalog.d there (or none) is used.
CliResult catalogCli(const TempDir& dir, std::vector<std::string> args)
{
    args.insert(args.begin(), {"--db", (dir / "keel.db").string()});
    return runCli(args);
}

std::vector<std::string> lines(const std::string& text)
{
    std::vector<std::string> result;
    std::istringstream in(text);
    for (std::string line; std::getline(in, line);)
        result.push_back(line);
    return result;
}

} // namespace

TEST_CASE("catalog list --json gives every exercise in the documented shape")
{
    TempDir dir;
    const CliResult result = catalogCli(dir, {"catalog", "list", "--json"});
    INFO(result.err);
    REQUIRE(result.exitCode == 0);
    const json document = json::parse(result.out);
    const json& exercises = document.at("exercises");
    CHECK(exercises.size() >= 60);
    std::set<std::string> ids;
    for (const json& exercise : exercises) {
        INFO(exercise.dump());
        for (const char* key :
            {"id", "name", "pattern", "focus", "level", "equipment", "progresses_to", "regresses_to", "tags"})
            CHECK(exercise.contains(key));
        CHECK(exercise["level"].is_number_integer());
        CHECK((exercise["focus"].is_null() || exercise["focus"].is_string()));
        CHECK(exercise["equipment"].is_array());
        CHECK(exercise["tags"].is_array());
        CHECK(ids.insert(exercise["id"].get<std::string>()).second);
        if (exercise["pattern"] == "mobility")
            CHECK(exercise["focus"].is_string());
    }
}

TEST_CASE("catalog list --pattern keeps only that pattern")
{
    TempDir dir;
    const json all = json::parse(catalogCli(dir, {"catalog", "list", "--json"}).out);
    const auto expected = std::count_if(all["exercises"].begin(), all["exercises"].end(),
        [](const json& exercise) { return exercise["pattern"] == "carry"; });

    const CliResult result = catalogCli(dir, {"catalog", "list", "--pattern", "carry", "--json"});
    REQUIRE(result.exitCode == 0);
    const json carries = json::parse(result.out)["exercises"];
    CHECK(carries.size() == static_cast<std::size_t>(expected));
    CHECK(carries.size() >= 4);
    for (const json& exercise : carries)
        CHECK(exercise["pattern"] == "carry");
}

TEST_CASE("catalog list prints an aligned table")
{
    TempDir dir;
    const CliResult result = catalogCli(dir, {"catalog", "list", "--pattern", "squat"});
    REQUIRE(result.exitCode == 0);
    const auto rows = lines(result.out);
    REQUIRE(rows.size() >= 3);
    CHECK(rows[0].starts_with("ID"));
    const auto levelColumn = rows[0].find("LEVEL");
    REQUIRE(levelColumn != std::string::npos);
    // Every data row has its level digit right under the LEVEL heading (names here are ASCII).
    for (std::size_t i = 1; i + 1 < rows.size(); ++i) {
        INFO(rows[i]);
        REQUIRE(rows[i].size() > levelColumn);
        CHECK(std::isdigit(static_cast<unsigned char>(rows[i][levelColumn])));
        CHECK(rows[i].find(" squat ") != std::string::npos);
    }
    CHECK(rows.back().ends_with("exercises"));
}

TEST_CASE("catalog list refuses an unknown pattern in one line naming it and the valid ones")
{
    TempDir dir;
    const CliResult result = catalogCli(dir, {"catalog", "list", "--pattern", "squats"});
    CHECK(result.exitCode != 0);
    CHECK(result.out.empty());
    CHECK(lines(result.err).size() == 1);
    CHECK(result.err.find("\"squats\"") != std::string::npos);
    CHECK(result.err.find("anti_rotation") != std::string::npos);
}

TEST_CASE("catalog commands refuse unknown options and extra words")
{
    TempDir dir;
    CHECK(catalogCli(dir, {"catalog", "list", "--colour", "red"}).exitCode != 0);
    CHECK(catalogCli(dir, {"catalog", "list", "extra"}).exitCode != 0);
    CHECK(catalogCli(dir, {"catalog", "show"}).exitCode != 0);
    CHECK(catalogCli(dir, {"catalog", "check"}).exitCode != 0);
    CHECK(catalogCli(dir, {"catalog", "frobnicate"}).exitCode != 0);
}

TEST_CASE("catalog show describes one exercise in words and in JSON")
{
    TempDir dir;
    const CliResult text = catalogCli(dir, {"catalog", "show", "goblet-squat"});
    INFO(text.err);
    REQUIRE(text.exitCode == 0);
    for (const char* part : {"(goblet-squat)", "Pattern:", "Level:", "Equipment:", "Dose:", " sets × ",
             "Load:", "Ladder:", "[goblet-squat]", "How to:", "  1. ", "Cues:", "Why it helps:", "Tags:"})
        CHECK(text.out.find(part) != std::string::npos);

    const CliResult asJson = catalogCli(dir, {"catalog", "show", "goblet-squat", "--json"});
    REQUIRE(asJson.exitCode == 0);
    const json exercise = json::parse(asJson.out);
    CHECK(exercise["id"] == "goblet-squat");
    CHECK(exercise["pattern"] == "squat");
    for (const char* key : {"name", "level", "equipment", "dose", "load", "progresses_to", "regresses_to", "summary",
             "steps", "cues", "why", "cautions", "tags", "focus"})
        CHECK(exercise.contains(key));
    CHECK(exercise["dose"]["kind"].is_string());
}

TEST_CASE("catalog show refuses an unknown id in one line that suggests close ones")
{
    TempDir dir;
    const CliResult result = catalogCli(dir, {"catalog", "show", "goblet-sqat"});
    CHECK(result.exitCode != 0);
    CHECK(result.out.empty());
    REQUIRE(lines(result.err).size() == 1);
    CHECK(result.err.find("\"goblet-sqat\"") != std::string::npos);
    CHECK(result.err.find("goblet-squat") != std::string::npos);
}

TEST_CASE("catalog check lists a located error for every broken fixture and fails")
{
    const fs::path bad = fs::path(KEEL_FIXTURES_DIR) / "catalog" / "bad";
    std::vector<std::string> args = {"catalog", "check"};
    std::vector<std::string> files;
    for (const auto& entry : fs::directory_iterator(bad)) {
        if (entry.path().extension() == ".json")
            files.push_back(entry.path().string());
    }
    std::sort(files.begin(), files.end());
    REQUIRE(files.size() >= 35);
    args.insert(args.end(), files.begin(), files.end());

    TempDir dir;
    const CliResult result = catalogCli(dir, args);
    CHECK(result.exitCode == 1);
    const auto output = lines(result.out);
    for (const std::string& file : files) {
        INFO(file);
        // "FILE:LINE:COL: message" or "FILE: /pointer ...: message" or "FILE: message" for the whole file.
        const bool located = std::any_of(output.begin(), output.end(), [&file](const std::string& line) {
            if (!line.starts_with(file + ":"))
                return false;
            const std::string rest = line.substr(file.size() + 1);
            return std::isdigit(static_cast<unsigned char>(rest.front())) || rest.starts_with(" /")
                || rest.find("must hold one JSON object") != std::string::npos;
        });
        CHECK(located);
    }
    CHECK(result.err.find(" errors in " + std::to_string(files.size()) + " of " + std::to_string(files.size()))
        != std::string::npos);
}

TEST_CASE("catalog check accepts good files and counts them")
{
    TempDir dir;
    writeFile(
        dir / "a.json", keel::test::sampleDocument({keel::test::sampleExercise("a-squat", "squat", 1, "b-squat")}));
    writeFile(dir / "b.json",
        keel::test::sampleDocument({keel::test::sampleExercise("b-squat", "squat", 2, std::nullopt, "a-squat")}));
    const CliResult result
        = catalogCli(dir, {"catalog", "check", (dir / "a.json").string(), (dir / "b.json").string()});
    INFO(result.out << result.err);
    CHECK(result.exitCode == 0);
    CHECK(result.out == "ok: 2 exercises in 2 files\n");

    // Alone, a.json links to a rung that is not there.
    const CliResult alone = catalogCli(dir, {"catalog", "check", (dir / "a.json").string()});
    CHECK(alone.exitCode == 1);
    CHECK(alone.out.find("names no exercise") != std::string::npos);
}

TEST_CASE("a user's catalog.d overrides an exercise with a note on stderr")
{
    TempDir dir;
    const json shipped = json::parse(catalogCli(dir, {"catalog", "show", "goblet-squat", "--json"}).out);
    json mine = shipped;
    mine.erase("source_file");
    mine.erase("focus");
    mine["name"] = "My goblet squat";
    writeFile(dir / "catalog.d" / "mine.json",
        json {{"format", "keel-catalog"}, {"version", 1}, {"exercises", json::array({mine})}}.dump(2));

    const CliResult result = catalogCli(dir, {"catalog", "show", "goblet-squat", "--json"});
    INFO(result.err);
    REQUIRE(result.exitCode == 0);
    CHECK(json::parse(result.out)["name"] == "My goblet squat");
    CHECK(result.err.find("exercise `goblet-squat` overrides") != std::string::npos);
}

TEST_CASE("a broken user catalog makes list fail with every error on stderr")
{
    TempDir dir;
    json broken = keel::test::sampleExercise("my-squat");
    broken["level"] = 3.5;
    broken["tags"] = {"outdoors"};
    writeFile(dir / "catalog.d" / "mine.json", keel::test::sampleDocument({broken}));
    const CliResult result = catalogCli(dir, {"catalog", "list"});
    CHECK(result.exitCode == 1);
    CHECK(result.out.empty());
    CHECK(result.err.find("mine.json: /exercises/0/level (my-squat): expected an integer") != std::string::npos);
    CHECK(result.err.find("mine.json: /exercises/0/tags/0 (my-squat): unknown tag") != std::string::npos);
}

TEST_CASE("catalog check validates translation files against the shipped catalog")
{
    TempDir dir;
    const json good = {{"format", "keel-catalog-translation"}, {"version", 1}, {"language", "de"},
        {"exercises", {{"brisk-walk", {{"name", "Zügiger Spaziergang"}}}}}};
    writeFile(dir / "de" / "walking.json", good.dump(2));
    const CliResult ok = catalogCli(dir, {"catalog", "check", (dir / "de" / "walking.json").string()});
    INFO(ok.out << ok.err);
    CHECK(ok.exitCode == 0);
    CHECK(ok.out == "ok: 1 translation file in 1 file\n");

    // Every problem, one a line: an unknown id, a list of the wrong length, the wrong language.
    json bad = good;
    bad["exercises"]["brisk-wlak"] = {{"name", "Tippfehler"}};
    bad["exercises"]["brisk-walk"]["cues"] = {"Nur einer."};
    writeFile(dir / "de" / "bad.json", bad.dump(2));
    bad["language"] = "fr";
    writeFile(dir / "de" / "french.json", bad.dump(2));
    const CliResult result = catalogCli(dir,
        {"catalog", "check", (dir / "de" / "bad.json").string(), (dir / "de" / "french.json").string(),
            (dir / "de" / "walking.json").string()});
    INFO(result.out << result.err);
    CHECK(result.exitCode == 1);
    const auto printed = lines(result.out);
    REQUIRE(printed.size() == 3);
    CHECK(printed[0].find("bad.json: /exercises/brisk-walk/cues (brisk-walk): expected 3 cues") != std::string::npos);
    CHECK(printed[1].find("bad.json: /exercises/brisk-wlak (brisk-wlak): unknown exercise id") != std::string::npos);
    CHECK(printed[2].find("french.json: /language: expected \"de\"") != std::string::npos);
    CHECK(result.err.find("3 errors in 2 of 3 files") != std::string::npos);
}
