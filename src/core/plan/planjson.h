// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/progressionstate.h"
#include "core/model/weekplan.h"

#include <nlohmann/json.hpp>

namespace keel::core {

/// The plan and progression as DESIGN.md's machine-readable JSON, shared by the CLI and the tests.
class PlanJson {
public:
    /// {"week","flare_up","recovery","notes","notes_parts","sessions":[{"date","kind","id","items":[{"exercise",
    /// "pattern","focus","sets","reps","seconds","minutes","meters","load_kg","reason","reason_parts","warm_up",
    /// "per_side","id"}]}]}. Ranges are [min,max] or null; an item's minutes are its whole time (one walking
    /// bout, or one drill with all its sets). Notes and reasons are English; their `_parts` are the same as
    /// phrase codes with values (core/model/reason.h), for a program that words them itself.
    static nlohmann::json toJson(const WeekPlan& week);
    /// Reads toJson's shape back; throws PlanError naming the JSON path of the first bad value.
    static WeekPlan weekFromJson(const nlohmann::json& json);
    /// {"pattern","exercise","sets","reps","seconds","meters","minutes","load_kg","last_change"}.
    static nlohmann::json toJson(const PatternState& state);
    /// {"id","date","pattern","kind","exercise","from","to","reason","reason_parts"}.
    static nlohmann::json toJson(const ProgressionEvent& event);
};

} // namespace keel::core
