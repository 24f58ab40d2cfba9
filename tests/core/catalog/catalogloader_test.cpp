// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/catalog/catalogloader.h"
#include "core/catalog/ladderchecker.h"
#include "support/tempdir.h"

#include "catalogsamples.h"

#include <algorithm>
#include <catch2/catch.hpp>
#include <random>

using keel::core::CatalogIssue;
using keel::core::CatalogLoader;
using keel::core::CatalogLoadResult;
using keel::core::DoseKind;
using keel::core::IntRange;
using keel::core::LoadKind;
using keel::core::Pattern;
using keel::test::sampleDocument;
using keel::test::sampleExercise;
using keel::test::sampleMobility;
using keel::test::TempDir;
using keel::test::writeFile;
using nlohmann::json;

namespace {

std::string allErrors(const CatalogLoadResult& result)
{
    std::string text;
    for (const CatalogIssue& issue : result.errors)
        text += issue.toString() + "\n";
    return text;
}

// The error at `pointer` whose message contains `text`, or nullptr.
const CatalogIssue* findError(const CatalogLoadResult& result, const std::string& pointer, const std::string& text)
{
    const auto it = std::find_if(result.errors.begin(), result.errors.end(), [&](const CatalogIssue& issue) {
        return issue.jsonPath == pointer && issue.message.find(text) != std::string::npos;
    });
    return it == result.errors.end() ? nullptr : &*it;
}

CatalogLoadResult loadExercises(const std::vector<json>& exercises)
{
    return CatalogLoader::loadText("test.json", sampleDocument(exercises));
}

} // namespace

TEST_CASE("a valid document loads every field of every exercise")
{
    json bottom = sampleExercise("box-squat", "squat", 2, "goblet-squat", std::nullopt);
    bottom["equipment"] = json::array({"box", json::array({"dumbbell", "kettlebell"})});
    bottom["load"] = {{"kind", "bodyweight"}};
    bottom["dose"]
        = {{"kind", "hold"}, {"sets", {2, 3}}, {"seconds", {20, 40}}, {"minutes", {2, 4}}, {"per_side", true}};
    bottom["tags"] = {"flare_up_safe", "home"};
    json top = sampleExercise("goblet-squat", "squat", 4, std::nullopt, "box-squat");
    top["load"] = {{"kind", "external"}, {"start_kg", 8.5}, {"step_kg", 2.5}, {"top_kg", 32}};

    const CatalogLoadResult result = loadExercises({bottom, top, sampleMobility("open-book", "thoracic")});
    INFO(allErrors(result));
    REQUIRE(result.ok());
    REQUIRE(result.catalog.size() == 3);

    const auto* box = result.catalog.find("box-squat");
    REQUIRE(box);
    CHECK(box->name == "Exercise box-squat");
    CHECK(box->pattern == Pattern::Squat);
    CHECK(box->level == 2);
    CHECK(box->equipment == std::vector<std::vector<std::string>> {{"box"}, {"dumbbell", "kettlebell"}});
    CHECK(box->dose.kind == DoseKind::Hold);
    CHECK(box->dose.sets == IntRange {2, 3});
    CHECK(box->dose.seconds == IntRange {20, 40});
    CHECK(box->dose.minutes == IntRange {2, 4});
    CHECK_FALSE(box->dose.reps);
    CHECK(box->dose.perSide);
    CHECK(box->load.kind == LoadKind::Bodyweight);
    CHECK(box->progressesTo == "goblet-squat");
    CHECK_FALSE(box->regressesTo);
    CHECK(box->steps.size() == 2);
    CHECK(box->isFlareUpSafe());
    CHECK(box->sourceFile == "test.json");

    const auto* goblet = result.catalog.find("goblet-squat");
    REQUIRE(goblet);
    CHECK(goblet->load.kind == LoadKind::External);
    CHECK(goblet->load.startKg == Approx(8.5));
    CHECK(goblet->load.stepKg == Approx(2.5));
    CHECK(goblet->load.topKg == Approx(32.0));
    CHECK(goblet->regressesTo == "box-squat");

    const auto* book = result.catalog.find("open-book");
    REQUIRE(book);
    CHECK(book->focus == keel::core::Focus::Thoracic);
    CHECK(book->dose.kind == DoseKind::Minutes);
    CHECK(book->dose.minutes == IntRange {3, 5});
}

