// SPDX-License-Identifier: GPL-3.0-or-later
// Catalog translations: each broken file names its file, exercise, field and value; a bad
// entry is left out whole and shows in English; the loader reads only the language asked for.
#include "core/catalog/catalogloader.h"
#include "core/catalog/translationfileparser.h"
#include "support/tempdir.h"

#include "catalogsamples.h"
#include "testpaths.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

namespace fs = std::filesystem;
using keel::core::Catalog;
using keel::core::CatalogIssue;
using keel::core::CatalogLoader;
using keel::core::TranslationFileParser;
using keel::test::sampleDocument;
using keel::test::sampleExercise;
using keel::test::TempDir;
using keel::test::writeFile;
using nlohmann::json;

namespace {

// Two exercises: "goblet-squat" with two steps, one cue and no cautions; "box-squat" the same.
Catalog english()
{
    auto loaded = CatalogLoader::loadText("squat.json",
        sampleDocument({sampleExercise("goblet-squat", "squat", 3, "box-squat"),
            sampleExercise("box-squat", "squat", 4, std::nullopt, "goblet-squat")}));
    REQUIRE(loaded.ok());
    return std::move(loaded.catalog);
}

json fullEntry()
{
    return {{"name", "Goblet-Kniebeuge"}, {"summary", "Eine Beispielübung."},
        {"steps", {"In Position gehen.", "Bewegen und zurück."}}, {"cues", {"Aufrecht bleiben."}},
        {"why", "Sie prüft den Lader."}, {"cautions", json::array()}};
}

json document(json exercises)
{
    return {{"format", "keel-catalog-translation"}, {"version", 1}, {"language", "de"},
        {"exercises", std::move(exercises)}};
}

struct Parsed {
    Catalog::Translations translations;
    std::vector<CatalogIssue> issues;
    std::string text() const
    {
        std::string all;
        for (const CatalogIssue& issue : issues)
            all += issue.toString() + "\n";
        return all;
    }
};

Parsed parse(const std::string& text, const Catalog& catalog)
{
    Parsed parsed;
    parsed.translations
        = TranslationFileParser::parse("de/squat.json", text, std::string("de"), catalog, parsed.issues);
    return parsed;
}

} // namespace

TEST_CASE("a sound translation file gives every field and no issue")
{
    const Catalog catalog = english();
    const Parsed parsed = parse(document({{"goblet-squat", fullEntry()}}).dump(), catalog);
    INFO(parsed.text());
    CHECK(parsed.issues.empty());
    REQUIRE(parsed.translations.size() == 1);
    const auto& translation = parsed.translations.at("goblet-squat");
    CHECK(translation.name == "Goblet-Kniebeuge");
    CHECK(translation.steps->size() == 2);
    CHECK(translation.cautions->empty());
}

TEST_CASE("each broken translation names the file, the exercise, the field and the value")
{
    const Catalog catalog = english();
    struct Case {
        const char* what;
        json exercises;
        std::string expected;
    };
    json tooLong = fullEntry();
    tooLong["name"] = std::string(81, 'x');
    json fewerSteps = fullEntry();
    fewerSteps["steps"] = {"Nur ein Schritt."};
    json unknownKey = fullEntry();
    unknownKey["cue"] = {"Aufrecht."};
    json emptyCue = fullEntry();
    emptyCue["cues"] = {""};
    const std::vector<Case> cases = {
        {"unknown id", {{"gobelt-squat", fullEntry()}},
            "de/squat.json: /exercises/gobelt-squat (gobelt-squat): unknown exercise id \"gobelt-squat\" (did you "
            "mean \"goblet-squat\"?): the English catalog has no such exercise"},
        {"count mismatch", {{"goblet-squat", fewerSteps}},
            "de/squat.json: /exercises/goblet-squat/steps (goblet-squat): expected 2 steps (as many as the English "
            "exercise), got 1"},
        {"too long", {{"goblet-squat", tooLong}},
            "de/squat.json: /exercises/goblet-squat/name (goblet-squat): expected 1–80 characters, got 81: \"xxx"},
        {"empty", {{"goblet-squat", emptyCue}},
            "de/squat.json: /exercises/goblet-squat/cues/0 (goblet-squat): expected 1–160 characters, got 0: \"\""},
        {"unknown key", {{"goblet-squat", unknownKey}},
            "de/squat.json: /exercises/goblet-squat/cue (goblet-squat): unknown key \"cue\" (did you mean "
            "\"cues\"?)"},
        {"not an object", {{"goblet-squat", "Goblet-Kniebeuge"}},
            "de/squat.json: /exercises/goblet-squat (goblet-squat): expected an object with the translated name, "
            "summary, steps, cues, why and cautions, got the string \"Goblet-Kniebeuge\""},
    };
    for (const Case& c : cases) {
        SECTION(c.what)
        {
            json exercises = c.exercises;
            exercises["box-squat"] = fullEntry();
            const Parsed parsed = parse(document(exercises).dump(), catalog);
            INFO(parsed.text());
            REQUIRE(parsed.issues.size() == 1);
            CHECK_THAT(parsed.issues.front().toString(), Catch::StartsWith(c.expected));
            // The sound entry beside it still counts; the broken one is left out whole.
            CHECK(parsed.translations.size() == 1);
            CHECK(parsed.translations.contains("box-squat"));
        }
    }
}

