// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/catalog/spelling.h"

#include <algorithm>
#include <utility>

namespace keel::core {

namespace {

// Close enough to be a typo rather than a different word: one slip in a short word, two in a
// longer one, and never most of the word.
bool isTypoDistance(std::string_view word, std::size_t distance)
{
    const std::size_t allowed = word.size() <= 4 ? 1 : 2;
    return distance <= allowed && distance * 2 < word.size();
}

} // namespace

std::size_t editDistance(std::string_view a, std::string_view b)
{
    // Optimal string alignment distance over three rolling rows.
    std::vector<std::size_t> previous2(b.size() + 1);
    std::vector<std::size_t> previous(b.size() + 1);
    std::vector<std::size_t> current(b.size() + 1);
    for (std::size_t j = 0; j <= b.size(); ++j)
        previous[j] = j;
    for (std::size_t i = 1; i <= a.size(); ++i) {
        current[0] = i;
        for (std::size_t j = 1; j <= b.size(); ++j) {
            const std::size_t cost = a[i - 1] == b[j - 1] ? 0 : 1;
            current[j] = std::min({previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost});
            if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                current[j] = std::min(current[j], previous2[j - 2] + 1);
        }
        std::swap(previous2, previous);
        std::swap(previous, current);
    }
    return previous[b.size()];
}

std::optional<std::string> closestMatch(std::string_view word, std::span<const std::string_view> candidates)
{
    std::optional<std::string> best;
    std::size_t bestDistance = 0;
    for (const std::string_view candidate : candidates) {
        // A clipped word ("step" for "step_kg") is as likely a slip as a typo.
        const bool clipped = word.size() >= 3 && (candidate.starts_with(word) || word.starts_with(candidate));
        // The distance is at least the difference in length: skip the table when that alone is too far.
        const std::size_t lengthGap
            = word.size() > candidate.size() ? word.size() - candidate.size() : candidate.size() - word.size();
        if (!clipped && !isTypoDistance(word, lengthGap))
            continue;
        const std::size_t distance = editDistance(word, candidate);
        if (distance == 0 || !(isTypoDistance(word, distance) || clipped))
            continue;
        if (!best || distance < bestDistance) {
            best = std::string(candidate);
            bestDistance = distance;
        }
    }
    return best;
}

std::vector<std::string> closeMatches(
    std::string_view word, std::span<const std::string_view> candidates, std::size_t limit)
{
    std::vector<std::pair<std::size_t, std::string_view>> ranked;
    for (const std::string_view candidate : candidates) {
        const std::size_t distance = editDistance(word, candidate);
        if (isTypoDistance(word, distance))
            ranked.emplace_back(distance, candidate);
        else if (word.size() >= 3 && candidate.find(word) != std::string_view::npos)
            ranked.emplace_back(candidate.size() - word.size() + 3, candidate);
    }
    std::sort(ranked.begin(), ranked.end());
    std::vector<std::string> result;
    for (const auto& [distance, candidate] : ranked) {
        if (result.size() == limit)
            break;
        result.emplace_back(candidate);
    }
    return result;
}

} // namespace keel::core
