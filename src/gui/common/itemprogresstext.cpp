// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/common/itemprogresstext.h"

#include <QCoreApplication>

namespace keel::gui {

QString ItemProgressText::text(const core::PlannedItem& item, const core::ItemLog& log)
{
    const QString check = core::ItemProgress::isComplete(item, log) ? QStringLiteral(" ✓") : QString();
    if (core::ItemProgress::isWalk(item) && item.minutes)
        return tr("%1/%2 min").arg(log.walkMinutes()).arg(item.minutes->min) + check;
    if (item.sets > 0)
        return tr("%1/%2 sets").arg(log.sets.size()).arg(item.sets) + check;
    return log.sets.empty() && log.walks.empty() ? tr("to do") : tr("done") + check;
}

} // namespace keel::gui