TEST_CASE("a translation file with a wrong header gives nothing at all")
{
    const Catalog catalog = english();
    struct Case {
        const char* what;
        std::string key;
        json value;
        std::string expected;
    };
    const std::vector<Case> cases = {
        {"wrong language", "language", "fr",
            "de/squat.json: /language: expected \"de\" (the name of the folder the file is in), got the string "
            "\"fr\""},
        {"no language code", "language", "Deutsch",
            "de/squat.json: /language: expected a language code such as \"de\" (two or three lowercase letters), "
            "got the string \"Deutsch\""},
        {"wrong format", "format", "keel-catalog",
            "de/squat.json: /format: expected \"keel-catalog-translation\", got the string \"keel-catalog\""},
        {"wrong version", "version", 2,
            "de/squat.json: /version: expected the integer 1 (the only translation version), got 2"},
        {"unknown key", "comment", "hallo", "de/squat.json: /comment: unknown key \"comment\""},
    };
    for (const Case& c : cases) {
        SECTION(c.what)
        {
            json doc = document({{"goblet-squat", fullEntry()}});
            doc[c.key] = c.value;
            const Parsed parsed = parse(doc.dump(), catalog);
            INFO(parsed.text());
            REQUIRE(parsed.issues.size() == 1);
            CHECK_THAT(parsed.issues.front().toString(), Catch::StartsWith(c.expected));
            CHECK(parsed.translations.empty());
        }
    }
}

TEST_CASE("malformed JSON and repeated keys in a translation are located")
{
    const Catalog catalog = english();
    SECTION("a syntax error names the line and column and gives nothing")
    {
        const Parsed parsed = parse("{\n  \"format\": \"keel-catalog-translation\",\n  \"version\": 1,,\n}", catalog);
        REQUIRE(parsed.issues.size() == 1);
        CHECK_THAT(parsed.issues.front().toString(), Catch::StartsWith("de/squat.json:3:"));
        CHECK(parsed.translations.empty());
    }
    SECTION("a key repeated inside an entry leaves out that entry only")
    {
        const std::string text = R"({"format": "keel-catalog-translation", "version": 1, "language": "de",
            "exercises": {"goblet-squat": {"name": "Eins", "name": "Zwei"}, "box-squat": {"name": "Kasten"}}})";
        const Parsed parsed = parse(text, catalog);
        INFO(parsed.text());
        REQUIRE(parsed.issues.size() == 1);
        CHECK_THAT(parsed.issues.front().toString(), Catch::Contains("/exercises/goblet-squat/name (goblet-squat)"));
        CHECK(parsed.translations.size() == 1);
        CHECK(parsed.translations.contains("box-squat"));
    }
    SECTION("only a translation's format makes it one")
    {
        CHECK(TranslationFileParser::isTranslation(document(json::object()).dump()));
        CHECK_FALSE(TranslationFileParser::isTranslation(sampleDocument({sampleExercise("goblet-squat")})));
        CHECK_FALSE(TranslationFileParser::isTranslation("{\"format\": "));
    }
}

