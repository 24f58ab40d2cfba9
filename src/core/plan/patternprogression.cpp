// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/plan/patternprogression.h"

#include "core/plan/loadscale.h"
#include "core/plan/prescription.h"
#include "core/plan/reasontext.h"

#include <algorithm>
#include <cmath>

namespace keel::core {

namespace {

constexpr double kLoadTolerance = 1e-6;

/// How a dose kind is measured: what a logged set achieved and how it reads.
struct Measure {
    std::optional<IntRange> range;
    std::optional<int> target;
    std::string unit;
    std::string every; ///< "every set", "every hold", "every carry".
};

Measure measureOf(const Exercise& exercise, const PatternState& state)
{
    switch (exercise.dose.kind) {
    case DoseKind::Reps:
        return {exercise.dose.reps, state.reps, "reps", "every set"};
    case DoseKind::Hold:
        return {exercise.dose.seconds, state.seconds, "s", "every hold"};
    case DoseKind::Distance:
        return {exercise.dose.meters, state.meters, "m", "every carry"};
    case DoseKind::Minutes:
        break;
    }
    return {};
}

int achieved(const LoggedSet& set, const Exercise& exercise, const PatternState& state)
{
    // A set at a lighter load than planned does not count towards progress.
    if (state.loadKg && set.loadKg && *set.loadKg + kLoadTolerance < *state.loadKg)
        return 0;
    switch (exercise.dose.kind) {
    case DoseKind::Reps:
        return set.reps.value_or(0);
    case DoseKind::Hold:
        return set.seconds.value_or(0);
    case DoseKind::Distance:
        return static_cast<int>(std::floor(set.meters.value_or(0.0)));
    case DoseKind::Minutes:
        break;
    }
    return 0;
}

std::string amount(int value, const std::string& unit)
{
    return std::to_string(value) + " " + unit;
}

void resetTarget(const Exercise& exercise, PatternState& state)
{
    const PatternState fresh = Prescription::fresh(exercise, state.sets);
    state.reps = fresh.reps;
    state.seconds = fresh.seconds;
    state.meters = fresh.meters;
}

} // namespace

PatternProgression::PatternProgression(const Catalog& catalog, const RungSelector& selector, const Profile& profile)
    : m_catalog(catalog)
    , m_selector(selector)
    , m_profile(profile)
{ }

PatternDecision PatternProgression::hold(const PatternState& state, std::string reason) const
{
    return {ProgressionKind::Hold, state, std::move(reason)};
}

PatternDecision PatternProgression::decide(
    const PatternState& state, const PatternWeek& week, const PainCall& pain) const
{
    if (pain.verdict == PainCall::Verdict::StepBack)
        return stepBack(state, pain.reason);
    if (week.sets.empty())
        return hold(state, "missed: no sets logged, so no progress");
    if (pain.verdict == PainCall::Verdict::Hold)
        return hold(state, pain.reason);
    if (!week.planned || week.planned->id != state.exerciseId) {
        return hold(state,
            "the week planned " + (week.planned ? week.planned->name : std::string("nothing")) + " while your rung is "
                + ReasonText::exerciseName(m_catalog, state.exerciseId) + ": holding");
    }
    return performance(*week.planned, state, week);
}

PatternDecision PatternProgression::performance(
    const Exercise& exercise, const PatternState& state, const PatternWeek& week) const
{
    const Measure measure = measureOf(exercise, state);
    if (!measure.range || !measure.target || week.plannedSets <= 0)
        return hold(state, "nothing to progress on " + exercise.name + ": holding");
    std::vector<const LoggedSet*> logged;
    for (const LoggedSet& set : week.sets) {
        if (set.exerciseId == exercise.id)
            logged.push_back(&set);
    }
    const auto planned = static_cast<std::size_t>(week.plannedSets);
    if (logged.size() < planned) {
        return hold(state,
            "same as last week: " + std::to_string(logged.size()) + " of " + std::to_string(planned)
                + " planned sets of " + exercise.name + " logged");
    }
    // Extra sets beyond the plan never hold anyone back: judge the best planned number of them.
    std::stable_sort(logged.begin(), logged.end(), [&](const LoggedSet* a, const LoggedSet* b) {
        return achieved(*a, exercise, state) > achieved(*b, exercise, state);
    });
    logged.resize(planned);
    int lowest = achieved(*logged.back(), exercise, state);
    int hardest = 0;
    int reached = 0;
    for (const LoggedSet* set : logged) {
        hardest = std::max(hardest, set->rpe.value_or(0));
        reached += achieved(*set, exercise, state) >= *measure.target ? 1 : 0;
    }
    const int target = *measure.target;
    const int top = measure.range->max;
    if (hardest > kMaxProgressRpe) {
        return hold(state,
            "same as last week: RPE " + std::to_string(hardest)
                + " — progress comes when every set feels RPE 8 or easier");
    }
    // Double progression walks the whole range first: the load (or the next rung) only once the
    // working target is the top of the range and every set reached it.
    if (lowest >= top && target >= top)
        return topOfRange(
            exercise, state, measure.every + " reached " + amount(top, measure.unit) + " at RPE ≤ 8, pain ≤ 3");
    if (lowest < target) {
        return hold(state,
            "same as last week: " + std::to_string(reached) + " of " + std::to_string(planned) + " sets reached "
                + amount(target, measure.unit));
    }
    PatternState next = state;
    const std::string why = measure.every + " reached " + amount(target, measure.unit) + " at pain ≤ 3";
    switch (exercise.dose.kind) {
    case DoseKind::Reps:
        // One rep at a time, however many more the sets did: 8, 9, 10 … 12, then the load.
        next.reps = std::min(top, target + 1);
        return {ProgressionKind::RepsUp, next,
            "reps up: " + why + "; now " + std::to_string(*next.reps) + "–" + std::to_string(top) + " reps"};
    case DoseKind::Hold:
        next.seconds = std::min(top, target + Prescription::kHoldStepSeconds);
        return {ProgressionKind::SecondsUp, next,
            "hold +" + std::to_string(*next.seconds - target) + " s: " + why + "; now " + amount(*next.seconds, "s")};
    case DoseKind::Distance:
        next.meters = std::min(top, target + Prescription::distanceStep(*measure.range));
        return {ProgressionKind::DistanceUp, next,
            "carry +" + std::to_string(*next.meters - target) + " m: " + why + "; now " + amount(*next.meters, "m")};
    case DoseKind::Minutes:
        break;
    }
    return hold(state, "same as last week");
}

PatternDecision PatternProgression::topOfRange(
    const Exercise& exercise, const PatternState& state, const std::string& why) const
{
    if (exercise.load.kind != LoadKind::External)
        return pastTheTop(exercise, state, why, {});
    const LoadScale scale(exercise, m_profile);
    const double current = scale.fit(state.loadKg.value_or(exercise.load.startKg));
    if (const auto heavier = scale.above(current)) {
        PatternState next = state;
        next.loadKg = *heavier;
        resetTarget(exercise, next);
        return {ProgressionKind::LoadUp, next,
            "load up to " + ReasonText::load(*heavier, m_profile.units) + " (+"
                + ReasonText::load(*heavier - current, m_profile.units) + ", the smallest step you can load): " + why
                + "; back to the bottom of the range"};
    }
    return pastTheTop(exercise, state, why, ReasonText::load(current, m_profile.units) + " is " + scale.ceiling());
}

PatternDecision PatternProgression::pastTheTop(
    const Exercise& exercise, const PatternState& state, const std::string& why, const std::string& ceiling) const
{
    const std::string cause = ceiling.empty() ? why : why + "; " + ceiling;
    const Exercise* blocked = m_selector.nextLadderRung(exercise);
    if (blocked && m_selector.canDo(*blocked))
        blocked = nullptr;
    if (const Exercise* up = m_selector.nextUp(exercise)) {
        std::string reason = "up the ladder from " + exercise.name + " to " + up->name + ": " + cause;
        if (blocked)
            reason += "; " + blocked->name + " needs " + blocked->equipmentText() + ", so the next rung you can do";
        return {ProgressionKind::RungUp, Prescription::fresh(*up, state.sets, m_profile), reason};
    }
    const std::string instead = blocked
        ? "the next rung, " + blocked->name + ", needs " + blocked->equipmentText() + ": progressing by reps instead"
        : std::string("the top of the ladder: progressing by reps instead");
    if (exercise.dose.sets && state.sets < exercise.dose.sets->max) {
        PatternState next = state;
        ++next.sets;
        resetTarget(exercise, next);
        // More volume is recorded as RepsUp: more reps in the week, on the same rung.
        return {ProgressionKind::RepsUp, next, "one more set: " + cause + "; " + instead};
    }
    const std::string where = blocked ? "the next rung, " + blocked->name + ", needs " + blocked->equipmentText()
                                      : std::string("the top of the ladder");
    return hold(state, "holding at the top your equipment allows: " + cause + "; " + where);
}

PatternDecision PatternProgression::stepBack(const PatternState& state, const std::string& why) const
{
    const Exercise* exercise = m_catalog.find(state.exerciseId);
    if (!exercise)
        return {ProgressionKind::StepBack, state, why};
    PatternState next = state;
    if (exercise->load.kind == LoadKind::External && state.loadKg) {
        // One loadable step down, never below the rung's starting load (below that is the rung below).
        const LoadScale scale(*exercise, m_profile);
        const double floor = scale.fit(exercise->load.startKg);
        if (*state.loadKg > floor + kLoadTolerance) {
            next.loadKg = std::max(floor, scale.below(*state.loadKg).value_or(floor));
            return {ProgressionKind::StepBack, next,
                why + "; load down to " + ReasonText::load(*next.loadKg, m_profile.units)};
        }
    }
    if (const Exercise* down = m_selector.nextDown(*exercise))
        return {ProgressionKind::StepBack, Prescription::fresh(*down, state.sets, m_profile),
            why + "; back to " + down->name};
    if (state.sets > 1) {
        --next.sets;
        resetTarget(*exercise, next);
        return {ProgressionKind::StepBack, next, why + "; one set fewer on the gentlest rung"};
    }
    const PatternState bottom = Prescription::fresh(*exercise, 1);
    if (bottom.reps != state.reps || bottom.seconds != state.seconds || bottom.meters != state.meters) {
        resetTarget(*exercise, next);
        return {ProgressionKind::StepBack, next, why + "; back to the bottom of the range"};
    }
    return {ProgressionKind::StepBack, state, why + "; already at the gentlest dose, so the same again"};
}

} // namespace keel::core
