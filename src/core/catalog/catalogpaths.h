// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <filesystem>

namespace keel::core {

/// The folder holding the built-in catalog: $KEEL_DATA_DIR/catalog when set; for a binary in
/// the build tree the source tree's data/catalog; otherwise the one installed beside the binary.
std::filesystem::path builtInCatalogDir();

} // namespace keel::core