TEST_CASE("a document with several defects reports every one of them")
{
    json first = sampleExercise("first-squat", "squat", 2, "missing-rung", std::nullopt);
    first["dose"]["sets"] = {2, 3.5};
    first["tags"] = {"home", "homee"};
    json second = sampleExercise("second-squat");
    second["pattern"] = "squatt";
    second.erase("why");
    second["cues"] = json::array();
    json third = sampleExercise("third-squat");
    third["level"] = 0;
    third["progreses_to"] = nullptr;

    const CatalogLoadResult result = loadExercises({first, second, third});
    INFO(allErrors(result));
    CHECK(findError(result, "/exercises/0/dose/sets/1", "got 3.5"));
    CHECK(findError(result, "/exercises/0/tags/1", "unknown tag \"homee\""));
    CHECK(findError(result, "/exercises/0/progresses_to", "\"missing-rung\" names no exercise"));
    CHECK(findError(result, "/exercises/1/pattern", "unknown pattern \"squatt\""));
    CHECK(findError(result, "/exercises/1/why", "missing required key \"why\""));
    CHECK(findError(result, "/exercises/1/cues", "expected 1–6 cues, got 0"));
    CHECK(findError(result, "/exercises/2/level", "got 0"));
    CHECK(findError(result, "/exercises/2/progreses_to", "unknown key"));
    CHECK(result.errors.size() == 8);
    // Errors name the exercise they are in.
    CHECK(findError(result, "/exercises/1/why", "")->exerciseId == "second-squat");
}

TEST_CASE("errors in several files are all reported and each names its file")
{
    TempDir dir;
    json broken = sampleExercise("broken-one");
    broken["level"] = 2.5;
    writeFile(dir / "one.json", sampleDocument({broken}));
    writeFile(dir / "two.json", "{\"format\": \"keel-catalog\", \"version\": 1, \"exercises\": [}\n");
    json alsoBroken = sampleExercise("broken-three");
    alsoBroken["dose"]["kind"] = "sets";
    writeFile(dir / "three.json", sampleDocument({alsoBroken}));

    const CatalogLoadResult result
        = CatalogLoader::loadFiles({dir / "one.json", dir / "two.json", dir / "three.json", dir / "four.json"});
    INFO(allErrors(result));
    REQUIRE(result.errors.size() == 4);
    CHECK(result.errors[0].file == (dir / "one.json").string());
    CHECK(result.errors[0].jsonPath == "/exercises/0/level");
    CHECK(result.errors[1].file == (dir / "two.json").string());
    CHECK(result.errors[1].line == 1);
    CHECK(result.errors[1].column == 56);
    CHECK(result.errors[2].file == (dir / "three.json").string());
    CHECK(result.errors[2].jsonPath == "/exercises/0/dose/kind");
    CHECK(result.errors[3].file == (dir / "four.json").string());
    CHECK(result.errors[3].message.find("no such file") != std::string::npos);
}

TEST_CASE("syntax errors are located at the offending character")
{
    struct Case {
        std::string text;
        int line;
        int column;
        std::string message;
    };
    const std::vector<Case> cases = {
        {"{\n  \"format\": \"keel-catalog\"\n  \"version\": 1\n}", 3, 3, "unexpected string literal"},
        {"{\"format\": \"é\" x}", 1, 16, "invalid literal"}, // columns count characters, not bytes
        {"{\r\n  \"a\" 1\r\n}", 2, 7, "unexpected number literal"},
        {"\xEF\xBB\xBF{]", 1, 2, "unexpected ']'"}, // the byte-order mark takes no column
        {"{\n\n  \"version\": 1e400\n}", 3, 14, "number out of range"},
        {"{\"a\": [1, 2,]}", 1, 13, "unexpected ']'"},
        {"{\"a\": true false}", 1, 12, "unexpected false literal"},
        {"", 1, 1, "unexpected end of input"},
        {"{\"a\": 1}\n\n  x", 3, 3, "expected end of input"},
    };
    for (const Case& c : cases) {
        INFO(c.text);
        const CatalogLoadResult result = CatalogLoader::loadText("bad.json", c.text);
        REQUIRE(result.errors.size() == 1);
        const CatalogIssue& issue = result.errors.front();
        CHECK(issue.line == c.line);
        CHECK(issue.column == c.column);
        CHECK(issue.message.find(c.message) != std::string::npos);
        CHECK(issue.jsonPath.empty());
        CHECK(issue.toString()
            == "bad.json:" + std::to_string(c.line) + ":" + std::to_string(c.column) + ": " + issue.message);
    }
}

