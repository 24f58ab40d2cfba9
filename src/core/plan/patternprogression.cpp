// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/plan/patternprogression.h"

#include "core/model/phrasecode.h"
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
    PhraseCode amount = PhraseCode::AmountReps; ///< "8 reps", "30 s", "20 m".
    PhraseCode everyReached = PhraseCode::EverySetReached; ///< "every set reached 8 reps".
};

Measure measureOf(const Exercise& exercise, const PatternState& state)
{
    switch (exercise.dose.kind) {
    case DoseKind::Reps:
        return {exercise.dose.reps, state.reps, PhraseCode::AmountReps, PhraseCode::EverySetReached};
    case DoseKind::Hold:
        return {exercise.dose.seconds, state.seconds, PhraseCode::AmountSeconds, PhraseCode::EveryHoldReached};
    case DoseKind::Distance:
        return {exercise.dose.meters, state.meters, PhraseCode::AmountMeters, PhraseCode::EveryCarryReached};
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

Reason amount(int value, const Measure& measure)
{
    return {measure.amount, {ReasonArg::count(value)}};
}

Reason everyReached(int value, const Measure& measure)
{
    return {measure.everyReached, {ReasonArg::count(value)}};
}

/// `why`, then `more`.
Reason then(Reason why, const Reason& more)
{
    why += more;
    return why;
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

PatternDecision PatternProgression::hold(const PatternState& state, Reason reason) const
{
    return {ProgressionKind::Hold, state, std::move(reason)};
}

PatternDecision PatternProgression::decide(
    const PatternState& state, const PatternWeek& week, const PainCall& pain) const
{
    if (pain.verdict == PainCall::Verdict::StepBack)
        return stepBack(state, pain.reason);
    if (week.sets.empty())
        return hold(state, PhraseCode::MissedSets);
    if (pain.verdict == PainCall::Verdict::Hold)
        return hold(state, pain.reason);
    if (!week.planned || week.planned->id != state.exerciseId) {
        const ReasonArg rung = ReasonText::exercise(m_catalog, state.exerciseId);
        return hold(state,
            week.planned ? Reason(PhraseCode::PlannedOtherRung, {ReasonText::exercise(*week.planned), rung})
                         : Reason(PhraseCode::PlannedNothing, {rung}));
    }
    return performance(*week.planned, state, week);
}

PatternDecision PatternProgression::performance(
    const Exercise& exercise, const PatternState& state, const PatternWeek& week) const
{
    const Measure measure = measureOf(exercise, state);
    if (!measure.range || !measure.target || week.plannedSets <= 0)
        return hold(state, {PhraseCode::NothingToProgress, {ReasonText::exercise(exercise)}});
    std::vector<const LoggedSet*> logged;
    for (const LoggedSet& set : week.sets) {
        if (set.exerciseId == exercise.id)
            logged.push_back(&set);
    }
    const auto planned = static_cast<std::size_t>(week.plannedSets);
    if (logged.size() < planned) {
        return hold(state,
            {PhraseCode::SetsLogged,
                {ReasonArg::count(static_cast<long>(logged.size())), ReasonArg::count(static_cast<long>(planned)),
                    ReasonText::exercise(exercise)}});
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
        return hold(state, {PhraseCode::RpeTooHigh, {ReasonArg::count(hardest)}});
    }
    // Double progression walks the whole range first: the load (or the next rung) only once the
    // working target is the top of the range and every set reached it.
    if (lowest >= top && target >= top)
        return topOfRange(exercise, state, {PhraseCode::TopReached, {everyReached(top, measure).asArg()}});
    if (lowest < target) {
        return hold(state,
            {PhraseCode::TargetMissed,
                {ReasonArg::count(reached), ReasonArg::count(static_cast<long>(planned)),
                    amount(target, measure).asArg()}});
    }
    PatternState next = state;
    const Reason why(PhraseCode::TargetReached, {everyReached(target, measure).asArg()});
    switch (exercise.dose.kind) {
    case DoseKind::Reps:
        // One rep at a time, however many more the sets did: 8, 9, 10 … 12, then the load.
        next.reps = std::min(top, target + 1);
        return {ProgressionKind::RepsUp, next,
            {PhraseCode::RepsUp, {why.asArg(), ReasonArg::count(*next.reps), ReasonArg::count(top)}}};
    case DoseKind::Hold:
        next.seconds = std::min(top, target + Prescription::kHoldStepSeconds);
        return {ProgressionKind::SecondsUp, next,
            {PhraseCode::HoldUp,
                {ReasonArg::count(*next.seconds - target), why.asArg(), ReasonArg::count(*next.seconds)}}};
    case DoseKind::Distance:
        next.meters = std::min(top, target + Prescription::distanceStep(*measure.range));
        return {ProgressionKind::DistanceUp, next,
            {PhraseCode::CarryUp,
                {ReasonArg::count(*next.meters - target), why.asArg(), ReasonArg::count(*next.meters)}}};
    case DoseKind::Minutes:
        break;
    }
    return hold(state, PhraseCode::SameAsLastWeek);
}

PatternDecision PatternProgression::topOfRange(
    const Exercise& exercise, const PatternState& state, const Reason& why) const
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
            {PhraseCode::LoadUp,
                {ReasonArg::load(*heavier, m_profile.units), ReasonArg::load(*heavier - current, m_profile.units),
                    why.asArg()}}};
    }
    return pastTheTop(exercise, state, why,
        {PhraseCode::LoadIsCeiling, {ReasonArg::load(current, m_profile.units), scale.ceiling().asArg()}});
}

