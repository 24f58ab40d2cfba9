// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/profile.h"
#include "core/model/progressionstate.h"
#include "core/model/weekplan.h"

#include <string>

namespace keel::core {

class Catalog;
struct DayView;
struct ItemLog;

/// The plan and progression as plain text for people: a week at a glance with the reason
/// under every item. Used by `keel-cli plan show`, `keel-cli progress` and the golden fixture.
class PlanText {
public:
    /// The whole week; exercise names come from `catalog` when given, else ids are shown.
    static std::string week(const WeekPlan& week, const Catalog* catalog, Units units);
    /// One day as Today shows it: each session's items with their dose and what is logged against
    /// them, then the morning check-in and the day's walks.
    static std::string day(const DayView& day, const Catalog* catalog, Units units);
    /// How far an item has come: "2 of 3 sets", "12 of 20 min", "done", "to do".
    static std::string progress(const PlannedItem& item, const ItemLog& log);
    /// "3 × 8–12 each side @ 12 kg", "2 × 30 s", "1 × 6–10, 2 min", "4 min": the parts of core::DoseParts.
    static std::string dose(const PlannedItem& item, Units units);
    /// One pattern's current state: "hinge: Glute bridge 3 × 10 (since 2026-11-23)".
    static std::string state(const PatternState& state, const Catalog* catalog, Units units);
    /// One event: "2026-11-23 hinge step_back: glute-bridge 3×8 → … — stepped back: …".
    static std::string event(const ProgressionEvent& event);
};

} // namespace keel::core