TEST_CASE("a file starting with a byte-order mark loads")
{
    const CatalogLoadResult result
        = CatalogLoader::loadText("bom.json", "\xEF\xBB\xBF" + sampleDocument({sampleExercise("bom-squat")}));
    INFO(allErrors(result));
    CHECK(result.ok());
    CHECK(result.catalog.size() == 1);
}

TEST_CASE("repeated keys are refused at every level")
{
    const std::string text = R"({
  "format": "keel-catalog",
  "version": 1,
  "version": 1,
  "exercises": [
    {"id": "a-squat", "id": "b-squat", "dose": {"kind": "reps", "kind": "hold"}}
  ]
})";
    const CatalogLoadResult result = CatalogLoader::loadText("dup.json", text);
    INFO(allErrors(result));
    const CatalogIssue* root = findError(result, "/version", "duplicate key \"version\"");
    const CatalogIssue* id = findError(result, "/exercises/0/id", "duplicate key \"id\"");
    const CatalogIssue* kind = findError(result, "/exercises/0/dose/kind", "duplicate key \"kind\"");
    REQUIRE(root);
    REQUIRE(id);
    REQUIRE(kind);
    CHECK(root->exerciseId.empty());
    CHECK(id->exerciseId == "b-squat");
    CHECK(kind->exerciseId == "b-squat");
    CHECK(result.catalog.empty());
}

TEST_CASE("a count must be an integer in the JSON itself and is never converted")
{
    const std::vector<std::pair<json, std::string>> cases = {
        {3.7, "got 3.7"},
        {3.0, "got 3.0"},
        {"3", "got the string \"3\""},
        {true, "got true"},
        {nullptr, "got null"},
        {json::array({3}), "got an array"},
        {-5, "got -5"},
        {0, "got 0"},
        {11, "got 11"},
        {json(18446744073709551615ull), "got 18446744073709551615"},
        {json::parse("99999999999999999999999"), "expected an integer"},
    };
    for (const auto& [level, message] : cases) {
        INFO(level.dump());
        json exercise = sampleExercise("counted-squat");
        exercise["level"] = level;
        const CatalogLoadResult result = loadExercises({exercise});
        CHECK(result.errors.size() == 1);
        CHECK(findError(result, "/exercises/0/level", message));
        CHECK(result.catalog.empty());
    }
}

TEST_CASE("numbers outside the documented bounds are refused")
{
    struct Case {
        std::string pointer;
        json value;
    };
    const std::vector<Case> cases = {
        {"/dose/sets", {0, 3}},
        {"/dose/sets", {2, 11}},
        {"/dose/reps", {1, 101}},
        {"/load/start_kg", 300.5},
        {"/load/step_kg", 20.5},
        {"/load/step_kg", -1},
        {"/load/start_kg", "8"},
    };
    for (const Case& c : cases) {
        INFO(c.pointer << " = " << c.value.dump());
        json exercise = sampleExercise("bounded-squat");
        exercise[json::json_pointer(c.pointer)] = c.value;
        const CatalogLoadResult result = loadExercises({exercise});
        REQUIRE(result.errors.size() == 1);
        CHECK(result.errors.front().jsonPath.starts_with("/exercises/0" + c.pointer));
    }
    json withinBounds = sampleExercise("bounded-squat");
    withinBounds["dose"]["sets"] = {1, 10};
    withinBounds["load"]["start_kg"] = 0;
    withinBounds["load"]["step_kg"] = 20;
    CHECK(loadExercises({withinBounds}).ok());
}

