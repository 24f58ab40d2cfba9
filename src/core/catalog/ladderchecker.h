// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/catalog/catalogfileparser.h"

#include <cstddef>
#include <vector>

namespace keel::core {

/// Checks the progresses_to / regresses_to links of a merged set of exercises: every link
/// names an exercise of the same pattern one level up (or down), the links mirror each other,
/// and no ladder loops.
class LadderChecker {
public:
    /// Broken links that get a "did you mean" suggestion; later ones are reported without one,
    /// so checking a file costs time in proportion to its size.
    static constexpr std::size_t kMaxSuggestions = 20;

    /// Every link problem among `entries` (ids must already be unique), located at the link.
    static std::vector<CatalogIssue> check(const std::vector<CatalogEntry>& entries);
};

} // namespace keel::core
