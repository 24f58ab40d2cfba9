// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/plan/planservice.h"

#include "core/model/logentries.h"
#include "core/model/phrasecode.h"
#include "core/plan/handedits.h"
#include "core/plan/planerror.h"
#include "core/plan/plangenerator.h"
#include "core/plan/progressionengine.h"
#include "core/store/database.h"
#include "core/store/logrepository.h"
#include "core/store/planrepository.h"
#include "core/store/profilerepository.h"
#include "core/store/progressionrepository.h"

#include <algorithm>
#include <set>
#include <tuple>

namespace keel::core {

namespace {

constexpr long kDaysInWeek = 7;
/// How far back a review reads sets: two weeks for the step-back window and flare-up exits.
constexpr long kReviewLookbackDays = 14;

/// How many days back a refresh reacts to pain: the flare-up window.
constexpr long kReactDays = 14;
/// Events are read from this many days before the first week looked at: the flare-up window and a week.
constexpr long kEventLookbackDays = 21;

/// How far back a break is looked for: the longest one that still brings a step back, and a week.
constexpr long kBreakLookbackDays
    = kDaysInWeek * (ProgressionEngine::kBreakWeeksPerStep * ProgressionEngine::kMaxBreakSteps + 2);

/// True when the week's strength can be judged: the main item of every pattern in its last strength
/// session has its planned sets logged (a second core drill or an accessory is optional), or that
/// session's day is over with something logged, or the week has ended.
bool readyForReview(const WeekPlan& week, const TrainingHistory& history, Date today)
{
    const Date end = week.weekStart.addDays(kDaysInWeek - 1);
    if (end < today)
        return true;
    const PlannedSession* last = nullptr;
    for (const PlannedSession& session : week.sessions) {
        if (session.kind == SessionKind::Strength && (!last || session.date > last->date))
            last = &session;
    }
    if (!last || last->date > today)
        return false;
    int loggedThatDay = 0;
    bool complete = true;
    std::set<Pattern> seen;
    for (const PlannedItem& item : last->items) {
        if (item.warmUp || item.pattern == Pattern::Mobility || item.pattern == Pattern::Walking)
            continue;
        const auto logged = std::count_if(history.sets.begin(), history.sets.end(),
            [&](const LoggedSet& set) { return set.date == last->date && set.exerciseId == item.exerciseId; });
        loggedThatDay += static_cast<int>(logged);
        const bool main
            = item.pattern != Pattern::Pull && item.pattern != Pattern::Posture && seen.insert(item.pattern).second;
        if (main)
            complete = complete && logged >= std::max(item.sets, 1);
    }
    return complete || (last->date < today && loggedThatDay > 0);
}

} // namespace

std::optional<Date> PlanService::lastStrengthBefore(const std::vector<LoggedSet>& sets, Date before) const
{
    std::optional<Date> last;
    for (const LoggedSet& set : sets) {
        const Exercise* exercise = m_catalog.find(set.exerciseId);
        if (set.date < before && (!last || set.date > *last) && exercise && exercise->pattern != Pattern::Mobility
            && exercise->pattern != Pattern::Walking)
            last = set.date;
    }
    return last;
}

PlanService::PlanService(Database& db, const Catalog& catalog)
    : m_db(db)
    , m_catalog(catalog)
{ }

Profile PlanService::profile()
{
    auto stored = ProfileRepository(m_db).load();
    if (!stored)
        throw PlanError(Reason(PhraseCode::PlanNoProfile));
    return *stored;
}

Date PlanService::catchUpFrom(const Profile& profile, Date today)
{
    const Date current = today.startOfWeek(profile.weekStart);
    const Date reactFrom = today.addDays(-(kReactDays - 1)).startOfWeek(profile.weekStart);
    // Reviews are dated the start of the week after the one reviewed: the first unreviewed week.
    const std::optional<Date> reviewed = ProgressionRepository(m_db).lastReviewDate();
    const Date first
        = reviewed ? reviewed->startOfWeek(profile.weekStart) : PlanRepository(m_db).firstWeekStart().value_or(current);
    return std::min({first, reactFrom, current});
}

std::vector<ProgressionEvent> PlanService::catchUp(
    const Profile& profile, ProgressionSnapshot& snapshot, std::vector<ProgressionEvent>& events, Date today)
{
    const ProgressionEngine engine(m_catalog, profile);
    const Date current = today.startOfWeek(profile.weekStart);
    const Date reactFrom = today.addDays(-(kReactDays - 1));
    std::vector<ProgressionEvent> added;
    auto apply = [&](ProgressionUpdate update) {
        snapshot = std::move(update.snapshot);
        events.insert(events.end(), update.events.begin(), update.events.end());
        added.insert(added.end(), update.events.begin(), update.events.end());
    };
    PlanRepository plans(m_db);
    LogRepository logs(m_db);
    for (Date start = catchUpFrom(profile, today); start <= current; start = start.addDays(kDaysInWeek)) {
        const Date end = start.addDays(kDaysInWeek - 1);
        const Date seen = std::min(end, today);
        Date setsFrom = start.addDays(-kReviewLookbackDays);
        if (snapshot.flareUpSince)
            setsFrom = std::min(setsFrom, *snapshot.flareUpSince);
        const TrainingHistory history {logs.workingSets(setsFrom, seen), logs.walks(start, seen),
            logs.checkIns(start.addDays(-kDaysInWeek), seen)};
        std::optional<Date> lastStrength = lastStrengthBefore(history.sets, start);
        if (!lastStrength)
            lastStrength
                = lastStrengthBefore(logs.workingSets(start.addDays(-kBreakLookbackDays), start.addDays(-1)), start);
        apply(engine.resume(snapshot, start, lastStrength, events));
        const bool reviewed = ProgressionEngine::isReviewed(start, events);
        const std::optional<WeekPlan> week = reviewed ? std::nullopt : plans.loadWeek(start);
        if (seen < reactFrom && !week)
            continue;
        for (Date day = std::max(start, reactFrom); day <= seen; day = day.addDays(1))
            apply(engine.react(snapshot, day, history, events));
        if (week && readyForReview(*week, history, today)) {
            const bool recoveryNext = PlanGenerator::isRecoveryWeek(weekIndex(start) + 1, profile.recoveryEvery);
            apply(engine.review(snapshot, *week, history, events, recoveryNext));
        }
    }
    return added;
}

std::optional<Date> PlanService::storedLastStrength(Date weekStart)
{
    const std::optional<WeekPlan> stored = PlanRepository(m_db).loadWeek(weekStart);
    return stored ? PlanGenerator::lastStrengthDay(*stored) : std::nullopt;
}

std::optional<PartWeek> PlanService::partWeek(Date weekStart, Date today)
{
    if (today <= weekStart)
        return std::nullopt;
    PartWeek part {today, {}};
    if (const auto stored = PlanRepository(m_db).loadWeek(weekStart)) {
        for (const PlannedSession& session : stored->sessions) {
            if (session.kind == SessionKind::Strength && session.date < today)
                part.heldStrength.push_back(session.date);
        }
    }
    return part;
}

int PlanService::weekIndex(Date weekStart)
{
    // Recovery weeks count from the first week ever planned.
    const Date first = PlanRepository(m_db).firstWeekStart().value_or(weekStart);
    return static_cast<int>(std::max(0L, first.daysUntil(weekStart)) / kDaysInWeek);
}

std::vector<WeekPlan> PlanService::generate(Date weekStart, int weeks, std::uint64_t seed, Date today)
{
    if (weeks < 1 || weeks > kMaxWeeks)
        throw PlanError(Reason(PhraseCode::PlanWeeksOutOfRange, {ReasonArg::count(weeks)}));
    std::vector<WeekPlan> planned;
    std::vector<ProgressionEvent> recorded;
    m_db.transaction([&] {
        const Profile stored = profile();
        const Date first = weekStart.startOfWeek(stored.weekStart);
        ProgressionRepository progression(m_db);
        ProgressionSnapshot snapshot = progression.load();
        std::vector<ProgressionEvent> events
            = progression.eventsFrom(std::min(first, catchUpFrom(stored, today)).addDays(-kEventLookbackDays));
        recorded = catchUp(stored, snapshot, events, today);
        const ProgressionUpdate prepared = ProgressionEngine(m_catalog, stored).prepare(snapshot, first);
        snapshot = prepared.snapshot;
        events.insert(events.end(), prepared.events.begin(), prepared.events.end());
        recorded.insert(recorded.end(), prepared.events.begin(), prepared.events.end());

        const PlanGenerator generator(m_catalog);
        PlanRepository plans(m_db);
        const int firstIndex = weekIndex(first);
        std::optional<Date> previousStrength = storedLastStrength(first.addDays(-kDaysInWeek));
        for (int i = 0; i < weeks; ++i) {
            const Date start = first.addDays(kDaysInWeek * i);
            // Days before today are history: the week holding today is planned from today on.
            const bool holdsToday = start <= today && today <= start.addDays(kDaysInWeek - 1);
            WeekPlan week
                = generator.generate({stored, snapshot, events, start, seed, firstIndex + i, previousStrength},
                    holdsToday ? partWeek(start, today) : std::nullopt);
            previousStrength = PlanGenerator::lastStrengthDay(week);
            plans.saveWeek(week, holdsToday ? std::optional(today) : std::nullopt);
            planned.push_back(std::move(week));
        }
        progression.save(snapshot, recorded);
    });
    m_lastEvents = std::move(recorded);
    return planned;
}

RefreshResult PlanService::refresh(Date today)
{
    return bringUpToDate(today, false);
}

RefreshResult PlanService::replanFrom(Date today)
{
    return bringUpToDate(today, true);
}

RefreshResult PlanService::bringUpToDate(Date today, bool force)
{
    RefreshResult result;
    m_db.transaction([&] {
        const auto stored = ProfileRepository(m_db).load();
        if (!stored)
            return;
        const Date current = today.startOfWeek(stored->weekStart);
        ProgressionRepository progression(m_db);
        ProgressionSnapshot snapshot = progression.load();
        std::vector<ProgressionEvent> events
            = progression.eventsFrom(catchUpFrom(*stored, today).addDays(-kEventLookbackDays));
        result.events = catchUp(*stored, snapshot, events, today);
        const ProgressionUpdate prepared = ProgressionEngine(m_catalog, *stored).prepare(snapshot, current);
        snapshot = prepared.snapshot;
        events.insert(events.end(), prepared.events.begin(), prepared.events.end());
        result.events.insert(result.events.end(), prepared.events.begin(), prepared.events.end());

        PlanRepository plans(m_db);
        const Date next = current.addDays(kDaysInWeek);
        const Date until = std::max(next, plans.lastWeekStart().value_or(next));
        // Re-plan when the progression moved (or when asked); otherwise only plan what is missing, so a
        // week planned by hand (moved, swapped, another seed) stays as it is.
        const bool changed = force || !result.events.empty();
        const PlanGenerator generator(m_catalog);
        const int firstIndex = weekIndex(current);
        // The last strength day of the week before each one planned; unknown after a week left as stored.
        std::optional<std::optional<Date>> previousStrength;
        for (Date start = current; start <= until; start = start.addDays(kDaysInWeek)) {
            if (!changed && plans.hasWeek(start)) {
                previousStrength.reset();
                continue;
            }
            if (!previousStrength)
                previousStrength = storedLastStrength(start.addDays(-kDaysInWeek));
            WeekPlan week = generator.generate(
                {*stored, snapshot, events, start, kRefreshSeed,
                    firstIndex + static_cast<int>(current.daysUntil(start) / kDaysInWeek), *previousStrength},
                start == current ? partWeek(start, today) : std::nullopt);
            // What the person moved or swapped by hand stays, unless the new plan changed that choice.
            if (const std::optional<WeekPlan> before = plans.loadWeek(start))
                keepHandEdits(week, *before, today, m_catalog, *stored);
            previousStrength = PlanGenerator::lastStrengthDay(week);
            plans.saveWeek(week, today);
            result.replanned = true;
        }
        if (!result.events.empty())
            progression.save(snapshot, result.events);
    });
    return result;
}

std::optional<WeekPlan> PlanService::week(Date day)
{
    return PlanRepository(m_db).loadWeek(day.startOfWeek(profile().weekStart));
}

ProgressView PlanService::progress(std::optional<Pattern> pattern, const std::optional<std::string>& exerciseId)
{
    ProgressionRepository progression(m_db);
    ProgressView view;
    view.snapshot = progression.load();
    if (exerciseId && !pattern) {
        const Exercise* exercise = m_catalog.find(*exerciseId);
        if (!exercise)
            throw PlanError(Reason(PhraseCode::PlanUnknownExercise, {ReasonArg::words(*exerciseId)}));
        pattern = exercise->pattern;
    }
    for (const auto& [key, state] : view.snapshot.patterns) {
        if (!pattern || key == *pattern)
            view.states.push_back(state);
    }
    // Program-wide events (flare-up on and off) belong to every pattern's story.
    for (ProgressionEvent& event : progression.events()) {
        const bool wanted = exerciseId ? event.exerciseId == *exerciseId || !event.pattern
                                       : !pattern || !event.pattern || event.pattern == pattern;
        if (wanted)
            view.events.push_back(std::move(event));
    }
    return view;
}

} // namespace keel::core