TEST_CASE("each dose kind needs its own ranges and refuses the others")
{
    json exercise = sampleExercise("dosed-squat");
    exercise["dose"] = {{"kind", "distance"}, {"sets", {2, 3}}};
    CatalogLoadResult result = loadExercises({exercise});
    CHECK(findError(result, "/exercises/0/dose/meters", "missing required key \"meters\""));

    exercise["dose"] = {{"kind", "minutes"}, {"minutes", {5, 10}}, {"sets", {1, 2}}};
    result = loadExercises({exercise});
    CHECK(findError(result, "/exercises/0/dose/sets", "does not apply to a minutes dose"));

    exercise["dose"] = {{"kind", "distance"}, {"sets", {2, 3}}, {"meters", {20, 40}}, {"minutes", {2, 3}}};
    CHECK(loadExercises({exercise}).ok());
}

TEST_CASE("unknown keys are refused at every level with a suggestion for typos")
{
    json exercise = sampleExercise("typo-squat");
    exercise["dose"]["per-side"] = true;
    exercise["load"]["step"] = 2;
    json document = json::parse(sampleDocument({exercise}));
    document["exercise"] = json::array();
    const CatalogLoadResult result = CatalogLoader::loadText("typos.json", document.dump());
    INFO(allErrors(result));
    CHECK(findError(result, "/exercise", "(did you mean \"exercises\"?)"));
    CHECK(findError(result, "/exercises/0/dose/per-side", "(did you mean \"per_side\"?)"));
    CHECK(findError(result, "/exercises/0/load/step", "(did you mean \"step_kg\"?)"));
    CHECK(result.errors.size() == 3);
}

TEST_CASE("a key with a slash or a tilde is escaped in the JSON pointer")
{
    json exercise = sampleExercise("pointer-squat");
    exercise["a/b~c"] = 1;
    const CatalogLoadResult result = loadExercises({exercise});
    CHECK(findError(result, "/exercises/0/a~1b~0c", "unknown key"));
}

TEST_CASE("a file over the size limit is refused without being parsed")
{
    TempDir dir;
    // Valid JSON padded with spaces past the limit: only the size can make it fail.
    std::string text = sampleDocument({sampleExercise("padded-squat")});
    text.append(CatalogLoader::kMaxFileBytes + 1 - text.size(), ' ');
    writeFile(dir / "big.json", text);

    CatalogLoadResult result = CatalogLoader::loadFiles({dir / "big.json"});
    REQUIRE(result.errors.size() == 1);
    CHECK(result.errors.front().message.find("too large") != std::string::npos);
    CHECK(result.errors.front().toString().starts_with((dir / "big.json").string() + ": "));

    result = CatalogLoader::loadText("big.json", text);
    REQUIRE(result.errors.size() == 1);
    CHECK(result.errors.front().message.find("too large") != std::string::npos);

    text.pop_back();
    CHECK(CatalogLoader::loadText("just-fits.json", text).ok());
}

TEST_CASE("a missing file or a folder given as a file or a missing folder is reported")
{
    TempDir dir;
    CatalogLoadResult result = CatalogLoader::loadFiles({dir / "nope.json", dir.path()});
    REQUIRE(result.errors.size() == 2);
    CHECK(result.errors[0].toString() == (dir / "nope.json").string() + ": cannot open: no such file");
    CHECK(result.errors[1].message.find("folder") != std::string::npos);

    result = CatalogLoader::loadWithOverrides(dir / "no-catalog", dir / "no-user-folder");
    REQUIRE(result.errors.size() == 1);
    CHECK(result.errors[0].file == (dir / "no-catalog").string());
}

TEST_CASE("nothing escapes the loader whatever the bytes")
{
    const std::string valid = sampleDocument({sampleExercise("fuzzed-squat", "squat", 2, "fuzzed-front-squat"),
        sampleExercise("fuzzed-front-squat", "squat", 3, std::nullopt, "fuzzed-squat")});
    REQUIRE(CatalogLoader::loadText("valid.json", valid).ok());

    std::mt19937 random(20261121); // fixed seed: the same mangled documents on every run
    using namespace std::string_literals;
    const std::string noise = "{}[]\",:-.0123456789eE+truefalsenul \n\\\x00\xff\xc3\xa9"s;
    std::size_t refused = 0;
    for (int round = 0; round < 400; ++round) {
        std::string text = valid;
        const int edits = 1 + static_cast<int>(random() % 4);
        for (int e = 0; e < edits && !text.empty(); ++e) {
            const std::size_t at = random() % text.size();
            switch (random() % 4) {
            case 0:
                text[at] = noise[random() % noise.size()];
                break;
            case 1:
                text.erase(at, 1 + random() % 8);
                break;
            case 2:
                text.insert(at, 1, noise[random() % noise.size()]);
                break;
            default:
                text.resize(at);
                break;
            }
        }
        CatalogLoadResult result;
        REQUIRE_NOTHROW(result = CatalogLoader::loadText("fuzz.json", text));
        if (!result.ok())
            ++refused;
        for (const CatalogIssue& issue : result.errors)
            CHECK(issue.toString().find('\n') == std::string::npos);
    }
    CHECK(refused > 300);

    for (const std::string number : {"1e400", "-1e400", "1e-400", "123456789012345678901234567890"}) {
        json exercise = sampleExercise("number-squat");
        std::string text = sampleDocument({exercise});
        const std::string marker = "\"start_kg\": 8";
        text.replace(text.find(marker), marker.size(), "\"start_kg\": " + number);
        INFO(number);
        CHECK_NOTHROW(CatalogLoader::loadText("number.json", text));
    }
}

