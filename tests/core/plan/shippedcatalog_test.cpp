// SPDX-License-Identifier: GPL-3.0-or-later
// The same lives as the property tests, over the catalog Keel ships: its content must let every
// weekly rule hold (ladders, flare-up-safe bottoms, enough drills with minutes, walking entries).
#include "core/catalog/catalogloader.h"
#include "core/catalog/catalogpaths.h"

#include "planlife.h"

#include <catch2/catch.hpp>

using namespace keel::core;

TEST_CASE("the shipped catalog supports every weekly rule over 12 simulated weeks", "[shipped]")
{
    const CatalogLoadResult loaded = CatalogLoader::loadWithOverrides(builtInCatalogDir(), {});
    for (const CatalogIssue& issue : loaded.errors)
        FAIL_CHECK(issue.toString());
    REQUIRE(loaded.ok());
    keel::test::LifeReport report;
    // Every 13th profile: all experience levels, kits, day sets and budgets still come round.
    for (int index = 0; index < 520; index += 13)
        keel::test::liveTwelveWeeks(loaded.catalog, index, report);
    INFO(report.text.str());
    CHECK(report.failures == 0);
}
