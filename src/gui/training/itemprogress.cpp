// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/training/itemprogress.h"

#include "core/store/logrepository.h"

#include <QCoreApplication>

#include <algorithm>

namespace keel::gui {

namespace {

QString tr(const char* text, int n = -1)
{
    return QCoreApplication::translate("ItemProgress", text, nullptr, n);
}

const QString kCheck = QStringLiteral(" ✓");

int plannedSets(const core::PlannedItem& item)
{
    return std::max(item.sets, 1);
}

} // namespace

int ItemLog::walkMinutes() const
{
    int minutes = 0;
    for (const core::WalkEntry& walk : walks)
        minutes += walk.minutes;
    return minutes;
}

ItemProgress::LogsByItem ItemProgress::load(core::LogRepository& log, core::Date from, core::Date to)
{
    LogsByItem logs;
    for (core::LoggedSet& set : log.sets(from, to)) {
        if (set.plannedItemId)
            logs[*set.plannedItemId].sets.push_back(std::move(set));
    }
    for (core::WalkEntry& walk : log.walks(from, to)) {
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

bool ItemProgress::isWalk(const core::PlannedItem& item)
{
    return item.pattern == core::Pattern::Walking;
}

int ItemProgress::remainingSets(const core::PlannedItem& item, const ItemLog& log)
{
    if (isWalk(item))
        return log.walks.empty() ? 1 : 0;
    return std::max(0, plannedSets(item) - static_cast<int>(log.sets.size()));
}

bool ItemProgress::isComplete(const core::PlannedItem& item, const ItemLog& log)
{
    if (isWalk(item) && item.minutes)
        return !log.walks.empty() && log.walkMinutes() >= item.minutes->min;
    return remainingSets(item, log) == 0;
}

QString ItemProgress::text(const core::PlannedItem& item, const ItemLog& log)
{
    const QString check = isComplete(item, log) ? kCheck : QString();
    if (isWalk(item) && item.minutes)
        return tr("%1/%2 min").arg(log.walkMinutes()).arg(item.minutes->min) + check;
    if (item.sets > 0)
        return tr("%1/%2 sets").arg(log.sets.size()).arg(item.sets) + check;
    return log.sets.empty() && log.walks.empty() ? tr("to do") : tr("done") + check;
}

} // namespace keel::gui
