// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/catalog/catalog.h"
#include "core/model/profile.h"
#include "core/model/progressionstate.h"
#include "core/model/weekplan.h"

#include <cstdint>
#include <optional>
#include <span>
#include <vector>

namespace keel::core {

/// Everything one week's plan depends on; nothing else is read.
struct PlanRequest {
    Profile profile;
    ProgressionSnapshot progression; ///< Patterns without a state start at the experience's rung.
    /// Past events (any order; a view, so they must outlive the call): the latest per pattern explains each item.
    std::span<const ProgressionEvent> events;
    Date weekStart;
    std::uint64_t seed = 1;
    int weekIndex = 0; ///< Weeks since the first planned week, 0-based: every Nth is a recovery week.
    /// The last strength day of the week before, when it is planned: no strength the day after it if the
    /// preferred days allow, and a note when they do not.
    std::optional<Date> previousStrength = std::nullopt;
};

/// A week planned from a day after its start (a first run or a profile change mid-week): the strength
/// days are chosen for the rest of the week only.
struct PartWeek {
    Date from;
    std::vector<Date> heldStrength; ///< Strength sessions the week held before `from`.
};

/// Builds a week that follows DESIGN.md's weekly rules. Pure and deterministic: the same request
/// gives the same plan, on every platform.
class PlanGenerator {
public:
    explicit PlanGenerator(const Catalog& catalog);

    /// The plan for the week starting at request.weekStart. Throws PlanError when the catalog has no
    /// exercise the profile's equipment allows for a pattern every week needs.
    WeekPlan generate(const PlanRequest& request, const std::optional<PartWeek>& part = std::nullopt) const;

    /// True when week `weekIndex` (0-based) is a recovery week under `recoveryEvery` (0 = never).
    static bool isRecoveryWeek(int weekIndex, int recoveryEvery);
    /// The last strength day of `week`, if it has one.
    static std::optional<Date> lastStrengthDay(const WeekPlan& week);

private:
    const Catalog& m_catalog;
};

} // namespace keel::core
