// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/plan/progressionengine.h"

#include "core/model/phrasecode.h"
#include "core/plan/painmonitor.h"
#include "core/plan/prescription.h"
#include "core/plan/reasontext.h"
#include "core/plan/walkingprogression.h"

#include <algorithm>
#include <map>
#include <set>

namespace keel::core {

namespace {

constexpr int kWalkDaysToBuild = 5;
constexpr std::array<Pattern, 6> kStatePatterns
    = {Pattern::Hinge, Pattern::Squat, Pattern::Carry, Pattern::AntiRotation, Pattern::Pull, Pattern::Posture};

bool isPlannedPattern(Pattern pattern)
{
    return pattern != Pattern::Mobility && pattern != Pattern::Walking;
}

ProgressionEvent eventFor(const Catalog& catalog, Units units, Date date, Pattern pattern, const PatternState& from,
    const PatternDecision& decision)
{
    ProgressionEvent event;
    event.date = date;
    event.pattern = pattern;
    event.kind = decision.kind;
    event.exerciseId = decision.state.exerciseId;
    event.from = from.exerciseId.empty() ? Reason() : ReasonText::describe(from, catalog, units);
    event.to = ReasonText::describe(decision.state, catalog, units);
    event.reason = decision.reason;
    return event;
}

ProgressionEvent programEvent(Date date, ProgressionKind kind, Reason reason)
{
    ProgressionEvent event;
    event.date = date;
    event.kind = kind;
    event.reason = std::move(reason);
    return event;
}

} // namespace

ProgressionEngine::ProgressionEngine(const Catalog& catalog, const Profile& profile)
    : m_catalog(catalog)
    , m_profile(profile)
    , m_selector(catalog, profile.equipment)
    , m_patterns(catalog, m_selector, profile)
{ }

bool ProgressionEngine::isReviewed(Date weekStart, const std::vector<ProgressionEvent>& events)
{
    const Date date = reviewDate(weekStart);
    return std::any_of(events.begin(), events.end(),
        [date](const ProgressionEvent& event) { return event.date == date && isReviewKind(event.kind); });
}

bool ProgressionEngine::isReviewKind(ProgressionKind kind)
{
    return kind == ProgressionKind::Hold || isForward(kind);
}

ProgressionUpdate ProgressionEngine::prepare(const ProgressionSnapshot& snapshot, Date weekStart) const
{
    ProgressionUpdate update {snapshot, {}};
    for (Pattern pattern : kStatePatterns) {
        const auto found = snapshot.patterns.find(pattern);
        const Exercise* current = found == snapshot.patterns.end() ? nullptr : m_catalog.find(found->second.exerciseId);
        PatternDecision start {ProgressionKind::Start, {}, {}};
        if (current && m_selector.canDo(*current))
            continue;
        if (current) {
            const Exercise* instead = m_selector.resolve(*current);
            if (!instead)
                continue;
            start.state = Prescription::fresh(*instead, found->second.sets, m_profile);
            start.reason = Reason(PhraseCode::NoLongerListed,
                {ReasonText::exercise(*current), ReasonText::needs(*current), ReasonText::exercise(*instead),
                    ReasonArg::count(instead->level)});
        } else {
            const Exercise* first = m_selector.startingRung(pattern, m_profile.experience);
            if (!first)
                continue;
            start.state
                = Prescription::fresh(*first, Prescription::startingSets(*first, m_profile.experience), m_profile);
            start.reason = found == snapshot.patterns.end()
                ? Reason(PhraseCode::StartingLevel,
                    {ReasonText::experience(m_profile.experience), ReasonText::exercise(*first),
                        ReasonArg::count(first->level)})
                : Reason(PhraseCode::NotInCatalogStart,
                    {ReasonArg::words(found->second.exerciseId), ReasonText::exercise(*first),
                        ReasonArg::count(first->level)});
        }
        start.state.lastChange = weekStart;
        const PatternState from = found == snapshot.patterns.end() ? PatternState {} : found->second;
        update.events.push_back(eventFor(m_catalog, m_profile.units, weekStart, pattern, from, start));
        update.snapshot.patterns[pattern] = start.state;
    }
    const auto walking = snapshot.patterns.find(Pattern::Walking);
    if (walking == snapshot.patterns.end() || !walking->second.minutes) {
        PatternDecision start {ProgressionKind::Start, {}, {}};
        start.state.pattern = Pattern::Walking;
        start.state.minutes = WalkingProgression::startMinutes(m_profile);
        const bool bouts = WalkingProgression::inBouts(m_profile, *start.state.minutes);
        const Exercise* exercise = WalkingProgression::exerciseFor(m_catalog, m_profile.equipment, bouts);
        start.state.exerciseId = exercise ? exercise->id : std::string(WalkingProgression::kWalkId);
        start.state.lastChange = weekStart;
        start.reason = Reason(bouts ? PhraseCode::WalkingStartInBouts : PhraseCode::WalkingStart,
            {ReasonArg::count(*start.state.minutes), ReasonArg::count(m_profile.walkBaselineMinutes)});
        update.events.push_back(
            eventFor(m_catalog, m_profile.units, weekStart, Pattern::Walking, PatternState {}, start));
        update.snapshot.patterns[Pattern::Walking] = start.state;
    }
    return update;
}

std::optional<FlareUpReturn> ProgressionEngine::flareUpReturn(std::span<const ProgressionEvent> events, Date weekStart)
{
    const Date weekEnd = weekStart.addDays(6);
    const ProgressionEvent* last = nullptr;
    for (const ProgressionEvent& event : events) {
        const bool flareUp = event.kind == ProgressionKind::FlareUpOn || event.kind == ProgressionKind::FlareUpOff;
        if (flareUp && event.date <= weekEnd && (!last || event.date >= last->date))
            last = &event;
    }
    if (!last || last->kind != ProgressionKind::FlareUpOff)
        return std::nullopt;
    // Weeks are counted from the week holding the end, whatever day the weeks start on.
    const long week = (last->date.daysUntil(weekStart) + 6) / 7;
    if (week < 0 || week >= static_cast<long>(kReturnSteps.size()))
        return std::nullopt;
    return FlareUpReturn {last->date, kReturnSteps[static_cast<std::size_t>(week)],
        static_cast<int>(kReturnSteps.size()) - 1 - static_cast<int>(week)};
}

bool ProgressionEngine::isWelcomeBack(const ProgressionEvent& event)
{
    // Events from before reasons had codes keep their English words.
    return event.kind == ProgressionKind::StepBack
        && (event.reason.startsWith(PhraseCode::WelcomeBack)
            || (event.reason.startsWith(PhraseCode::Verbatim) && event.reason.text().starts_with(kWelcomeBack)));
}

ProgressionUpdate ProgressionEngine::resume(const ProgressionSnapshot& before, Date weekStart,
    std::optional<Date> lastStrength, const std::vector<ProgressionEvent>& pastEvents) const
{
    ProgressionUpdate update {before, {}};
    if (!lastStrength || *lastStrength >= weekStart)
        return update;
    // Whole weeks between the week of the last strength work and this one.
    const long away = lastStrength->startOfWeek(m_profile.weekStart).daysUntil(weekStart) / 7 - 1;
    if (away < kBreakWeeksPerStep || away % kBreakWeeksPerStep != 0 || away > kBreakWeeksPerStep * kMaxBreakSteps)
        return update;
    const auto already = std::any_of(pastEvents.begin(), pastEvents.end(),
        [weekStart](const ProgressionEvent& event) { return event.date == weekStart && isWelcomeBack(event); });
    if (already)
        return update;
    const long steps = away / kBreakWeeksPerStep;
    const Reason why(
        PhraseCode::WelcomeBack, {ReasonArg::count(away), ReasonArg::day(*lastStrength), ReasonArg::count(steps)});
    for (auto& [pattern, state] : update.snapshot.patterns) {
        PatternDecision decision;
        if (pattern == Pattern::Walking) {
            // Walks already at the shortest stay as they are, without an event that claims a change.
            if (!state.minutes || WalkingProgression::stepBackMinutes(*state.minutes) == *state.minutes)
                continue;
            decision = {ProgressionKind::StepBack, state, why};
            decision.state.minutes = WalkingProgression::stepBackMinutes(*state.minutes);
            decision.reason += Reason(PhraseCode::WalksNow, {ReasonArg::count(*decision.state.minutes)});
        } else if (isPlannedPattern(pattern) && !state.exerciseId.empty()) {
            decision = m_patterns.stepBack(state, why);
        } else {
            continue;
        }
        decision.state.lastChange = weekStart;
        update.events.push_back(eventFor(m_catalog, m_profile.units, weekStart, pattern, state, decision));
        state = decision.state;
    }
    return update;
}

PatternWeek ProgressionEngine::patternWeek(Pattern pattern, const WeekPlan& week, const TrainingHistory& history) const
{
    PatternWeek result;
    result.recovery = week.recovery;
    for (const PlannedSession& session : week.sessions) {
        if (session.kind != SessionKind::Strength)
            continue;
        // The first item of the pattern is its main one; a second core drill comes after it.
        const auto main = std::find_if(session.items.begin(), session.items.end(),
            [pattern](const PlannedItem& item) { return !item.warmUp && item.pattern == pattern; });
        if (main == session.items.end())
            continue;
        result.plannedSets += main->sets;
        if (!result.planned)
            result.planned = m_catalog.find(main->exerciseId);
    }
    const Date weekEnd = week.weekStart.addDays(6);
    for (const LoggedSet& set : history.sets) {
        if (set.date < week.weekStart || set.date > weekEnd)
            continue;
        const Exercise* exercise = m_catalog.find(set.exerciseId);
        if (exercise && exercise->pattern == pattern)
            result.sets.push_back(set);
    }
    return result;
}

PatternDecision ProgressionEngine::walkingDecision(
    const PatternState& state, const WeekPlan& week, const TrainingHistory& history, const PainCall& pain) const
{
    const int minutes = state.minutes.value_or(WalkingProgression::kMinMinutes);
    PatternState next = state;
    if (pain.verdict == PainCall::Verdict::StepBack) {
        next.minutes = WalkingProgression::stepBackMinutes(minutes);
        Reason reason = pain.reason;
        reason += Reason(PhraseCode::NowMinutes, {ReasonArg::count(*next.minutes)});
        return {ProgressionKind::StepBack, next, reason};
    }
    std::map<Date, int> planned;
    std::map<Date, int> walked;
    for (const PlannedSession& session : week.sessions) {
        for (const PlannedItem& item : session.items) {
            if (item.pattern == Pattern::Walking && item.minutes)
                planned[session.date] += item.minutes->min;
        }
    }
    for (const WalkEntry& walk : history.walks) {
        if (planned.contains(walk.date))
            walked[walk.date] += walk.minutes;
    }
    if (walked.empty())
        return {ProgressionKind::Hold, state, PhraseCode::MissedWalks};
    if (pain.verdict == PainCall::Verdict::Hold)
        return {ProgressionKind::Hold, state, pain.reason};
    const auto reached = std::count_if(
        planned.begin(), planned.end(), [&walked](const auto& day) { return walked[day.first] >= day.second; });
    const ReasonArg days = ReasonArg::count(reached);
    const ReasonArg of = ReasonArg::count(static_cast<long>(planned.size()));
    if (reached < kWalkDaysToBuild) {
        return {ProgressionKind::Hold, state,
            {PhraseCode::WalkDaysShort, {days, of, ReasonArg::count(minutes), ReasonArg::count(kWalkDaysToBuild)}}};
    }
    if (minutes >= WalkingProgression::kGoalMinutes)
        return {ProgressionKind::Hold, state, {PhraseCode::WalkingGoal, {days, of, ReasonArg::count(minutes)}}};
    next.minutes = WalkingProgression::nextMinutes(minutes);
    const bool bouts = WalkingProgression::inBouts(m_profile, *next.minutes);
    if (const Exercise* exercise = WalkingProgression::exerciseFor(m_catalog, m_profile.equipment, bouts))
        next.exerciseId = exercise->id;
    Reason reason(
        PhraseCode::WalkingUp, {ReasonArg::count(*next.minutes - minutes), days, of, ReasonArg::count(minutes)});
    if (!bouts && WalkingProgression::inBouts(m_profile, minutes))
        reason += Reason(PhraseCode::OneWalkNow);
    return {ProgressionKind::MinutesUp, next, reason};
}

ProgressionUpdate ProgressionEngine::react(const ProgressionSnapshot& before, Date day, const TrainingHistory& history,
    const std::vector<ProgressionEvent>& pastEvents) const
{
    ProgressionUpdate update {before, {}};
    const PainMonitor pain(m_catalog, history, day.startOfWeek(m_profile.weekStart));
    auto recorded = [&](ProgressionKind kind, std::optional<Pattern> pattern) {
        auto matches = [&](const ProgressionEvent& event) {
            return event.date == day && event.kind == kind && event.pattern == pattern;
        };
        return std::any_of(pastEvents.begin(), pastEvents.end(), matches)
            || std::any_of(update.events.begin(), update.events.end(), matches);
    };
    const std::optional<PainDay> painDay = pain.painDay(day);
    if (painDay) {
        if (!recorded(ProgressionKind::PainEvent, std::nullopt))
            update.events.push_back(programEvent(day, ProgressionKind::PainEvent, painDay->reason));
        for (const auto& [pattern, why] : painDay->stepBacks) {
            const auto state = update.snapshot.patterns.find(pattern);
            if (state == update.snapshot.patterns.end() || recorded(ProgressionKind::StepBack, pattern))
                continue;
            PatternDecision decision;
            if (pattern == Pattern::Walking) {
                const int minutes = state->second.minutes.value_or(WalkingProgression::kMinMinutes);
                decision = {ProgressionKind::StepBack, state->second, why};
                decision.state.minutes = WalkingProgression::stepBackMinutes(minutes);
                decision.reason += Reason(PhraseCode::NowMinutes, {ReasonArg::count(*decision.state.minutes)});
            } else {
                decision = m_patterns.stepBack(state->second, why);
            }
            decision.state.lastChange = day;
            update.events.push_back(eventFor(m_catalog, m_profile.units, day, pattern, state->second, decision));
            state->second = decision.state;
        }
    }

    // Flare-up is decided once per day, in order: a day at or before the last switch was decided already.
    auto switched = [day](const ProgressionEvent& event) {
        return (event.kind == ProgressionKind::FlareUpOn || event.kind == ProgressionKind::FlareUpOff)
            && event.date >= day;
    };
    if (std::any_of(pastEvents.begin(), pastEvents.end(), switched))
        return update;
    if (!update.snapshot.flareUp) {
        // Pain events since the last flare-up ended, within the window.
        std::optional<Date> lastOff;
        std::set<Date> painDays;
        auto scan = [&](const ProgressionEvent& event) {
            if (event.kind == ProgressionKind::FlareUpOff && event.date <= day)
                lastOff = std::max(lastOff.value_or(event.date), event.date);
        };
        std::for_each(pastEvents.begin(), pastEvents.end(), scan);
        std::for_each(update.events.begin(), update.events.end(), scan);
        auto count = [&](const ProgressionEvent& event) {
            if (event.kind == ProgressionKind::PainEvent && event.date <= day
                && event.date > day.addDays(-PainMonitor::kFlareUpWindowDays) && (!lastOff || event.date > *lastOff))
                painDays.insert(event.date);
        };
        std::for_each(pastEvents.begin(), pastEvents.end(), count);
        std::for_each(update.events.begin(), update.events.end(), count);
        const bool severe = painDay && painDay->severeCheckIn;
        if (severe || static_cast<int>(painDays.size()) >= PainMonitor::kPainEventsForFlareUp) {
            const Reason cause = severe
                ? painDay->reason
                : Reason(PhraseCode::PainEventsWithin,
                    {ReasonArg::count(static_cast<long>(painDays.size())),
                        painDay ? painDay->reason.asArg() : ReasonArg::day(*painDays.rbegin())});
            update.snapshot.flareUp = true;
            update.snapshot.flareUpSince = day;
            update.events.push_back(programEvent(day, ProgressionKind::FlareUpOn, cause));
            const auto walking = update.snapshot.patterns.find(Pattern::Walking);
            if (walking != update.snapshot.patterns.end()
                && walking->second.minutes.value_or(0) > WalkingProgression::kFlareUpMinutes) {
                PatternDecision capped {ProgressionKind::StepBack, walking->second,
                    {PhraseCode::FlareUpWalksCapped,
                        {cause.asArg(), ReasonArg::count(WalkingProgression::kFlareUpMinutes)}}};
                capped.state.minutes = WalkingProgression::kFlareUpMinutes;
                capped.state.lastChange = day;
                update.events.push_back(
                    eventFor(m_catalog, m_profile.units, day, Pattern::Walking, walking->second, capped));
                walking->second = capped.state;
            }
        }
    } else if (!painDay) {
        const Date since = update.snapshot.flareUpSince.value_or(day.addDays(-1));
        if (const auto calm = pain.twoCalmSessionsSince(since, day)) {
            update.snapshot.flareUp = false;
            update.snapshot.flareUpSince.reset();
            update.events.push_back(
                programEvent(day, ProgressionKind::FlareUpOff, {PhraseCode::GradedReturnStarts, {calm->asArg()}}));
        }
    }
    return update;
}

ProgressionUpdate ProgressionEngine::review(const ProgressionSnapshot& before, const WeekPlan& week,
    const TrainingHistory& history, const std::vector<ProgressionEvent>& pastEvents, bool recoveryNext) const
{
    const Date date = reviewDate(week.weekStart);
    const Date weekEnd = week.weekStart.addDays(6);
    ProgressionUpdate update {before, {}};
    std::vector<ProgressionEvent> known = pastEvents;
    for (Date day = week.weekStart; day <= weekEnd; day = day.addDays(1)) {
        ProgressionUpdate reacted = react(update.snapshot, day, history, known);
        update.snapshot = std::move(reacted.snapshot);
        known.insert(known.end(), reacted.events.begin(), reacted.events.end());
        update.events.insert(update.events.end(), reacted.events.begin(), reacted.events.end());
    }
    auto steppedBack = [&](Pattern pattern) -> const ProgressionEvent* {
        const ProgressionEvent* found = nullptr;
        for (const ProgressionEvent& event : known) {
            // Easing in after a break is not pain: the week back is judged on how it went.
            if (event.kind == ProgressionKind::StepBack && !isWelcomeBack(event) && event.pattern == pattern
                && event.date >= week.weekStart && event.date <= weekEnd)
                found = &event;
        }
        return found;
    };
    const ProgressionSnapshot reacted = update.snapshot;
    const PainMonitor pain(m_catalog, history, week.weekStart);
    std::map<Pattern, PatternDecision> decisions;
    const Reason flareUpHold(PhraseCode::FlareUpHold);
    for (const auto& [pattern, state] : reacted.patterns) {
        const bool planned = std::any_of(week.sessions.begin(), week.sessions.end(), [p = pattern](const auto& s) {
            return std::any_of(s.items.begin(), s.items.end(), [p](const PlannedItem& i) { return i.pattern == p; });
        });
        if (!planned)
            continue;
        if (reacted.flareUp || before.flareUp) {
            decisions[pattern] = {ProgressionKind::Hold, state, flareUpHold};
        } else if (const ProgressionEvent* stepped = steppedBack(pattern)) {
            // Stepped back during the week already: hold there, for the same reason.
            decisions[pattern] = {ProgressionKind::Hold, state, stepped->reason};
        } else if (pattern == Pattern::Walking) {
            decisions[pattern] = walkingDecision(state, week, history, pain.forWalking());
        } else if (isPlannedPattern(pattern)) {
            decisions[pattern]
                = m_patterns.decide(state, patternWeek(pattern, week, history), pain.forPattern(pattern));
        }
    }
    if (before.flareUp && !reacted.flareUp) {
        for (auto& [pattern, decision] : decisions)
            decision.reason = PhraseCode::FlareUpOver;
    } else if (const auto back = flareUpReturn(known, week.weekStart)) {
        // The return weeks are planned below the regular state; the state itself waits for the end of them.
        for (auto& [pattern, decision] : decisions) {
            if (pattern == Pattern::Walking || steppedBack(pattern) || decision.kind == ProgressionKind::StepBack)
                continue;
            decision = {ProgressionKind::Hold, reacted.patterns.at(pattern),
                back->weeksLeft > 0 ? PhraseCode::ReturnHolding : PhraseCode::ReturnDone};
        }
    }

    for (auto& [pattern, decision] : decisions) {
        if (!isForward(decision.kind))
            continue;
        if (recoveryNext) {
            // The recovery week keeps every dose; what was earned is judged again after it.
            decision = {ProgressionKind::Hold, reacted.patterns.at(pattern),
                pattern == Pattern::Walking ? PhraseCode::RecoveryWalkHold : PhraseCode::RecoveryHold};
        } else if (week.recovery) {
            decision.reason = Reason(PhraseCode::AfterRecovery, {decision.reason.asArg()});
        }
    }

    for (auto& [pattern, decision] : decisions) {
        const PatternState& from = reacted.patterns.at(pattern);
        // One step a week: a pattern that already moved on this date (a repeated review) stays put.
        if (decision.kind != ProgressionKind::Hold && from.lastChange == date)
            decision = {ProgressionKind::Hold, from, PhraseCode::AlreadyChanged};
        if (decision.kind != ProgressionKind::Hold)
            decision.state.lastChange = date;
        update.snapshot.patterns[pattern] = decision.state;
        update.events.push_back(eventFor(m_catalog, m_profile.units, date, pattern, from, decision));
    }
    return update;
}

} // namespace keel::core