TEST_CASE("duplicate ids are refused within and across files")
{
    TempDir dir;
    writeFile(dir / "a.json", sampleDocument({sampleExercise("same-squat"), sampleExercise("other-squat")}));
    writeFile(dir / "b.json", sampleDocument({sampleExercise("same-squat")}));
    CatalogLoadResult result = CatalogLoader::loadFiles({dir / "a.json", dir / "b.json"});
    REQUIRE(result.errors.size() == 1);
    CHECK(result.errors[0].file == (dir / "b.json").string());
    CHECK(result.errors[0].jsonPath == "/exercises/0/id");
    CHECK(result.errors[0].message.find("already defined in " + (dir / "a.json").string()) != std::string::npos);

    result = loadExercises({sampleExercise("twice-squat"), sampleExercise("twice-squat")});
    CHECK(findError(result, "/exercises/1/id", "duplicate id \"twice-squat\""));
}

TEST_CASE("exercises with errors are left out of the catalog and the rest stay")
{
    json broken = sampleExercise("broken-squat");
    broken["tags"] = {"sometimes"};
    const CatalogLoadResult result = loadExercises({sampleExercise("fine-squat"), broken});
    CHECK_FALSE(result.ok());
    CHECK(result.catalog.find("fine-squat"));
    CHECK_FALSE(result.catalog.find("broken-squat"));
}

TEST_CASE("a file full of broken links gets suggestions for the first few only, and every error")
{
    std::vector<json> exercises;
    const std::size_t broken = keel::core::LadderChecker::kMaxSuggestions + 30;
    for (std::size_t i = 0; i < broken; ++i) {
        const std::string id = "squat-" + std::to_string(i);
        exercises.push_back(sampleExercise(id, "squat", 2, std::nullopt, id + "x"));
    }
    const auto result = loadExercises(exercises);
    std::size_t missing = 0;
    std::size_t suggested = 0;
    for (const CatalogIssue& issue : result.errors) {
        if (issue.message.find("names no exercise") != std::string::npos)
            ++missing;
        if (issue.message.find("did you mean") != std::string::npos)
            ++suggested;
    }
    CHECK(missing == broken);
    CHECK(suggested == keel::core::LadderChecker::kMaxSuggestions);
}

