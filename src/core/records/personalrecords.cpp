// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/records/personalrecords.h"

#include <algorithm>
#include <map>

namespace keel::core {

std::optional<double> PersonalRecords::epleyOneRepMax(double loadKg, int reps)
{
    if (reps < 1 || reps > kEpleyMaxReps || loadKg <= 0.0)
        return std::nullopt;
    if (reps == 1)
        return loadKg;
    return loadKg * (1.0 + reps / 30.0);
}

std::vector<PersonalRecord> PersonalRecords::ofSet(const LoggedSet& set, const std::vector<LoggedSet>& earlier)
{
    std::optional<double> heaviest; // the most load for at least set.reps reps
    std::optional<double> bestEstimate;
    std::optional<int> longestHold;
    bool any = false;
    // A warm-up set is no attempt at a best: it neither sets a record nor stands as one.
    if (set.warmUp)
        return {};
    for (const LoggedSet& other : earlier) {
        if (other.exerciseId != set.exerciseId || (set.id != 0 && other.id == set.id) || other.warmUp)
            continue;
        any = true;
        if (set.reps && other.reps && other.loadKg && *other.reps >= *set.reps)
            heaviest = std::max(heaviest.value_or(0.0), *other.loadKg);
        if (other.reps && other.loadKg) {
            if (const auto estimate = epleyOneRepMax(*other.loadKg, *other.reps))
                bestEstimate = std::max(bestEstimate.value_or(0.0), *estimate);
        }
        if (other.seconds && !other.reps)
            longestHold = std::max(longestHold.value_or(0), *other.seconds);
    }
    std::vector<PersonalRecord> records;
    if (!any)
        return records;
    if (set.reps && set.loadKg) {
        // Beating "nothing at this many reps" needs a set at fewer reps to compare with.
        if (heaviest && *set.loadKg > *heaviest)
            records.push_back({RecordKind::HeaviestForReps, *set.loadKg, *heaviest, *set.reps});
        const auto estimate = epleyOneRepMax(*set.loadKg, *set.reps);
        if (estimate && bestEstimate && *estimate > *bestEstimate)
            records.push_back({RecordKind::EstimatedOneRepMax, *estimate, *bestEstimate, 0});
    }
    if (set.seconds && !set.reps && longestHold && *set.seconds > *longestHold)
        records.push_back(
            {RecordKind::LongestHold, static_cast<double>(*set.seconds), static_cast<double>(*longestHold), 0});
    return records;
}

ExerciseBests PersonalRecords::bestsOf(const std::vector<LoggedSet>& sets)
{
    ExerciseBests bests;
    for (const LoggedSet& set : sets) {
        if (set.warmUp)
            continue;
        if (set.reps && set.loadKg) {
            if (!bests.heaviestKg || *set.loadKg > *bests.heaviestKg) {
                bests.heaviestKg = *set.loadKg;
                bests.heaviestReps = *set.reps;
                bests.heaviestOn = set.date;
            } else if (*set.loadKg == *bests.heaviestKg && *set.reps > bests.heaviestReps) {
                bests.heaviestReps = *set.reps;
                bests.heaviestOn = set.date;
            }
            const auto estimate = epleyOneRepMax(*set.loadKg, *set.reps);
            if (estimate && (!bests.bestEstimateKg || *estimate > *bests.bestEstimateKg)) {
                bests.bestEstimateKg = *estimate;
                bests.bestEstimateOn = set.date;
            }
        }
        if (set.reps && !set.loadKg && (!bests.mostRepsUnloaded || *set.reps > *bests.mostRepsUnloaded)) {
            bests.mostRepsUnloaded = *set.reps;
            bests.mostRepsOn = set.date;
        }
        if (set.seconds && !set.reps && (!bests.longestHoldSeconds || *set.seconds > *bests.longestHoldSeconds)) {
            bests.longestHoldSeconds = *set.seconds;
            bests.longestHoldOn = set.date;
        }
    }
    return bests;
}

std::vector<ExerciseRecords> PersonalRecords::bestsByExercise(const std::vector<LoggedSet>& sets)
{
    std::map<std::string, std::vector<LoggedSet>> byExercise;
    for (const LoggedSet& set : sets)
        byExercise[set.exerciseId].push_back(set);
    std::vector<ExerciseRecords> records;
    for (const auto& [id, own] : byExercise) {
        ExerciseBests bests = bestsOf(own);
        if (bests != ExerciseBests {})
            records.push_back({id, std::move(bests)});
    }
    return records;
}

std::vector<PersonalRecord> PersonalRecords::ofWalk(const WalkEntry& walk, const std::vector<WalkEntry>& earlier)
{
    std::optional<int> longest;
    for (const WalkEntry& other : earlier) {
        if (walk.id == 0 || other.id != walk.id)
            longest = std::max(longest.value_or(0), other.minutes);
    }
    if (longest && walk.minutes > *longest)
        return {{RecordKind::LongestWalk, static_cast<double>(walk.minutes), static_cast<double>(*longest), 0}};
    return {};
}

} // namespace keel::core
