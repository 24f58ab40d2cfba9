// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/plan/patternresolver.h"

#include "core/model/phrasecode.h"
#include "core/plan/patternprogression.h"
#include "core/plan/prescription.h"
#include "core/plan/progressionengine.h"
#include "core/plan/reasontext.h"
#include "core/plan/walkingprogression.h"

#include <algorithm>

namespace keel::core {

PatternResolver::PatternResolver(const Catalog& catalog, const Profile& profile, const ProgressionSnapshot& progression,
    std::span<const ProgressionEvent> events, Date weekStart)
    : m_catalog(catalog)
    , m_profile(profile)
    , m_progression(progression)
    , m_events(events)
    , m_weekStart(weekStart)
    , m_selector(catalog, profile.equipment)
{ }

const ProgressionEvent* PatternResolver::latestEvent(
    std::optional<Pattern> pattern, std::optional<ProgressionKind> kind) const
{
    const ProgressionEvent* latest = nullptr;
    for (const ProgressionEvent& event : m_events) {
        // A step back during the week (pain on Tuesday) explains the rest of that week too.
        if (event.date > m_weekStart.addDays(6) || (pattern && event.pattern != pattern)
            || (kind && event.kind != *kind))
            continue;
        // Events of one day keep their recorded order; the later one wins.
        if (!latest || event.date >= latest->date)
            latest = &event;
    }
    return latest;
}

Reason PatternResolver::progressionReason(Pattern pattern) const
{
    const ProgressionEvent* latest = latestEvent(pattern, std::nullopt);
    if (!latest)
        return PhraseCode::FirstWeekOnRung;
    // Reviews are dated the Monday (week start) they take effect; an older one means nothing was reviewed since.
    if (latest->date < m_weekStart) {
        // A change made since the pattern was last planned (an accessory left out for a few weeks)
        // is still the cause of today's dose; only a hold is "the same".
        if (isForward(latest->kind) || latest->kind == ProgressionKind::StepBack)
            return {PhraseCode::Since, {ReasonArg::dateOnly(latest->date), latest->reason.asArg()}};
        return PhraseCode::NothingNewYet;
    }
    switch (latest->kind) {
    case ProgressionKind::Start:
    case ProgressionKind::RungUp:
        return {PhraseCode::FirstWeekOnRungBecause, {latest->reason.asArg()}};
    default:
        return latest->reason;
    }
}

Reason PatternResolver::flareUpReason() const
{
    const auto since = m_progression.flareUpSince;
    const ProgressionEvent* on = latestEvent(std::nullopt, ProgressionKind::FlareUpOn);
    if (since && on)
        return {PhraseCode::FlareUpGentleSinceBecause, {ReasonArg::dateOnly(*since), on->reason.asArg()}};
    if (since)
        return {PhraseCode::FlareUpGentleSince, {ReasonArg::dateOnly(*since)}};
    if (on)
        return {PhraseCode::FlareUpGentleBecause, {on->reason.asArg()}};
    return PhraseCode::FlareUpGentle;
}

StrengthChoice PatternResolver::regular(Pattern pattern) const
{
    StrengthChoice choice;
    choice.pattern = pattern;
    const auto found = m_progression.patterns.find(pattern);
    const Exercise* current
        = found == m_progression.patterns.end() ? nullptr : m_catalog.find(found->second.exerciseId);
    if (!current) {
        choice.exercise = m_selector.startingRung(pattern, m_profile.experience);
        if (!choice.exercise)
            return choice;
        choice.state = Prescription::fresh(
            *choice.exercise, Prescription::startingSets(*choice.exercise, m_profile.experience), m_profile);
        choice.reason = found == m_progression.patterns.end()
            ? Reason(PhraseCode::FirstWeekStartingLevel,
                {ReasonText::experience(m_profile.experience),
                    ReasonArg::count(RungSelector::startingLevel(m_profile.experience))})
            : Reason(PhraseCode::FirstWeekNotInCatalog, {ReasonArg::words(found->second.exerciseId)});
        return choice;
    }
    choice.exercise = m_selector.resolve(*current);
    if (!choice.exercise)
        return choice;
    if (choice.exercise != current) {
        choice.state = Prescription::fresh(*choice.exercise, found->second.sets, m_profile);
        choice.reason = Reason(PhraseCode::ProfileDoesNotList,
            {ReasonText::exercise(*current), ReasonText::needs(*current), ReasonText::exercise(*choice.exercise),
                ReasonArg::count(choice.exercise->level)});
        return choice;
    }
    choice.state = Prescription::fitted(*current, Prescription::clamped(*current, found->second), m_profile);
    choice.reason = progressionReason(pattern);
    if (const auto back = ProgressionEngine::flareUpReturn(m_events, m_weekStart))
        return graded(std::move(choice), *back);
    return choice;
}

StrengthChoice PatternResolver::graded(StrengthChoice choice, const FlareUpReturn& back) const
{
    // A step back has no pain reason here, only the return's own.
    const PatternProgression progression(m_catalog, m_selector, m_profile);
    PatternState state = choice.state;
    for (int step = 0; step < back.stepsDown; ++step)
        state = progression.stepBack(state, {}).state;
    const Exercise* exercise = m_catalog.find(state.exerciseId);
    if (!exercise || state == choice.state)
        return choice;
    const ReasonArg usual = ReasonText::exercise(m_catalog, choice.state.exerciseId);
    Reason reason = choice.state.loadKg
        ? Reason(PhraseCode::GradedReturnAtLoad,
            {ReasonArg::day(back.ended), usual, ReasonArg::load(*choice.state.loadKg, m_profile.units),
                ReasonArg::count(back.stepsDown)})
        : Reason(PhraseCode::GradedReturn, {ReasonArg::day(back.ended), usual, ReasonArg::count(back.stepsDown)});
    // The steps still to come, then the regular dose again.
    const auto& steps = ProgressionEngine::kReturnSteps;
    const std::size_t now = steps.size() - 1 - static_cast<std::size_t>(back.weeksLeft);
    for (std::size_t later = now + 1; later <= steps.size(); ++later) {
        const Date from = m_weekStart.addDays(7L * static_cast<long>(later - now));
        if (later == steps.size())
            reason += Reason(PhraseCode::BackToItFrom, {ReasonArg::dateOnly(from)});
        else if (steps[later] != steps[later - 1])
            reason += Reason(PhraseCode::StepsBelowFrom, {ReasonArg::dateOnly(from), ReasonArg::count(steps[later])});
    }
    choice.exercise = exercise;
    choice.state = state;
    choice.reason = std::move(reason);
    return choice;
}

StrengthChoice PatternResolver::gentle(StrengthChoice choice) const
{
    const Exercise* safe = m_selector.flareUpOption(*choice.exercise);
    Reason reason = flareUpReason();
    if (!safe) {
        const auto all = m_selector.doable(choice.pattern);
        safe = all.front();
        reason += Reason(PhraseCode::NoFlareUpSafe, {ReasonText::pattern(choice.pattern)});
    } else if (safe != choice.exercise) {
        reason += Reason(PhraseCode::InPlaceOf, {ReasonText::exercise(*safe), ReasonText::exercise(*choice.exercise)});
    }
    choice.exercise = safe;
    choice.state = Prescription::fresh(*safe, safe->dose.sets ? safe->dose.sets->min : 0, m_profile);
    choice.reason = reason;
    return choice;
}

StrengthChoice PatternResolver::choose(Pattern pattern) const
{
    StrengthChoice choice = regular(pattern);
    if (!choice.exercise || !m_progression.flareUp)
        return choice;
    return gentle(std::move(choice));
}

WalkingChoice PatternResolver::walking() const
{
    WalkingChoice choice;
    const auto found = m_progression.patterns.find(Pattern::Walking);
    if (found == m_progression.patterns.end() || !found->second.minutes) {
        choice.minutes = WalkingProgression::startMinutes(m_profile);
        choice.reason = Reason(PhraseCode::FirstWeekOfWalking, {ReasonArg::count(choice.minutes)});
    } else {
        choice.minutes
            = std::clamp(*found->second.minutes, WalkingProgression::kMinMinutes, WalkingProgression::kGoalMinutes);
        const ProgressionEvent* latest = latestEvent(Pattern::Walking, std::nullopt);
        if (!latest || latest->date < m_weekStart)
            choice.reason = Reason(PhraseCode::WalkSameMinutes, {ReasonArg::count(choice.minutes)});
        else if (latest->kind == ProgressionKind::Start)
            choice.reason = Reason(PhraseCode::FirstWeekOfWalkingBecause, {latest->reason.asArg()});
        else
            choice.reason = latest->reason;
    }
    if (m_progression.flareUp && choice.minutes > WalkingProgression::kFlareUpMinutes) {
        choice.minutes = WalkingProgression::kFlareUpMinutes;
        choice.reason = flareUpReason();
        choice.reason += Reason(PhraseCode::ShortWalks);
    } else if (m_progression.flareUp) {
        choice.reason = flareUpReason();
        choice.reason += Reason(PhraseCode::ShortWalksMinutes, {ReasonArg::count(choice.minutes)});
    }
    return choice;
}

} // namespace keel::core
