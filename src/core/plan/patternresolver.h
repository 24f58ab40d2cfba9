// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/catalog/catalog.h"
#include "core/model/profile.h"
#include "core/model/progressionstate.h"
#include "core/plan/progressionengine.h"
#include "core/plan/rungselector.h"
#include "core/plan/sessionbuilder.h"

#include <span>
#include <string>
#include <vector>

namespace keel::core {

/// Walking for the week: minutes a day and why.
struct WalkingChoice {
    int minutes = 0;
    Reason reason;
};

/// Decides, for one week, which exercise and working state each pattern is planned at and
/// writes the reason: the latest progression event, a new start, an equipment substitution,
/// or flare-up mode.
class PatternResolver {
public:
    PatternResolver(const Catalog& catalog, const Profile& profile, const ProgressionSnapshot& progression,
        std::span<const ProgressionEvent> events, Date weekStart);

    /// The pattern's choice; its exercise is nullptr when nothing of the pattern is doable.
    StrengthChoice choose(Pattern pattern) const;
    /// Walking minutes a day this week (capped in flare-up mode) and the reason.
    WalkingChoice walking() const;
    /// "flare-up mode since 2026-11-20 (morning check-in 7/10 …): gentle options only".
    Reason flareUpReason() const;
    /// The selector for the profile's equipment.
    const RungSelector& selector() const { return m_selector; }

private:
    const ProgressionEvent* latestEvent(std::optional<Pattern> pattern, std::optional<ProgressionKind> kind) const;
    Reason progressionReason(Pattern pattern) const;
    StrengthChoice regular(Pattern pattern) const;
    StrengthChoice gentle(StrengthChoice choice) const;
    /// The choice stepped down for a week of the graded return after a flare-up, with the return as its reason.
    StrengthChoice graded(StrengthChoice choice, const FlareUpReturn& back) const;

    const Catalog& m_catalog;
    const Profile& m_profile;
    const ProgressionSnapshot& m_progression;
    std::span<const ProgressionEvent> m_events;
    Date m_weekStart;
    RungSelector m_selector;
};

} // namespace keel::core