TEST_CASE("a translated catalog falls back to English field by field")
{
    Catalog catalog = english();
    Catalog::Translations translations;
    translations["goblet-squat"].name = "Goblet-Kniebeuge";
    translations["goblet-squat"].cues = std::vector<std::string> {"Aufrecht bleiben."};
    translations["not-in-the-catalog"].name = "Nichts";
    catalog.setTranslations("de", std::move(translations));
    CHECK(catalog.language() == "de");

    const auto& goblet = *catalog.find("goblet-squat");
    const auto texts = catalog.texts(goblet);
    CHECK(texts.name == "Goblet-Kniebeuge");
    CHECK(catalog.name(goblet) == "Goblet-Kniebeuge");
    CHECK(texts.cues == std::vector<std::string> {"Aufrecht bleiben."});
    CHECK(texts.summary == goblet.summary);
    CHECK(texts.steps == goblet.steps);
    CHECK(texts.why == goblet.why);
    // The exercise itself stays English: plans, exports and the command line read it.
    CHECK(goblet.name == "Exercise goblet-squat");

    const auto& box = *catalog.find("box-squat");
    CHECK(catalog.name(box) == box.name);
    CHECK(catalog.texts(box).steps == box.steps);
}

TEST_CASE("the loader reads the translations of the language asked for, and only those")
{
    TempDir dir;
    const fs::path builtIn = dir / "catalog";
    fs::create_directories(builtIn / "de");
    fs::create_directories(builtIn / "fr");
    writeFile(builtIn / "squat.json",
        sampleDocument({sampleExercise("goblet-squat", "squat", 3, "box-squat"),
            sampleExercise("box-squat", "squat", 4, std::nullopt, "goblet-squat")}));
    writeFile(builtIn / "de" / "squat.json", document({{"goblet-squat", fullEntry()}}).dump(2));
    json french = document({{"goblet-squat", {{"name", "Squat gobelet"}}}});
    french["language"] = "fr";
    writeFile(builtIn / "fr" / "squat.json", french.dump(2));

    SECTION("German")
    {
        const auto result = CatalogLoader::loadWithOverrides(builtIn, dir / "user", "de");
        CHECK(result.ok());
        CHECK(result.translationErrors.empty());
        CHECK(result.catalog.language() == "de");
        CHECK(result.catalog.name(*result.catalog.find("goblet-squat")) == "Goblet-Kniebeuge");
    }
    SECTION("English reads no folder")
    {
        const auto result = CatalogLoader::loadWithOverrides(builtIn, dir / "user");
        CHECK(result.catalog.language() == "en");
        CHECK(result.catalog.name(*result.catalog.find("goblet-squat")) == "Exercise goblet-squat");
    }
    SECTION("a language without a folder is English")
    {
        const auto result = CatalogLoader::loadWithOverrides(builtIn, dir / "user", "it");
        CHECK(result.ok());
        CHECK(result.translationErrors.empty());
        CHECK(result.catalog.name(*result.catalog.find("goblet-squat")) == "Exercise goblet-squat");
    }
    SECTION("a broken translation never fails the load")
    {
        writeFile(builtIn / "de" / "broken.json", "{\"format\": \"keel-catalog-translation\", ");
        const auto result = CatalogLoader::loadWithOverrides(builtIn, dir / "user", "de");
        CHECK(result.ok());
        REQUIRE(result.translationErrors.size() == 1);
        CHECK_THAT(result.translationErrors.front().toString(), Catch::Contains("broken.json:1:"));
        CHECK(result.catalog.name(*result.catalog.find("goblet-squat")) == "Goblet-Kniebeuge");
    }
    SECTION("an exercise translated twice keeps the first file's words")
    {
        writeFile(builtIn / "de" / "twice.json", document({{"goblet-squat", {{"name", "Doppelt"}}}}).dump(2));
        const auto result = CatalogLoader::loadWithOverrides(builtIn, dir / "user", "de");
        REQUIRE(result.translationErrors.size() == 1);
        CHECK_THAT(result.translationErrors.front().toString(),
            Catch::Contains("(goblet-squat): exercise \"goblet-squat\" is translated twice: already in"));
        CHECK(result.catalog.name(*result.catalog.find("goblet-squat")) == "Goblet-Kniebeuge");
    }
    SECTION("the user's own exercise keeps its words, even over a built-in id")
    {
        fs::create_directories(dir / "user");
        json mine = sampleExercise("goblet-squat", "squat", 3, "box-squat");
        mine["name"] = "My goblet squat";
        // Steps of its own: the shipped German, written for other steps, is no problem of the user's.
        mine["steps"].push_back("Stand tall again and breathe out.");
        writeFile(dir / "user" / "mine.json", sampleDocument({mine}));
        const auto result = CatalogLoader::loadWithOverrides(builtIn, dir / "user", "de");
        CHECK(result.ok());
        CHECK(result.translationErrors.empty());
        CHECK(result.catalog.name(*result.catalog.find("goblet-squat")) == "My goblet squat");
    }
}
