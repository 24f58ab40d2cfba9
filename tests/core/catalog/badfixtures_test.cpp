// SPDX-License-Identifier: GPL-3.0-or-later
// Every hand-written broken catalog in tests/fixtures/catalog/bad/ must be refused with the
// error listed for it in expected.txt, at the location listed there.
#include "core/catalog/catalogloader.h"

#include "testpaths.h"

#include <algorithm>
#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <sstream>
#include <string>

namespace fs = std::filesystem;
using keel::core::CatalogIssue;
using keel::core::CatalogLoader;
using keel::core::CatalogLoadResult;

namespace {

const fs::path kBadDir = fs::path(KEEL_FIXTURES_DIR) / "catalog" / "bad";

struct Expectation {
    std::string location; ///< "LINE:COLUMN", a JSON pointer, or "-" for the whole file.
    std::string text;
};

std::string trimmed(const std::string& text)
{
    const auto first = text.find_first_not_of(" \t");
    if (first == std::string::npos)
        return {};
    const auto last = text.find_last_not_of(" \t\r");
    return text.substr(first, last - first + 1);
}

std::map<std::string, Expectation> readExpectations()
{
    std::map<std::string, Expectation> table;
    std::ifstream in(kBadDir / "expected.txt");
    REQUIRE(in);
    std::string line;
    while (std::getline(in, line)) {
        if (trimmed(line).empty() || trimmed(line).front() == '#')
            continue;
        const auto bar1 = line.find('|');
        const auto bar2 = line.find('|', bar1 + 1);
        INFO(line);
        REQUIRE(bar1 != std::string::npos);
        REQUIRE(bar2 != std::string::npos);
        const std::string file = trimmed(line.substr(0, bar1));
        REQUIRE_FALSE(table.contains(file));
        table[file] = {trimmed(line.substr(bar1 + 1, bar2 - bar1 - 1)), trimmed(line.substr(bar2 + 1))};
    }
    return table;
}

std::string locationOf(const CatalogIssue& issue)
{
    if (issue.line > 0)
        return std::to_string(issue.line) + ":" + std::to_string(issue.column);
    return issue.jsonPath.empty() ? "-" : issue.jsonPath;
}

std::string allErrors(const CatalogLoadResult& result)
{
    std::string text;
    for (const CatalogIssue& issue : result.errors)
        text += issue.toString() + "\n";
    return text;
}

} // namespace

TEST_CASE("every broken fixture has an expectation and every expectation a fixture")
{
    const auto table = readExpectations();
    std::set<std::string> files;
    for (const auto& entry : fs::directory_iterator(kBadDir)) {
        if (entry.path().extension() == ".json")
            files.insert(entry.path().filename().string());
    }
    CHECK(files.size() >= 35);
    for (const std::string& file : files) {
        INFO(file);
        CHECK(table.contains(file));
    }
    for (const auto& [file, expectation] : table) {
        INFO(file);
        CHECK(files.contains(file));
    }
}

TEST_CASE("each broken fixture is refused with its expected error at the expected place")
{
    for (const auto& [file, expectation] : readExpectations()) {
        const fs::path path = kBadDir / file;
        DYNAMIC_SECTION(file)
        {
            CatalogLoadResult result;
            REQUIRE_NOTHROW(result = CatalogLoader::loadFiles({path}));
            INFO(allErrors(result));
            REQUIRE_FALSE(result.ok());

            const bool found = std::any_of(result.errors.begin(), result.errors.end(), [&](const CatalogIssue& issue) {
                return locationOf(issue) == expectation.location
                    && issue.message.find(expectation.text) != std::string::npos;
            });
            INFO("expected at " << expectation.location << ": " << expectation.text);
            CHECK(found);

            for (const CatalogIssue& issue : result.errors) {
                // Every error names the file and is located: line and column, or a JSON path.
                CHECK(issue.file == path.string());
                CHECK(issue.toString().starts_with(path.string() + ":"));
                CHECK(issue.toString().find('\n') == std::string::npos);
                if (issue.line > 0)
                    CHECK(issue.column > 0);
                // A content error inside an exercise names it when the exercise has an id.
                if (issue.jsonPath.starts_with("/exercises/") && file != "missing-id.json"
                    && file != "exercise-not-object.json")
                    CHECK_FALSE(issue.exerciseId.empty());
            }
        }
    }
}

TEST_CASE("each broken fixture is also refused when read from memory")
{
    for (const auto& [file, expectation] : readExpectations()) {
        std::ifstream in(kBadDir / file, std::ios::binary);
        std::ostringstream text;
        text << in.rdbuf();
        INFO(file);
        CatalogLoadResult result;
        REQUIRE_NOTHROW(result = CatalogLoader::loadText(file, text.str()));
        CHECK_FALSE(result.ok());
    }
}
