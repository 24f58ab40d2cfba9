// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/plan/prescription.h"

#include "core/plan/loadscale.h"

#include <algorithm>

namespace keel::core {

namespace {

int clampTo(int value, const IntRange& range)
{
    return std::clamp(value, range.min, std::max(range.min, range.max));
}

std::optional<int> clampOptional(const std::optional<int>& value, const std::optional<IntRange>& range)
{
    if (!range)
        return std::nullopt;
    return clampTo(value.value_or(range->min), *range);
}

} // namespace

int Prescription::startingSets(const Exercise& exercise, Experience experience)
{
    if (!exercise.dose.sets)
        return 0;
    const bool seasoned = experience == Experience::Building || experience == Experience::Experienced;
    return seasoned ? exercise.dose.sets->max : exercise.dose.sets->min;
}

PatternState Prescription::fresh(const Exercise& exercise, int sets)
{
    PatternState state;
    state.pattern = exercise.pattern;
    state.exerciseId = exercise.id;
    state.sets = exercise.dose.sets ? clampTo(sets, *exercise.dose.sets) : 0;
    if (exercise.dose.kind == DoseKind::Reps && exercise.dose.reps)
        state.reps = exercise.dose.reps->min;
    if (exercise.dose.kind == DoseKind::Hold && exercise.dose.seconds)
        state.seconds = exercise.dose.seconds->min;
    if (exercise.dose.kind == DoseKind::Distance && exercise.dose.meters)
        state.meters = exercise.dose.meters->min;
    if (exercise.dose.kind == DoseKind::Minutes && exercise.dose.minutes)
        state.minutes = exercise.dose.minutes->min;
    if (exercise.load.kind == LoadKind::External)
        state.loadKg = exercise.load.startKg;
    return state;
}

PatternState Prescription::fitted(const Exercise& exercise, PatternState state, const Profile& profile)
{
    if (exercise.load.kind == LoadKind::External)
        state.loadKg = LoadScale(exercise, profile).fit(state.loadKg.value_or(exercise.load.startKg));
    return state;
}

PatternState Prescription::fresh(const Exercise& exercise, int sets, const Profile& profile)
{
    return fitted(exercise, fresh(exercise, sets), profile);
}

PatternState Prescription::clamped(const Exercise& exercise, PatternState state)
{
    const Dose& dose = exercise.dose;
    // A step back on the gentlest rung may go below the range's sets, never below one.
    state.sets = dose.sets ? std::clamp(state.sets, 1, std::max(1, dose.sets->max)) : 0;
    state.reps = dose.kind == DoseKind::Reps ? clampOptional(state.reps, dose.reps) : std::nullopt;
    state.seconds = dose.kind == DoseKind::Hold ? clampOptional(state.seconds, dose.seconds) : std::nullopt;
    state.meters = dose.kind == DoseKind::Distance ? clampOptional(state.meters, dose.meters) : std::nullopt;
    if (exercise.load.kind == LoadKind::External)
        state.loadKg = std::max(state.loadKg.value_or(exercise.load.startKg), 0.0);
    else
        state.loadKg.reset();
    return state;
}

PlannedItem Prescription::item(const Exercise& exercise, const PatternState& raw)
{
    const PatternState state = clamped(exercise, raw);
    PlannedItem item;
    item.exerciseId = exercise.id;
    item.pattern = exercise.pattern;
    item.focus = exercise.focus;
    item.perSide = exercise.dose.perSide;
    item.sets = state.sets;
    item.loadKg = state.loadKg;
    switch (exercise.dose.kind) {
    case DoseKind::Reps:
        // Double progression: the working target up to the top of the range.
        if (exercise.dose.reps)
            item.reps = IntRange {*state.reps, exercise.dose.reps->max};
        break;
    case DoseKind::Hold:
        if (state.seconds)
            item.seconds = IntRange {*state.seconds, *state.seconds};
        break;
    case DoseKind::Distance:
        if (state.meters)
            item.meters = IntRange {*state.meters, *state.meters};
        break;
    case DoseKind::Minutes:
        if (exercise.dose.minutes)
            item.minutes = exercise.dose.minutes;
        break;
    }
    return item;
}

PlannedItem Prescription::basic(const Exercise& exercise)
{
    return item(exercise, fresh(exercise, exercise.dose.sets ? exercise.dose.sets->min : 0));
}

int Prescription::distanceStep(const IntRange& meters)
{
    const int quarter = (meters.max - meters.min) / 4;
    return std::max(5, (quarter + 2) / 5 * 5);
}

} // namespace keel::core
