// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/plan/weekplan.h"
#include "core/store/records.h"

namespace keel::gui {

/// The log entry that records a planned item done exactly as prescribed: the lower end of
/// each planned range (never more than the plan asked for) and the planned load.
class PlannedEntry {
public:
    static core::LoggedSet set(const core::PlannedItem& item, core::Date date);
    static core::WalkEntry walk(const core::PlannedItem& item, core::Date date);
};

} // namespace keel::gui
