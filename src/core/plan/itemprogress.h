// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/logentries.h"
#include "core/model/weekplan.h"

#include <cstdint>
#include <map>
#include <vector>

namespace keel::core {

class LogRepository;

/// What has been logged against one planned item.
struct ItemLog {
    std::vector<LoggedSet> sets;
    std::vector<WalkEntry> walks;
    int walkMinutes() const;
};

/// Planned against done, per item: the one rule for when a planned item is done and how much of it
/// is left, used by Today, the Week pane and keel-cli alike.
class ItemProgress {
public:
    using LogsByItem = std::map<std::int64_t, ItemLog>;

    /// Every set and walk dated in [from, to] that names a planned item, grouped by that item.
    static LogsByItem load(LogRepository& log, Date from, Date to);
    /// The log of one item (empty when nothing was logged against it).
    static const ItemLog& of(const LogsByItem& logs, std::int64_t itemId);

    /// True when the item is a walk (logged as a walk entry rather than as sets).
    static bool isWalk(const PlannedItem& item);
    /// True when everything planned for the item has been logged: its sets (an item dosed in minutes
    /// or without sets counts as one), or for a walk its planned minutes, in as many walks as it took.
    static bool isComplete(const PlannedItem& item, const ItemLog& log);
    /// Sets still to log: planned sets minus logged ones, never negative; a walk is one until its
    /// minutes are walked.
    static int remainingSets(const PlannedItem& item, const ItemLog& log);
};

/// The log entry that records a planned item done exactly as prescribed: the lower end of each
/// planned range (never more than the plan asked for) and the planned load.
class PlannedEntry {
public:
    static LoggedSet set(const PlannedItem& item, Date date);
    static WalkEntry walk(const PlannedItem& item, Date date);
};

} // namespace keel::core