TEST_CASE("ladder links must exist and stay in the pattern and climb and mirror each other")
{
    SECTION("a well-formed ladder passes")
    {
        CHECK(loadExercises({sampleExercise("a-squat", "squat", 1, "b-squat"),
                                sampleExercise("b-squat", "squat", 2, "c-squat", "a-squat"),
                                sampleExercise("c-squat", "squat", 4, std::nullopt, "b-squat")})
                  .ok());
    }
    SECTION("a regression pointing nowhere")
    {
        const auto result = loadExercises({sampleExercise("a-squat", "squat", 2, std::nullopt, "a-sqat")});
        CHECK(findError(result, "/exercises/0/regresses_to", "names no exercise (did you mean \"a-squat\"?)"));
    }
    SECTION("a regression to a higher level")
    {
        const auto result = loadExercises({sampleExercise("a-squat", "squat", 2, std::nullopt, "b-squat"),
            sampleExercise("b-squat", "squat", 3, "a-squat")});
        CHECK(findError(result, "/exercises/0/regresses_to", "not below this exercise's level 2"));
        CHECK(findError(result, "/exercises/1/progresses_to", "not above this exercise's level 3"));
    }
    SECTION("a link to itself")
    {
        const auto result = loadExercises({sampleExercise("a-squat", "squat", 2, "a-squat", "a-squat")});
        CHECK(findError(result, "/exercises/0/progresses_to", "the ladder loops: a-squat → a-squat"));
    }
    SECTION("a three-rung loop is reported once")
    {
        const auto result = loadExercises({sampleExercise("a-squat", "squat", 1, "b-squat", "c-squat"),
            sampleExercise("b-squat", "squat", 2, "c-squat", "a-squat"),
            sampleExercise("c-squat", "squat", 3, "a-squat", "b-squat")});
        INFO(allErrors(result));
        const auto loops = std::count_if(result.errors.begin(), result.errors.end(),
            [](const CatalogIssue& issue) { return issue.message.find("loops") != std::string::npos; });
        CHECK(loops == 1);
        CHECK(findError(result, "/exercises/2/progresses_to", "a-squat → b-squat → c-squat → a-squat"));
    }
    SECTION("two exercises claiming the same next rung")
    {
        const auto result = loadExercises(
            {sampleExercise("a-squat", "squat", 1, "c-squat"), sampleExercise("b-squat", "squat", 1, "c-squat"),
                sampleExercise("c-squat", "squat", 2, std::nullopt, "a-squat")});
        CHECK(result.errors.size() == 1);
        CHECK(findError(result, "/exercises/1/progresses_to", "has regresses_to \"a-squat\", expected \"b-squat\""));
    }
    SECTION("links are checked across files")
    {
        TempDir dir;
        writeFile(dir / "a.json", sampleDocument({sampleExercise("a-squat", "squat", 1, "b-squat")}));
        writeFile(dir / "b.json", sampleDocument({sampleExercise("b-squat", "squat", 2, std::nullopt, "a-squat")}));
        CHECK(CatalogLoader::loadFiles({dir / "a.json", dir / "b.json"}).ok());
        CHECK_FALSE(CatalogLoader::loadFiles({dir / "a.json"}).ok());
    }
}

TEST_CASE("the user folder overrides built-in exercises by id and says so")
{
    TempDir dir;
    const auto builtIn = dir / "catalog";
    const auto user = dir / "catalog.d";
    writeFile(builtIn / "squat.json",
        sampleDocument({sampleExercise("a-squat", "squat", 1, "b-squat"),
            sampleExercise("b-squat", "squat", 2, std::nullopt, "a-squat")}));
    writeFile(builtIn / "hinge.json", sampleDocument({sampleExercise("a-hinge", "hinge", 1)}));
    writeFile(builtIn / "notes.txt", "not a catalog");

    SECTION("without a user folder the built-in catalog loads alone")
    {
        const auto result = CatalogLoader::loadWithOverrides(builtIn, user);
        INFO(allErrors(result));
        CHECK(result.ok());
        CHECK(result.catalog.size() == 3);
        CHECK(result.notes.empty());
        // Files are read in name order: hinge.json before squat.json.
        CHECK(result.catalog.exercises().front().id == "a-hinge");
    }
    SECTION("an override replaces the built-in exercise and adds a note")
    {
        json mine = sampleExercise("b-squat", "squat", 2, std::nullopt, "a-squat");
        mine["name"] = "My squat";
        writeFile(user / "mine.json", sampleDocument({mine, sampleExercise("c-hinge", "hinge", 1)}));
        const auto result = CatalogLoader::loadWithOverrides(builtIn, user);
        INFO(allErrors(result));
        REQUIRE(result.ok());
        CHECK(result.catalog.size() == 4);
        REQUIRE(result.catalog.find("b-squat"));
        CHECK(result.catalog.find("b-squat")->name == "My squat");
        CHECK(result.catalog.find("b-squat")->sourceFile == (user / "mine.json").string());
        REQUIRE(result.notes.size() == 1);
        CHECK(result.notes[0]
            == (user / "mine.json").string() + ": exercise `b-squat` overrides " + (builtIn / "squat.json").string());
    }
    SECTION("an override that breaks a ladder is an error naming the user file")
    {
        writeFile(user / "mine.json", sampleDocument({sampleExercise("b-squat", "squat", 2)}));
        const auto result = CatalogLoader::loadWithOverrides(builtIn, user);
        INFO(allErrors(result));
        REQUIRE(result.errors.size() == 1);
        CHECK(result.errors[0].file == (builtIn / "squat.json").string());
        CHECK(result.errors[0].message.find("has regresses_to null") != std::string::npos);
    }
    SECTION("two user files defining the same id is an error for the later one in name order")
    {
        writeFile(user / "b.json", sampleDocument({sampleExercise("a-hinge", "hinge", 1)}));
        writeFile(user / "a.json", sampleDocument({sampleExercise("a-hinge", "hinge", 1)}));
        const auto result = CatalogLoader::loadWithOverrides(builtIn, user);
        REQUIRE(result.errors.size() == 1);
        CHECK(result.errors[0].file == (user / "b.json").string());
        CHECK(result.errors[0].message.find("duplicate id \"a-hinge\"") != std::string::npos);
        REQUIRE(result.notes.size() == 1);
        CHECK(result.notes[0].starts_with((user / "a.json").string()));
    }
    SECTION("errors in the user folder are reported with the built-in ones kept")
    {
        writeFile(user / "broken.json", "{\"format\": \"keel-catalog\",");
        const auto result = CatalogLoader::loadWithOverrides(builtIn, user);
        REQUIRE(result.errors.size() == 1);
        CHECK(result.errors[0].file == (user / "broken.json").string());
        CHECK(result.catalog.size() == 3);
    }
    SECTION("a file where the user folder should be is reported")
    {
        writeFile(user, "oops");
        const auto result = CatalogLoader::loadWithOverrides(builtIn, user);
        REQUIRE(result.errors.size() == 1);
        CHECK(result.errors[0].file == user.string());
    }
}

