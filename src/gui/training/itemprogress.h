// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/plan/weekplan.h"
#include "core/store/records.h"

#include <QString>

#include <cstdint>
#include <map>
#include <vector>

namespace keel::core {
class LogRepository;
}

namespace keel::gui {

/// What has been logged against one planned item.
struct ItemLog {
    std::vector<core::LoggedSet> sets;
    std::vector<core::WalkEntry> walks;
    int walkMinutes() const;
};

/// Planned against done, per item: counts what the log holds for each planned item id.
class ItemProgress {
public:
    using LogsByItem = std::map<std::int64_t, ItemLog>;

    /// Every set and walk dated in [from, to] that names a planned item, grouped by that item.
    static LogsByItem load(core::LogRepository& log, core::Date from, core::Date to);
    /// The log of one item (empty when nothing was logged against it).
    static const ItemLog& of(const LogsByItem& logs, std::int64_t itemId);

    /// True when the item is a walk (logged as a walk entry rather than as sets).
    static bool isWalk(const core::PlannedItem& item);
    /// Sets still to log: planned sets minus logged ones, never negative. Items dosed in
    /// minutes count as one set.
    static int remainingSets(const core::PlannedItem& item, const ItemLog& log);
    /// True when everything planned for the item has been logged.
    static bool isComplete(const core::PlannedItem& item, const ItemLog& log);
    /// "2/3 sets", "3/3 sets ✓", "12/20 min", "done ✓"; empty when nothing is planned.
    static QString text(const core::PlannedItem& item, const ItemLog& log);
};

} // namespace keel::gui
