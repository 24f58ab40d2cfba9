// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <filesystem>

namespace keel::core {

/// The folder holding the built-in catalog: $KEEL_DATA_DIR/catalog when set, else the
/// source tree's data/catalog when it exists (development builds), else the installed one.
std::filesystem::path builtInCatalogDir();

} // namespace keel::core
