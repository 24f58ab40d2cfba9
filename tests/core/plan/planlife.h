// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/catalog/catalog.h"
#include "core/model/profile.h"
#include "core/model/progressionstate.h"

#include <map>
#include <sstream>
#include <string>

namespace keel::test {

/// What living through generated weeks found: rule violations and the kinds of progression seen.
struct LifeReport {
    int failures = 0;
    std::ostringstream text;
    std::map<core::ProgressionKind, int> kinds;

    void add(int profile, core::Date week, const std::string& what);
};

/// Profile number `index` of a family covering every experience, 2 and 3 days, awkward preferred
/// days (mon+tue+wed, weekends only, a single day, none), kits from nothing to a full gym, small
/// and large minute budgets, walking baselines, week starts and recovery intervals.
core::Profile generatedProfile(int index);

/// Plans, "lives" (simulated logging: perfect, partial, skipped, pain spikes, bad mornings, grinding)
/// and reviews 12 weeks of profile `index` through the pure generator and engine; every week goes
/// through the rule checker and every review through the one-step check.
void liveTwelveWeeks(const core::Catalog& catalog, int index, LifeReport& report);

} // namespace keel::test
