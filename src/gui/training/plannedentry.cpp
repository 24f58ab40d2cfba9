// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/training/plannedentry.h"

namespace keel::gui {

namespace {

constexpr int kSecondsPerMinute = 60;

} // namespace

core::LoggedSet PlannedEntry::set(const core::PlannedItem& item, core::Date date)
{
    core::LoggedSet set;
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

core::WalkEntry PlannedEntry::walk(const core::PlannedItem& item, core::Date date)
{
    core::WalkEntry walk;
    walk.date = date;
    walk.plannedItemId = item.id;
    walk.minutes = item.minutes ? item.minutes->min : 0;
    return walk;
}

} // namespace keel::gui
