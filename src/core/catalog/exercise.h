// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/intrange.h"
#include "core/model/vocabulary.h"

#include <optional>
#include <set>
#include <string>
#include <vector>

namespace keel::core {

/// How much of an exercise to do. Which ranges are set depends on the kind.
struct Dose {
    DoseKind kind = DoseKind::Reps;
    std::optional<IntRange> sets;
    std::optional<IntRange> reps;
    std::optional<IntRange> seconds;
    std::optional<IntRange> meters;
    std::optional<IntRange> minutes; ///< For kind Minutes, the dose; otherwise the time the drill takes.
    bool perSide = false;
    bool operator==(const Dose&) const = default;
};

/// How an exercise is loaded; start, step and top only for external load.
struct Load {
    LoadKind kind = LoadKind::Bodyweight;
    double startKg = 0.0;
    double stepKg = 0.0; ///< The increment for loads that are not a weight the person owns (a backpack, a cable stack).
    /// The heaviest load the exercise is ever prescribed at; beyond it the pattern moves up its ladder.
    /// Absent: only what the person owns limits it (and a load that is no owned weight stays at its start).
    std::optional<double> topKg = std::nullopt;
    bool operator==(const Load&) const = default;
};

/// One equipment requirement: any one of the names satisfies it.
using EquipmentChoice = std::vector<std::string>;

/// One catalog entry.
struct Exercise {
    std::string id;
    std::string name;
    Pattern pattern = Pattern::Mobility;
    Focus focus = Focus::None;
    int level = 1;
    std::vector<EquipmentChoice> equipment; ///< Every choice must be satisfied.
    Dose dose;
    Load load;
    std::optional<std::string> progressesTo;
    std::optional<std::string> regressesTo;
    std::string summary;
    std::vector<std::string> steps;
    std::vector<std::string> cues;
    std::string why;
    std::vector<std::string> cautions;
    std::vector<std::string> tags;
    std::string sourceFile; ///< The file it was loaded from (for messages).

    bool hasTag(std::string_view tag) const;
    bool isFlareUpSafe() const { return hasTag("flare_up_safe"); }
    /// True when every equipment choice is met by `owned` (wall, chair and mat are assumed).
    bool canBeDoneWith(const std::set<std::string, std::less<>>& owned) const;
    /// Equipment as text: "bench, dumbbell or kettlebell"; "none" when empty.
    std::string equipmentText() const;
};

} // namespace keel::core
