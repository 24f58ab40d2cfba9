// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/catalog/catalog.h"
#include "core/model/profile.h"
#include "core/model/progressionstate.h"
#include "core/model/weekplan.h"

#include <optional>
#include <string>
#include <vector>

namespace keel::core {

/// One way a week breaks DESIGN.md's weekly rules.
struct RuleViolation {
    std::string
        rule; ///< "strength-days", "session", "mobility", "walking", "equipment", "rung", "flare-up", "reason", "order"
    std::optional<Date> date;
    std::string message;

    /// "walking 2026-11-17: 8 min (10–30 needed)".
    std::string toString() const;
};

/// What a week is checked against.
struct RuleContext {
    const Profile& profile;
    const Catalog& catalog;
    const ProgressionSnapshot* progression
        = nullptr; ///< When given: each pattern at its current rung, flare-up agrees.
    const WeekPlan* previousWeek = nullptr; ///< When given: rules that span the week boundary.
};

/// Checks a week against the weekly rules, independently of how it was generated: the tests,
/// the CLI tests and the GUI (after a session is moved) all ask this one place.
class WeekRules {
public:
    /// Every violation found; empty when the week follows every rule.
    static std::vector<RuleViolation> check(const WeekPlan& week, const RuleContext& context);
};

} // namespace keel::core
