// SPDX-License-Identifier: GPL-3.0-or-later
// The German catalog Keel ships: every exercise translated in full, every file clean.
#include "core/catalog/catalogloader.h"

#include "testpaths.h"

#include <catch2/catch.hpp>

using keel::core::CatalogLoader;
using keel::core::CatalogLoadResult;

namespace {

const std::filesystem::path kShipped = std::filesystem::path(KEEL_SOURCE_DIR) / "data" / "catalog";

} // namespace

TEST_CASE("the shipped German catalog loads without a problem and translates every field")
{
    const CatalogLoadResult result = CatalogLoader::loadWithOverrides(kShipped, kShipped / "no-user-folder", "de");
    for (const auto& issue : result.translationErrors)
        UNSCOPED_INFO(issue.toString());
    REQUIRE(result.ok());
    CHECK(result.translationErrors.empty());
    CHECK(result.catalog.language() == "de");

    // Every de file is named after an English one, so each pattern's texts stay side by side.
    for (const auto& entry : std::filesystem::directory_iterator(kShipped / "de")) {
        INFO(entry.path().string());
        CHECK(std::filesystem::exists(kShipped / entry.path().filename()));
    }

    for (const auto& exercise : result.catalog.exercises()) {
        INFO(exercise.id);
        const auto found = result.catalog.translations().find(exercise.id);
        REQUIRE(found != result.catalog.translations().end());
        const auto& translation = found->second;
        CHECK(translation.name);
        CHECK(translation.summary);
        CHECK(translation.steps);
        CHECK(translation.cues);
        CHECK(translation.why);
        CHECK(translation.cautions);
    }
}
