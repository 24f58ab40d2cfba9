// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/plan/walkingprogression.h"

#include <algorithm>

namespace keel::core {

int WalkingProgression::startMinutes(const Profile& profile)
{
    return std::clamp(profile.walkBaselineMinutes, kMinMinutes, kGoalMinutes);
}

int WalkingProgression::nextMinutes(int minutes)
{
    if (minutes >= kGoalMinutes)
        return kGoalMinutes;
    // Rounding down keeps the weekly rise at or under 10 %; the one-minute floor keeps short walks growing.
    return std::min(kGoalMinutes, minutes + std::max(1, minutes / 10));
}

int WalkingProgression::stepBackMinutes(int minutes)
{
    return std::max(kMinMinutes, minutes - std::max(1, minutes / 10));
}

bool WalkingProgression::inBouts(const Profile& profile, int minutes)
{
    return profile.experience == Experience::Starting && minutes < kContinuousFrom;
}

std::vector<int> WalkingProgression::split(int minutes, bool bouts)
{
    if (!bouts || minutes <= 0)
        return {minutes};
    const int count = minutes < 15 ? 2 : 3;
    std::vector<int> parts(static_cast<std::size_t>(count), minutes / count);
    // The longer bouts come last, when the legs are warm.
    for (int extra = minutes % count, i = count - 1; extra > 0; --extra, --i)
        ++parts[static_cast<std::size_t>(i)];
    return parts;
}

const Exercise* WalkingProgression::exerciseFor(
    const Catalog& catalog, const std::set<std::string, std::less<>>& owned, bool bouts)
{
    for (std::string_view id : bouts ? std::vector {kBoutsId, kWalkId} : std::vector {kWalkId, kBoutsId}) {
        if (const Exercise* exercise = catalog.find(id); exercise && exercise->canBeDoneWith(owned))
            return exercise;
    }
    for (const Exercise* exercise : catalog.byPattern(Pattern::Walking)) {
        if (exercise->dose.kind == DoseKind::Minutes && exercise->canBeDoneWith(owned))
            return exercise;
    }
    return nullptr;
}

} // namespace keel::core
