// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/logentries.h"

#include <vector>

namespace keel::core {

/// What was logged over a span of days: the progression engine's only view of the logbook.
struct TrainingHistory {
    std::vector<LoggedSet> sets;
    std::vector<WalkEntry> walks;
    std::vector<CheckIn> checkIns;
};

} // namespace keel::core
