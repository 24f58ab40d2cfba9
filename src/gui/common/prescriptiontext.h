// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/catalog/catalog.h"
#include "core/model/logentries.h"
#include "core/model/weekplan.h"
#include "gui/common/unitformat.h"

#include <QCoreApplication>
#include <QString>

#include <vector>

namespace keel::gui {

/// How planned items and logged sets read on screen: "3 × 8–12 · 12 kg", "10 × 12 kg". Pure
/// formatting of numbers the core chose; no training rule lives here.
class PrescriptionText {
    Q_DECLARE_TR_FUNCTIONS(PrescriptionText)

public:
    /// "8–12", or "10" when both ends agree.
    static QString range(const core::IntRange& range);
    /// A planned item's dose from its core::DoseParts: "3 × 8–12 · 12 kg", "3 × 20–30 s each side",
    /// "1 × 6–10 · 2 min", "10–15 min".
    static QString prescription(const core::PlannedItem& item, const UnitFormat& units);
    /// One logged set: "10 × 12 kg", "10 reps", "30 s", "20 m · 16 kg"; with `effort`, " · RPE 7 · pain 2".
    static QString loggedSet(const core::LoggedSet& set, const UnitFormat& units, bool effort = false);
    /// Several sets of one exercise, with a shared load said once: "10, 10, 9 × 12 kg".
    static QString loggedSets(const std::vector<core::LoggedSet>& sets, const UnitFormat& units);
    /// "Mon 4/13/26: 10, 10, 9 × 12 kg"; "first time" when there is nothing.
    static QString lastTime(const std::vector<core::LoggedSet>& sets, const UnitFormat& units);
    /// One walk: "25 min · 2.1 km · pain 1".
    static QString walk(const core::WalkEntry& walk, const UnitFormat& units);
    /// The exercise's name from the catalog, or its id when the catalog no longer has it.
    static QString exerciseName(const core::Catalog& catalog, const std::string& exerciseId);
    /// The exercise's name in the interface's language (the catalog's translation, else English).
    /// Every pane shows exercise names through here or core::Catalog::texts.
    static QString exerciseName(const core::Catalog& catalog, const core::Exercise& exercise);
    /// Sorts `exercises` by the names shown, as the locale orders words.
    static void sortByName(const core::Catalog& catalog, std::vector<const core::Exercise*>& exercises);
    /// The date in the locale's short format, e.g. "4/13/26".
    static QString shortDate(core::Date date);
    /// The weekday and date, e.g. "Mon 4/13/26".
    static QString dayAndDate(core::Date date);
};

} // namespace keel::gui
