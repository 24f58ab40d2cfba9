// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/logentries.h"

#include <optional>
#include <string>
#include <vector>

namespace keel::core {

/// What kind of best a logged entry can be.
enum class RecordKind {
    HeaviestForReps, ///< The most load lifted for at least this many reps.
    EstimatedOneRepMax, ///< The highest one-rep max estimated by the Epley formula.
    LongestHold, ///< The most seconds held.
    LongestWalk, ///< The most minutes walked in one walk.
};

/// One new personal best: its kind, the new value and the best it beats (kilograms, seconds or
/// minutes, by kind). `reps` is the rep count of a HeaviestForReps record.
struct PersonalRecord {
    RecordKind kind = RecordKind::HeaviestForReps;
    double value = 0.0;
    double previous = 0.0;
    int reps = 0;
    bool operator==(const PersonalRecord&) const = default;
};

/// The bests of one exercise so far (each empty until a set of its kind is logged), each with the
/// first day it was reached (when the sets were given in date order).
struct ExerciseBests {
    std::optional<double> heaviestKg; ///< The most load on any set with reps…
    int heaviestReps = 0; ///< …and the most reps done at that load.
    std::optional<Date> heaviestOn;
    std::optional<double> bestEstimateKg; ///< The highest Epley estimate.
    std::optional<Date> bestEstimateOn;
    std::optional<int> longestHoldSeconds;
    std::optional<Date> longestHoldOn;
    std::optional<int> mostRepsUnloaded; ///< The most reps in a set without load (bodyweight).
    std::optional<Date> mostRepsOn;
    bool operator==(const ExerciseBests&) const = default;
};

/// One exercise's bests, for the list of every exercise's records.
struct ExerciseRecords {
    std::string exerciseId;
    ExerciseBests bests;
    bool operator==(const ExerciseRecords&) const = default;
};

/// Personal records: the rule that decides when a set or a walk is a new best. A first entry
/// is never a record (there is nothing to beat); ties are not records either.
class PersonalRecords {
public:
    /// The Epley formula, load × (1 + reps / 30); one rep is the load itself. Estimates past
    /// kEpleyMaxReps reps say little about a one-rep max, so those give nullopt.
    static std::optional<double> epleyOneRepMax(double loadKg, int reps);
    static constexpr int kEpleyMaxReps = 12;

    /// The bests `set` sets against `earlier` sets (any exercise; only `set`'s own counts).
    static std::vector<PersonalRecord> ofSet(const LoggedSet& set, const std::vector<LoggedSet>& earlier);
    /// The bests among `sets` (the caller passes one exercise's sets).
    static ExerciseBests bestsOf(const std::vector<LoggedSet>& sets);
    /// The bests of every exercise among `sets` (any order of exercises, dates ascending within
    /// each), by exercise id; exercises with nothing but warm-ups are left out.
    static std::vector<ExerciseRecords> bestsByExercise(const std::vector<LoggedSet>& sets);
    /// The best `walk` sets against `earlier` walks.
    static std::vector<PersonalRecord> ofWalk(const WalkEntry& walk, const std::vector<WalkEntry>& earlier);
};

} // namespace keel::core
