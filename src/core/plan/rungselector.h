// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/catalog/catalog.h"

#include <set>
#include <string>
#include <vector>

namespace keel::core {

/// Finds rungs on a pattern's ladder that the user's equipment allows. A "rung" is a level:
/// the linked ladder exercise at that level when it is doable, else an unlinked alternative of
/// the same pattern and level.
class RungSelector {
public:
    RungSelector(const Catalog& catalog, std::set<std::string, std::less<>> owned);

    /// The level a new pattern starts at for this experience (starting 1, returning 2, building 3, experienced 4).
    static int startingLevel(Experience experience);

    /// Doable exercises of `pattern`, by level; ladder rungs before alternatives, then by name.
    std::vector<const Exercise*> doable(Pattern pattern) const;
    /// The highest doable exercise at or below the experience's starting level (the lowest doable if none).
    const Exercise* startingRung(Pattern pattern, Experience experience) const;
    /// The next rung up that the equipment allows: the linked next rung when it is doable, else the
    /// gentlest doable exercise above `current`'s level (a rung the kit cannot do is passed over, so
    /// a bar the person owns is reached); nullptr when nothing above is doable.
    const Exercise* nextUp(const Exercise& current) const;
    /// The ladder rung above `current`, doable or not: its `progresses_to`, else (for an alternative)
    /// the gentlest linked rung of the pattern above its level; nullptr at the top of the ladder.
    const Exercise* nextLadderRung(const Exercise& current) const;
    /// One rung down that the equipment allows; nullptr on the gentlest doable rung.
    const Exercise* nextDown(const Exercise& current) const;
    /// `current` when the equipment allows it, else the best doable exercise at or below its level.
    const Exercise* resolve(const Exercise& current) const;
    /// The flare-up-safe exercise closest to `current` at or below its level, else the gentlest safe one.
    const Exercise* flareUpOption(const Exercise& current) const;
    /// Other doable exercises of the same pattern and level: what `current` may be swapped for.
    std::vector<const Exercise*> sameRung(const Exercise& current) const;
    /// True when the profile's equipment allows `exercise`.
    bool canDo(const Exercise& exercise) const { return exercise.canBeDoneWith(m_owned); }

private:
    const Exercise* bestAtOrBelow(Pattern pattern, int level, bool safeOnly) const;

    const Catalog& m_catalog;
    std::set<std::string, std::less<>> m_owned;
};

} // namespace keel::core
