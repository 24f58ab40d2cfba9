// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/today/recordtext.h"

#include "gui/common/plural.h"

#include <QCoreApplication>
#include <QStringList>

#include <cmath>

namespace keel::gui {

QString RecordText::of(const core::PersonalRecord& record, const UnitFormat& units)
{
    switch (record.kind) {
    case core::RecordKind::HeaviestForReps:
        return Plural::of(tr("new best: %1 for %n rep(s) (was %2)", nullptr, record.reps), record.reps)
            .arg(units.load(record.value), units.load(record.previous));
    case core::RecordKind::EstimatedOneRepMax:
        return tr("new best estimated 1RM (Epley): %1 (was %2)")
            .arg(units.load(record.value), units.load(record.previous));
    case core::RecordKind::LongestHold:
        return tr("new longest hold: %1 (was %2)")
            .arg(UnitFormat::duration(static_cast<int>(std::lround(record.value))),
                UnitFormat::duration(static_cast<int>(std::lround(record.previous))));
    case core::RecordKind::LongestWalk:
        return tr("new longest walk: %1 min (was %2 min)")
            .arg(std::lround(record.value))
            .arg(std::lround(record.previous));
    }
    return {};
}

QString RecordText::bests(const core::ExerciseBests& bests, const UnitFormat& units)
{
    QStringList parts;
    if (bests.heaviestKg)
        parts << tr("%1 × %2").arg(units.load(bests.heaviestKg)).arg(bests.heaviestReps);
    if (bests.bestEstimateKg)
        parts << tr("1RM (Epley) %1").arg(units.load(bests.bestEstimateKg));
    if (bests.mostRepsUnloaded)
        parts << Plural::of(tr("%n rep(s) in a set", nullptr, *bests.mostRepsUnloaded), *bests.mostRepsUnloaded);
    if (bests.longestHoldSeconds)
        parts << tr("hold %1").arg(UnitFormat::duration(*bests.longestHoldSeconds));
    return parts.join(QStringLiteral(" · "));
}

QString RecordText::of(const std::vector<core::PersonalRecord>& records, const UnitFormat& units)
{
    QStringList parts;
    for (const core::PersonalRecord& record : records)
        parts << of(record, units);
    return parts.join(QStringLiteral("; "));
}

} // namespace keel::gui
