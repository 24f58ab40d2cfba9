// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/common/exercisetext.h"

#include "gui/common/labels.h"
#include "gui/common/plural.h"
#include "gui/common/prescriptiontext.h"

#include <QCoreApplication>
#include <QStringList>

namespace keel::gui {

QString ExerciseText::dose(const core::Dose& dose)
{
    // The same words as core::doseText (keel-cli's), each through tr(); plurals follow the
    // range's upper end, as "1–2 sets" does.
    QString amount;
    switch (dose.kind) {
    case core::DoseKind::Reps:
        if (dose.reps)
            amount = Plural::of(tr("%1 rep(s)", nullptr, dose.reps->max), dose.reps->max)
                         .arg(PrescriptionText::range(*dose.reps));
        break;
    case core::DoseKind::Hold:
        if (dose.seconds)
            amount = tr("%1 s hold").arg(PrescriptionText::range(*dose.seconds));
        break;
    case core::DoseKind::Distance:
        if (dose.meters)
            amount = tr("%1 m").arg(PrescriptionText::range(*dose.meters));
        break;
    case core::DoseKind::Minutes:
        if (dose.minutes)
            amount = tr("%1 min").arg(PrescriptionText::range(*dose.minutes));
        break;
    }
    if (dose.perSide && !amount.isEmpty())
        amount = tr("%1 per side").arg(amount);
    QString text = amount;
    if (dose.sets && dose.kind != core::DoseKind::Minutes) {
        const QString sets = Plural::of(tr("%1 set(s)", nullptr, dose.sets->max), dose.sets->max)
                                 .arg(PrescriptionText::range(*dose.sets));
        text = amount.isEmpty() ? sets : tr("%1 × %2").arg(sets, amount);
    }
    if (dose.minutes && dose.kind != core::DoseKind::Minutes)
        text = tr("%1 (about %2 min)").arg(text, PrescriptionText::range(*dose.minutes));
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
