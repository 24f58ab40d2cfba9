// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace keel::core {

/// Edit distance (insertions, deletions, substitutions and swaps of neighbours) between two words.
std::size_t editDistance(std::string_view a, std::string_view b);

/// The candidate most likely meant by a misspelt `word`, if one is close enough to suggest.
std::optional<std::string> closestMatch(std::string_view word, std::span<const std::string_view> candidates);

/// Up to `limit` candidates that are close to `word` or contain it, best first.
std::vector<std::string> closeMatches(
    std::string_view word, std::span<const std::string_view> candidates, std::size_t limit);

} // namespace keel::core
