// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/common/exercisetext.h"

#include "core/catalog/exercisetext.h"
#include "gui/common/labels.h"

#include <QCoreApplication>
#include <QStringList>

namespace keel::gui {

QString ExerciseText::dose(const core::Dose& dose)
{
    return QString::fromStdString(core::doseText(dose));
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
