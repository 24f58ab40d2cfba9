// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/profile.h"
#include "core/model/progressionstate.h"
#include "core/model/reason.h"
#include "core/util/date.h"

#include <string>
#include <vector>

namespace keel::core {

class Catalog;
struct Exercise;

/// Small formatting helpers shared by every reason the planner writes, so they read alike.
class ReasonText {
public:
    /// "Tuesday 2026-11-17".
    static std::string dayAndDate(Date date);
    /// "12 kg", "41.25 kg" or, for pounds, "25 lb" (LoadUnits::text).
    static std::string load(double kg, Units units);
    /// The exercise's display name, or its id when the catalog does not know it.
    static std::string exerciseName(const Catalog& catalog, const std::string& id);
    /// The exercise as a reason's value: its id, and its name for English.
    static ReasonArg exercise(const Catalog& catalog, const std::string& id);
    static ReasonArg exercise(const Exercise& exercise);
    /// What `exercise` needs, as a reason's value.
    static ReasonArg needs(const Exercise& exercise);
    /// The pattern as a reason's value, read in English as its display name ("anti-rotation").
    static ReasonArg pattern(Pattern pattern);
    /// The experience as a reason's value ("beginner").
    static ReasonArg experience(Experience experience);
    /// A state in one line for event logs, by the exercise and in `units`: read in English as
    /// "Kettlebell deadlift 3×8 @ 12 kg", "walking 11 min a day".
    static Reason describe(const PatternState& state, const Catalog& catalog, Units units);
    /// "mon, wed, fri".
    static std::string weekdayList(const std::vector<Weekday>& days);
};

} // namespace keel::core
