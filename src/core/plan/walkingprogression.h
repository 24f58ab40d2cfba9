// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/catalog/catalog.h"
#include "core/model/profile.h"

#include <string>
#include <vector>

namespace keel::core {

/// Daily walking: where it starts, how it grows (at most about 10 % a week towards 30 minutes),
/// and how a day's minutes split into short bouts for people who are just starting.
class WalkingProgression {
public:
    static constexpr int kMinMinutes = 10; ///< The least a walking day asks for.
    static constexpr int kGoalMinutes = 30; ///< Walking grows towards this and stops there.
    static constexpr int kFlareUpMinutes = 15; ///< Flare-up mode keeps walks this short.
    static constexpr int kContinuousFrom = 20; ///< From here the day's walk is one walk, not bouts.
    static constexpr std::string_view kBoutsId = "walking-bouts";
    static constexpr std::string_view kWalkId = "brisk-walk";

    /// Minutes a day for a new profile: the baseline brought into 10–30.
    static int startMinutes(const Profile& profile);
    /// Next week's minutes: +10 % rounded down, at least +1, never past 30.
    static int nextMinutes(int minutes);
    /// After pain on a walk: back by one week's step, not below 10.
    static int stepBackMinutes(int minutes);
    /// True when a day of `minutes` is walked in short bouts (starting users below 20 minutes).
    static bool inBouts(const Profile& profile, int minutes);
    /// How a day's minutes split: one walk, or 2 bouts (under 15 min) or 3, as even as possible.
    static std::vector<int> split(int minutes, bool bouts);
    /// The catalog exercise for a day of walking: walking-bouts or brisk-walk when present,
    /// else the first doable walking exercise dosed in minutes; nullptr when there is none.
    static const Exercise* exerciseFor(
        const Catalog& catalog, const std::set<std::string, std::less<>>& owned, bool bouts);
};

} // namespace keel::core
