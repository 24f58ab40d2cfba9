// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/catalog/catalogloader.h"
#include "core/catalog/exercise.h"

#include <string>
#include <string_view>
#include <vector>

namespace keel::core {

/// One exercise read from a catalog file, with where it came from and how far it can be trusted.
struct CatalogEntry {
    Exercise exercise; ///< Fields that failed validation keep their defaults.
    std::size_t index = 0; ///< Position in the file's "exercises" array, for JSON pointers.
    bool valid = false; ///< No problem in the exercise's own fields.
    bool linkable = false; ///< Its id, pattern, level and both links are sound, so its ladder can be checked.
};

/// Reads one catalog document: strict JSON (no repeated keys, bounded depth), then every
/// field checked against data/catalog/FORMAT.md. Links between exercises are LadderChecker's job.
class CatalogFileParser {
public:
    /// Validates `text`, naming it `file` in issues appended to `issues`; returns every exercise found.
    static std::vector<CatalogEntry> parse(
        const std::string& file, std::string_view text, std::vector<CatalogIssue>& issues);
};

} // namespace keel::core