PatternDecision PatternProgression::pastTheTop(
    const Exercise& exercise, const PatternState& state, const Reason& why, const Reason& ceiling) const
{
    Reason cause = why;
    cause += ceiling;
    const Exercise* blocked = m_selector.nextLadderRung(exercise);
    if (blocked && m_selector.canDo(*blocked))
        blocked = nullptr;
    if (const Exercise* up = m_selector.nextUp(exercise)) {
        Reason reason(
            PhraseCode::UpTheLadder, {ReasonText::exercise(exercise), ReasonText::exercise(*up), cause.asArg()});
        if (blocked)
            reason += Reason(
                PhraseCode::NeedsSoNextYouCanDo, {ReasonText::exercise(*blocked), ReasonText::needs(*blocked)});
        return {ProgressionKind::RungUp, Prescription::fresh(*up, state.sets, m_profile), reason};
    }
    const Reason instead = blocked
        ? Reason(PhraseCode::NextRungBlocked, {ReasonText::exercise(*blocked), ReasonText::needs(*blocked)})
        : Reason(PhraseCode::TopOfLadder);
    if (exercise.dose.sets && state.sets < exercise.dose.sets->max) {
        PatternState next = state;
        ++next.sets;
        resetTarget(exercise, next);
        // More volume is recorded as RepsUp: more reps in the week, on the same rung.
        Reason reason(PhraseCode::OneMoreSet, {cause.asArg()});
        reason += instead;
        return {ProgressionKind::RepsUp, next, reason};
    }
    Reason reason(PhraseCode::HoldingAtTop, {cause.asArg()});
    reason += blocked ? Reason(PhraseCode::NextRungNeeds, {ReasonText::exercise(*blocked), ReasonText::needs(*blocked)})
                      : Reason(PhraseCode::TopOfLadderOnly);
    return hold(state, reason);
}

PatternDecision PatternProgression::stepBack(const PatternState& state, const Reason& why) const
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
                then(why, {PhraseCode::LoadDown, {ReasonArg::load(*next.loadKg, m_profile.units)}})};
        }
    }
    if (const Exercise* down = m_selector.nextDown(*exercise))
        return {ProgressionKind::StepBack, Prescription::fresh(*down, state.sets, m_profile),
            then(why, {PhraseCode::BackTo, {ReasonText::exercise(*down)}})};
    if (state.sets > 1) {
        --next.sets;
        resetTarget(*exercise, next);
        return {ProgressionKind::StepBack, next, then(why, PhraseCode::OneSetFewerGentlest)};
    }
    const PatternState bottom = Prescription::fresh(*exercise, 1);
    if (bottom.reps != state.reps || bottom.seconds != state.seconds || bottom.meters != state.meters) {
        resetTarget(*exercise, next);
        return {ProgressionKind::StepBack, next, then(why, PhraseCode::BackToBottom)};
    }
    return {ProgressionKind::StepBack, state, then(why, PhraseCode::GentlestAlready)};
}

} // namespace keel::core
