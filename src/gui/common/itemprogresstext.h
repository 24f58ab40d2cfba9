// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/plan/itemprogress.h"

#include <QCoreApplication>
#include <QString>

namespace keel::gui {

/// How far a planned item has come, in words (core::ItemProgress decides what is done).
class ItemProgressText {
    Q_DECLARE_TR_FUNCTIONS(ItemProgressText)

public:
    /// "2/3 sets", "3/3 sets ✓", "12/20 min", "done ✓"; "to do" when nothing was logged against an
    /// item without sets.
    static QString text(const core::PlannedItem& item, const core::ItemLog& log);
};

} // namespace keel::gui
