// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Helpers for the exchange tests: the shipped catalog, fixture files, and reading them.

#include "core/catalog/catalogloader.h"
#include "core/exchange/exercisematcher.h"
#include "core/exchange/importer.h"
#include "support/tempdir.h"

#include "testpaths.h"

#include <filesystem>
#include <string>

namespace keel::test {

inline const core::Catalog& shippedCatalog()
{
    static const auto result = core::CatalogLoader::loadWithOverrides(
        std::filesystem::path(KEEL_SOURCE_DIR) / "data" / "catalog", std::filesystem::path(KEEL_SOURCE_DIR) / "none");
    return result.catalog;
}

inline std::filesystem::path exchangeFixture(const std::string& name)
{
    return std::filesystem::path(KEEL_FIXTURES_DIR) / "exchange" / name;
}

inline std::string fixtureText(const std::string& name)
{
    return readFile(exchangeFixture(name));
}

/// Reads and plans a fixture with the shipped catalog and no remembered mappings.
inline core::ImportPlan planFixture(const std::string& name, const core::ReadOptions& options = {})
{
    const std::string text = fixtureText(name);
    const core::ExerciseMatcher matcher(shippedCatalog(), {});
    return core::Importer::plan(core::Importer::read(text, std::nullopt, options), matcher);
}

} // namespace keel::test
