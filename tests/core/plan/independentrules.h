// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/catalog/catalog.h"
#include "core/model/profile.h"
#include "core/model/weekplan.h"

#include <string>
#include <vector>

namespace keel::test {

/// DESIGN.md's weekly rules, written again from the text and on purpose sharing no code with
/// core::WeekRules, so the two cannot share a blind spot. `from` is the first day the week was planned
/// on (a first run mid-week plans from that day); days before it must hold nothing. Returns one line
/// per broken rule.
std::vector<std::string> independentWeekProblems(
    const core::Catalog& catalog, const core::Profile& profile, const core::WeekPlan& week, core::Date from);

} // namespace keel::test
