// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/plan/patternresolver.h"

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

std::string PatternResolver::progressionReason(Pattern pattern) const
{
    const ProgressionEvent* latest = latestEvent(pattern, std::nullopt);
    if (!latest)
        return "first week on this rung";
    // Reviews are dated the Monday (week start) they take effect; an older one means nothing was reviewed since.
    if (latest->date < m_weekStart) {
        // A change made since the pattern was last planned (an accessory left out for a few weeks)
        // is still the cause of today's dose; only a hold is "the same".
        if (isForward(latest->kind) || latest->kind == ProgressionKind::StepBack)
            return "since " + latest->date.toString() + ": " + latest->reason;
        return "same as last week: nothing new logged to review yet";
    }
    switch (latest->kind) {
    case ProgressionKind::Start:
    case ProgressionKind::RungUp:
        return "first week on this rung: " + latest->reason;
    default:
        return latest->reason;
    }
}

std::string PatternResolver::flareUpReason() const
{
    std::string reason = "flare-up mode";
    if (m_progression.flareUpSince)
        reason += " since " + m_progression.flareUpSince->toString();
    if (const ProgressionEvent* on = latestEvent(std::nullopt, ProgressionKind::FlareUpOn))
        reason += " (" + on->reason + ")";
    return reason + ": gentle options only";
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
            ? "first week on this rung: the starting level for " + std::string(toString(m_profile.experience)) + " is "
                + std::to_string(RungSelector::startingLevel(m_profile.experience))
            : "first week on this rung: " + found->second.exerciseId + " is no longer in the catalog";
        return choice;
    }
    choice.exercise = m_selector.resolve(*current);
    if (!choice.exercise)
        return choice;
    if (choice.exercise != current) {
        choice.state = Prescription::fresh(*choice.exercise, found->second.sets, m_profile);
        choice.reason = "first week on this rung: " + current->name + " needs " + current->equipmentText()
            + ", which your profile does not list; " + choice.exercise->name + " (level "
            + std::to_string(choice.exercise->level) + ") instead";
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
    std::string reason = "graded return after the flare-up (over on " + ReasonText::dayAndDate(back.ended)
        + "): " + std::to_string(back.stepsDown) + (back.stepsDown == 1 ? " step" : " steps") + " below your "
        + ReasonText::exerciseName(m_catalog, choice.state.exerciseId);
    if (choice.state.loadKg)
        reason += " at " + ReasonText::load(*choice.state.loadKg, m_profile.units);
    // The steps still to come, then the regular dose again.
    const auto& steps = ProgressionEngine::kReturnSteps;
    const std::size_t now = steps.size() - 1 - static_cast<std::size_t>(back.weeksLeft);
    for (std::size_t later = now + 1; later <= steps.size(); ++later) {
        const Date from = m_weekStart.addDays(7L * static_cast<long>(later - now));
        if (later == steps.size())
            reason += "; back to it from " + from.toString();
        else if (steps[later] != steps[later - 1])
            reason += "; " + std::to_string(steps[later]) + (steps[later] == 1 ? " step" : " steps") + " below from "
                + from.toString();
    }
    choice.exercise = exercise;
    choice.state = state;
    choice.reason = std::move(reason);
    return choice;
}

StrengthChoice PatternResolver::gentle(StrengthChoice choice) const
{
    const Exercise* safe = m_selector.flareUpOption(*choice.exercise);
    std::string reason = flareUpReason();
    if (!safe) {
        const auto all = m_selector.doable(choice.pattern);
        safe = all.front();
        reason += "; no flare-up-safe " + std::string(toString(choice.pattern))
            + " exercise your equipment allows, so the gentlest one you can do";
    } else if (safe != choice.exercise) {
        reason += "; " + safe->name + " in place of " + choice.exercise->name;
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
        choice.reason = "first week of walking: " + std::to_string(choice.minutes)
            + " min a day, building by at most 10 % a week toward 30";
    } else {
        choice.minutes
            = std::clamp(*found->second.minutes, WalkingProgression::kMinMinutes, WalkingProgression::kGoalMinutes);
        const ProgressionEvent* latest = latestEvent(Pattern::Walking, std::nullopt);
        if (!latest || latest->date < m_weekStart)
            choice.reason = "same as last week: " + std::to_string(choice.minutes) + " min a day";
        else if (latest->kind == ProgressionKind::Start)
            choice.reason = "first week of walking: " + latest->reason;
        else
            choice.reason = latest->reason;
    }
    if (m_progression.flareUp && choice.minutes > WalkingProgression::kFlareUpMinutes) {
        choice.minutes = WalkingProgression::kFlareUpMinutes;
        choice.reason = flareUpReason() + "; short walks (at most 15 min)";
    } else if (m_progression.flareUp) {
        choice.reason
            = flareUpReason() + "; short walks (at most 15 min): " + std::to_string(choice.minutes) + " min a day";
    }
    return choice;
}

} // namespace keel::core