TEST_CASE("issues print as FORMAT.md shows them")
{
    CatalogIssue syntax {"bad.json", 12, 7, {}, {}, "syntax error"};
    CHECK(syntax.toString() == "bad.json:12:7: syntax error");
    CatalogIssue content {"bad.json", 0, 0, "/exercises/3/dose/sets/0", "goblet-squat", "expected an integer"};
    CHECK(content.toString() == "bad.json: /exercises/3/dose/sets/0 (goblet-squat): expected an integer");
    CatalogIssue noId {"bad.json", 0, 0, "/format", {}, "missing"};
    CHECK(noId.toString() == "bad.json: /format: missing");
    CatalogIssue whole {"bad.json", 0, 0, {}, {}, "cannot open: no such file"};
    CHECK(whole.toString() == "bad.json: cannot open: no such file");
}

TEST_CASE("top_kg is checked: only on external loads, above zero, at most 300 and not below start_kg")
{
    json low = sampleExercise("low-squat");
    low["load"] = {{"kind", "external"}, {"start_kg", 8}, {"step_kg", 2}, {"top_kg", 6}};
    json body = sampleExercise("body-squat");
    body["load"] = {{"kind", "bodyweight"}, {"top_kg", 20}};
    json heavy = sampleExercise("heavy-squat");
    heavy["load"] = {{"kind", "external"}, {"start_kg", 8}, {"step_kg", 2}, {"top_kg", 400}};
    json none = sampleExercise("open-squat");
    none["load"] = {{"kind", "external"}, {"start_kg", 8}, {"step_kg", 2}};

    const CatalogLoadResult result = loadExercises({low, body, heavy, none});
    INFO(allErrors(result));
    CHECK(result.errors.size() == 3);
    const auto* below = findError(result, "/exercises/0/load/top_kg", "top_kg 6 is below start_kg 8");
    REQUIRE(below);
    CHECK(below->toString()
        == "test.json: /exercises/0/load/top_kg (low-squat): top_kg 6 is below start_kg 8 (the "
           "top load is the heaviest this exercise is ever prescribed)");
    CHECK(findError(result, "/exercises/1/load/top_kg", "applies only to external load"));
    CHECK(findError(result, "/exercises/2/load/top_kg", "300"));
    // Without top_kg the exercise loads: what the person owns is then its only ceiling.
    REQUIRE(result.catalog.find("open-squat"));
    CHECK_FALSE(result.catalog.find("open-squat")->load.topKg);
}
