// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/catalog/catalogpaths.h"

#include <cstdlib>
#include <system_error>

namespace keel::core {

std::filesystem::path builtInCatalogDir()
{
    namespace fs = std::filesystem;
    std::error_code ec;
    if (const char* overridden = std::getenv("KEEL_DATA_DIR"); overridden && *overridden)
        return fs::path(overridden) / "catalog";
    // A development build prefers its own source tree, so edits to data/catalog show at once.
    const fs::path source = fs::path(KEEL_DATA_DIR_SOURCE) / "catalog";
    if (fs::is_directory(source, ec))
        return source;
    return fs::path(KEEL_DATA_DIR_INSTALLED) / "catalog";
}

} // namespace keel::core
