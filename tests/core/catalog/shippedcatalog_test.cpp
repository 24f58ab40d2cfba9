// SPDX-License-Identifier: GPL-3.0-or-later
// The catalog Keel ships must load cleanly and hold the ladders and drills FORMAT.md promises.
#include "core/catalog/catalogloader.h"
#include "core/catalog/catalogpaths.h"

#include "testpaths.h"

#include <catch2/catch.hpp>
#include <set>

using keel::core::Catalog;
using keel::core::CatalogLoader;
using keel::core::CatalogLoadResult;
using keel::core::Exercise;
using keel::core::Focus;
using keel::core::LoadKind;
using keel::core::Pattern;

namespace {

const std::filesystem::path kShipped = std::filesystem::path(KEEL_SOURCE_DIR) / "data" / "catalog";

const CatalogLoadResult& shipped()
{
    static const CatalogLoadResult result = CatalogLoader::loadWithOverrides(kShipped, kShipped / "no-user-folder");
    return result;
}

} // namespace

TEST_CASE("the shipped catalog loads without a single error")
{
    const CatalogLoadResult& result = shipped();
    for (const auto& issue : result.errors)
        UNSCOPED_INFO(issue.toString());
    CHECK(result.ok());
    CHECK(result.notes.empty());
    CHECK(result.catalog.size() >= 60);
}

TEST_CASE("every loaded exercise in the shipped catalog has a top load at or above its start")
{
    const CatalogLoadResult& result = shipped();
    REQUIRE(result.ok());
    int loaded = 0;
    for (const Exercise& exercise : result.catalog.exercises()) {
        if (exercise.load.kind != LoadKind::External)
            continue;
        ++loaded;
        INFO(exercise.id);
        REQUIRE(exercise.load.topKg);
        CHECK(*exercise.load.topKg >= exercise.load.startKg);
    }
    CHECK(loaded >= 15);
}

TEST_CASE("each strength pattern has a main ladder from a flare-up-safe rung to a loaded one")
{
    const Catalog& catalog = shipped().catalog;
    for (const Pattern pattern : {Pattern::Hinge, Pattern::Squat, Pattern::Carry, Pattern::AntiRotation}) {
        INFO(keel::core::toString(pattern));
        bool found = false;
        for (const auto& ladder : catalog.ladders(pattern)) {
            // A ladder built by Catalog follows the links, so check them here too rather than trust it.
            for (std::size_t i = 0; i + 1 < ladder.size(); ++i) {
                CHECK(ladder[i]->progressesTo == ladder[i + 1]->id);
                CHECK(ladder[i + 1]->regressesTo == ladder[i]->id);
                CHECK(ladder[i]->level < ladder[i + 1]->level);
                CHECK(ladder[i + 1]->pattern == pattern);
            }
            if (ladder.size() >= 4 && ladder.front()->isFlareUpSafe() && !ladder.front()->regressesTo
                && ladder.back()->load.kind == LoadKind::External && !ladder.back()->progressesTo)
                found = true;
        }
        CHECK(found);
    }
}

TEST_CASE("mobility offers at least six hip and six thoracic drills with minutes")
{
    const Catalog& catalog = shipped().catalog;
    int hip = 0;
    int thoracic = 0;
    for (const Exercise* drill : catalog.byPattern(Pattern::Mobility)) {
        INFO(drill->id);
        CHECK(drill->focus != Focus::None);
        CHECK(drill->dose.minutes);
        hip += drill->focus == Focus::Hip ? 1 : 0;
        thoracic += drill->focus == Focus::Thoracic ? 1 : 0;
    }
    CHECK(hip >= 6);
    CHECK(thoracic >= 6);
}

TEST_CASE("the shipped catalog names the exercises the seeds call for")
{
    const Catalog& catalog = shipped().catalog;
    // A handful the issue lists by name; their ids are the catalog's own kebab-case names.
    for (const char* id : {"glute-bridge", "hip-hinge-to-wall", "kettlebell-romanian-deadlift", "trap-bar-deadlift",
             "goblet-squat", "front-squat"}) {
        INFO(id);
        CHECK(catalog.find(id));
    }
    std::set<Pattern> patterns;
    for (const Exercise& exercise : catalog.exercises())
        patterns.insert(exercise.pattern);
    for (const Pattern pattern :
        {Pattern::Hinge, Pattern::Squat, Pattern::Carry, Pattern::AntiRotation, Pattern::Mobility, Pattern::Walking}) {
        INFO(keel::core::toString(pattern));
        CHECK(patterns.contains(pattern));
    }
}

TEST_CASE("the built-in catalog folder resolves to a folder holding catalog files")
{
    const auto dir = keel::core::builtInCatalogDir();
    CHECK(std::filesystem::is_directory(dir));
    CHECK(std::filesystem::exists(dir / "FORMAT.md"));
}
