// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/util/date.h"

#include <cstdint>
#include <random>
#include <utility>
#include <vector>

namespace keel::core {

/// The planner's only source of variety. Seeded from (seed, week start) so a week is reproducible
/// on its own. Uses mt19937_64 directly (its output is fixed by the standard) and no
/// std::*_distribution, whose results differ between standard libraries, so golden plans hold everywhere.
class PlanRandom {
public:
    PlanRandom(std::uint64_t seed, Date weekStart)
        : m_engine(mix(seed, weekStart))
    { }

    /// A number in [0, n); 0 when n is 0.
    std::size_t index(std::size_t n) { return n == 0 ? 0 : static_cast<std::size_t>(m_engine() % n); }

    /// Fisher–Yates with index(): the same order for the same seed on every platform.
    template<typename T> void shuffle(std::vector<T>& items)
    {
        for (std::size_t i = items.size(); i > 1; --i)
            std::swap(items[i - 1], items[index(i)]);
    }

private:
    static std::uint64_t mix(std::uint64_t seed, Date weekStart)
    {
        // splitmix64 finaliser: nearby seeds and weeks give unrelated streams.
        std::uint64_t z = seed + 0x9E3779B97F4A7C15ull * static_cast<std::uint64_t>(weekStart.days() + 1);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
        return z ^ (z >> 31);
    }

    std::mt19937_64 m_engine;
};

} // namespace keel::core
