// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/catalog/catalogpaths.h"

#include <cstdlib>
#include <system_error>

namespace keel::core {

namespace {

namespace fs = std::filesystem;

// True when `path` lies inside `folder` (both absolute).
bool isInside(const fs::path& path, const fs::path& folder)
{
    const fs::path relative = path.lexically_normal().lexically_relative(folder.lexically_normal());
    return !relative.empty() && *relative.begin() != "..";
}

} // namespace

std::filesystem::path builtInCatalogDir()
{
    if (const char* overridden = std::getenv("KEEL_DATA_DIR"); overridden && *overridden)
        return fs::path(overridden) / "catalog";
    std::error_code ec;
    const fs::path executable = fs::read_symlink("/proc/self/exe", ec);
    if (ec)
        return fs::path(KEEL_DATA_DIR_INSTALLED) / "catalog";
    // A binary still in the build tree reads the source tree, so edits to data/catalog show at once.
    const fs::path buildDir = fs::weakly_canonical(KEEL_BUILD_DIR, ec);
    if (!ec && isInside(executable, buildDir))
        return fs::path(KEEL_DATA_DIR_SOURCE) / "catalog";
    // An installed binary reads only what was installed beside it (PREFIX/bin -> PREFIX/share/keel),
    // even when the source tree it was built from is still on the disk, and wherever the prefix moved.
    return executable.parent_path().parent_path() / KEEL_DATA_DIR_RELATIVE / "catalog";
}

} // namespace keel::core
