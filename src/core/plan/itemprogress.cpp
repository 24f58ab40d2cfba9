// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/plan/itemprogress.h"

#include "core/store/logrepository.h"

#include <algorithm>

namespace keel::core {

namespace {

constexpr int kSecondsPerMinute = 60;

int plannedSets(const PlannedItem& item)
{
    return std::max(item.sets, 1);
}

} // namespace

int ItemLog::walkMinutes() const
{
    int minutes = 0;
    for (const WalkEntry& walk : walks)
        minutes += walk.minutes;
    return minutes;
}

ItemProgress::LogsByItem ItemProgress::load(LogRepository& log, Date from, Date to)
{
    LogsByItem logs;
    for (LoggedSet& set : log.sets(from, to)) {
        if (set.plannedItemId)
            logs[*set.plannedItemId].sets.push_back(std::move(set));
    }
    for (WalkEntry& walk : log.walks(from, to)) {
        if (walk.plannedItemId)
            logs[*walk.plannedItemId].walks.push_back(std::move(walk));
    }
    return logs;
}

const ItemLog& ItemProgress::of(const LogsByItem& logs, std::int64_t itemId)
{
    static const ItemLog kEmpty;
    const auto found = logs.find(itemId);
    return found == logs.end() ? kEmpty : found->second;
}

bool ItemProgress::isWalk(const PlannedItem& item)
{
    return item.pattern == Pattern::Walking;
}

bool ItemProgress::isComplete(const PlannedItem& item, const ItemLog& log)
{
    if (isWalk(item))
        return !log.walks.empty() && (!item.minutes || log.walkMinutes() >= item.minutes->min);
    return static_cast<int>(log.sets.size()) >= plannedSets(item);
}

int ItemProgress::remainingSets(const PlannedItem& item, const ItemLog& log)
{
    if (isWalk(item))
        return isComplete(item, log) ? 0 : 1;
    return std::max(0, plannedSets(item) - static_cast<int>(log.sets.size()));
}

LoggedSet PlannedEntry::set(const PlannedItem& item, Date date)
{
    LoggedSet set;
    set.date = date;
    set.exerciseId = item.exerciseId;
    set.plannedItemId = item.id;
    if (item.reps)
        set.reps = item.reps->min;
    else if (item.seconds)
        set.seconds = item.seconds->min;
    else if (item.meters)
        set.meters = item.meters->min;
    else if (item.minutes)
        set.seconds = item.minutes->min * kSecondsPerMinute;
    set.loadKg = item.loadKg;
    return set;
}

WalkEntry PlannedEntry::walk(const PlannedItem& item, Date date)
{
    WalkEntry walk;
    walk.date = date;
    walk.plannedItemId = item.id;
    walk.minutes = item.minutes ? item.minutes->min : 0;
    return walk;
}

} // namespace keel::core
