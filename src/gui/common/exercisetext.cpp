// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/common/exercisetext.h"

#include "core/catalog/doseparts.h"
#include "gui/common/labels.h"
#include "gui/common/plural.h"
#include "gui/common/prescriptiontext.h"

#include <QCoreApplication>
#include <QStringList>

namespace keel::gui {

QString ExerciseText::dose(const core::Dose& dose)
{
    // The parts keel-cli words (core::doseText), each through tr(); plurals follow the range's
    // upper end, as "1–2 sets" does.
    const core::DoseParts parts = core::DoseParts::of(dose);
    QString amount;
    if (parts.amount) {
        const QString range = PrescriptionText::range(*parts.amount);
        switch (parts.unit) {
        case core::AmountUnit::Reps:
            amount = Plural::of(tr("%1 rep(s)", nullptr, parts.amount->max), parts.amount->max).arg(range);
            break;
        case core::AmountUnit::Seconds:
            amount = tr("%1 s hold").arg(range);
            break;
        case core::AmountUnit::Metres:
            amount = tr("%1 m").arg(range);
            break;
        case core::AmountUnit::Minutes:
            amount = tr("%1 min").arg(range);
            break;
        }
    }
    if (parts.perSide)
        amount = tr("%1 per side").arg(amount);
    QString text = amount;
    if (parts.sets) {
        const QString sets = Plural::of(tr("%1 set(s)", nullptr, parts.sets->max), parts.sets->max)
                                 .arg(PrescriptionText::range(*parts.sets));
        text = amount.isEmpty() ? sets : tr("%1 × %2").arg(sets, amount);
    }
    if (parts.minutes)
        text = tr("%1 (about %2 min)").arg(text, PrescriptionText::range(*parts.minutes));
    return text;
}

QString ExerciseText::load(const core::Load& load, const UnitFormat& units)
{
    if (load.kind == core::LoadKind::Bodyweight)
        return tr("Bodyweight");
    return tr("Starts at %1, adds %2 a step").arg(units.load(load.startKg), units.load(load.stepKg));
}

QString ExerciseText::equipment(const core::Exercise& exercise)
{
    if (exercise.equipment.empty())
        return tr("None");
    QStringList choices;
    for (const core::EquipmentChoice& choice : exercise.equipment) {
        QStringList names;
        for (const std::string& name : choice)
            names.append(Labels::equipment(name));
        choices.append(names.join(tr(" or ")));
    }
    return choices.join(QStringLiteral(", "));
}

} // namespace keel::gui
