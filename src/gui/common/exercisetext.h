// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/catalog/exercise.h"
#include "gui/common/unitformat.h"

#include <QCoreApplication>
#include <QString>

namespace keel::gui {

/// Human-readable prescriptions: how much of an exercise, and with what load.
class ExerciseText {
    Q_DECLARE_TR_FUNCTIONS(ExerciseText)

public:
    /// "3 sets × 8–12 reps": the parts core::doseText (keel-cli) words, through tr().
    static QString dose(const core::Dose& dose);
    /// "Bodyweight" or "Starts at 8 kg, adds 2 kg a step".
    static QString load(const core::Load& load, const UnitFormat& units);
    /// "Dumbbells, Bench or Box" with equipment names as people say them; "None" when empty.
    static QString equipment(const core::Exercise& exercise);
};

} // namespace keel::gui
