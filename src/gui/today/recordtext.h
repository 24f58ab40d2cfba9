// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/records/personalrecords.h"
#include "gui/common/unitformat.h"

#include <QCoreApplication>
#include <QString>

#include <vector>

namespace keel::gui {

/// Personal records in words, in the person's units: "new best: 14 kg for 8 reps (was 12 kg)",
/// "new best estimated 1RM (Epley): 17.7 kg". The rule that finds them is in the core.
class RecordText {
    Q_DECLARE_TR_FUNCTIONS(RecordText)

public:
    /// One record.
    static QString of(const core::PersonalRecord& record, const UnitFormat& units);
    /// Every record joined, or empty when there is none.
    static QString of(const std::vector<core::PersonalRecord>& records, const UnitFormat& units);
    /// An exercise's bests: "14 kg × 8 · 1RM (Epley) 17.7 kg", "15 reps in a set", "hold 45 s"; empty when none.
    static QString bests(const core::ExerciseBests& bests, const UnitFormat& units);
};

} // namespace keel::gui
