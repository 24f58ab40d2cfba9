// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/catalog/doseparts.h"

namespace keel::core {

DoseParts DoseParts::of(const Dose& dose)
{
    DoseParts parts;
    switch (dose.kind) {
    case DoseKind::Reps:
        parts.amount = dose.reps;
        parts.unit = AmountUnit::Reps;
        break;
    case DoseKind::Hold:
        parts.amount = dose.seconds;
        parts.unit = AmountUnit::Seconds;
        break;
    case DoseKind::Distance:
        parts.amount = dose.meters;
        parts.unit = AmountUnit::Metres;
        break;
    case DoseKind::Minutes:
        parts.amount = dose.minutes;
        parts.unit = AmountUnit::Minutes;
        break;
    }
    // A timed dose is its minutes alone: no sets, and no estimate beside itself.
    if (dose.kind != DoseKind::Minutes) {
        parts.sets = dose.sets;
        parts.minutes = dose.minutes;
    }
    parts.perSide = dose.perSide && parts.amount.has_value();
    return parts;
}

DoseParts DoseParts::of(const PlannedItem& item)
{
    DoseParts parts;
    if (item.reps) {
        parts.amount = item.reps;
        parts.unit = AmountUnit::Reps;
    } else if (item.seconds) {
        parts.amount = item.seconds;
        parts.unit = AmountUnit::Seconds;
    } else if (item.meters) {
        parts.amount = item.meters;
        parts.unit = AmountUnit::Metres;
    } else if (item.minutes) {
        parts.amount = item.minutes;
        parts.unit = AmountUnit::Minutes;
    }
    if (item.sets > 0)
        parts.sets = IntRange {item.sets, item.sets};
    // A mobility drill planned by reps or seconds also carries its share of the day's minutes.
    if (item.minutes && parts.unit != AmountUnit::Minutes)
        parts.minutes = item.minutes;
    parts.perSide = item.perSide && (parts.sets || parts.amount);
    parts.loadKg = item.loadKg;
    return parts;
}

} // namespace keel::core
