// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/plan/planservice.h"

#include "core/plan/planerror.h"
#include "core/plan/plangenerator.h"
#include "core/plan/progressionengine.h"
#include "core/store/database.h"
#include "core/store/logrepository.h"
#include "core/store/planrepository.h"
#include "core/store/profilerepository.h"
#include "core/store/progressionrepository.h"
#include "core/store/records.h"

#include <algorithm>

namespace keel::core {

namespace {

constexpr long kDaysInWeek = 7;
/// How far back a review reads sets: two weeks for the step-back window and flare-up exits.
constexpr long kReviewLookbackDays = 14;

Date earliestDate()
{
    return Date::fromYmd(LogLimits::kMinYear, 1, 1);
}

/// The start of the newest week a review has been recorded for, if any.
std::optional<Date> lastReviewed(const std::vector<ProgressionEvent>& events)
{
    std::optional<Date> last;
    for (const ProgressionEvent& event : events) {
        if (event.kind != ProgressionKind::Start && (!last || event.date > *last))
            last = event.date;
    }
    return last ? std::optional(last->addDays(-kDaysInWeek)) : std::nullopt;
}

} // namespace

PlanService::PlanService(Database& db, const Catalog& catalog)
    : m_db(db)
    , m_catalog(catalog)
{ }

Profile PlanService::profile()
{
    auto stored = ProfileRepository(m_db).load();
    if (!stored)
        throw PlanError("no profile yet: run keel-cli profile set … (or the first-run dialog) first");
    return *stored;
}

std::vector<ProgressionEvent> PlanService::review(
    const Profile& profile, ProgressionSnapshot& snapshot, std::vector<ProgressionEvent>& events, Date today)
{
    const ProgressionEngine engine(m_catalog, profile);
    const std::optional<Date> reviewed = lastReviewed(events);
    const Date from = reviewed ? reviewed->addDays(kDaysInWeek) : earliestDate();
    // Only finished weeks: the last day lies before today.
    const Date to = today.addDays(-kDaysInWeek);
    std::vector<ProgressionEvent> added;
    if (from > to)
        return added;
    LogRepository logs(m_db);
    for (const WeekPlan& week : PlanRepository(m_db).weeks(from, to)) {
        if (week.weekStart.addDays(kDaysInWeek - 1) >= today || ProgressionEngine::isReviewed(week.weekStart, events))
            continue;
        const Date end = week.weekStart.addDays(kDaysInWeek - 1);
        Date setsFrom = week.weekStart.addDays(-kReviewLookbackDays);
        if (snapshot.flareUpSince)
            setsFrom = std::min(setsFrom, *snapshot.flareUpSince);
        TrainingHistory history {logs.sets(setsFrom, end), logs.walks(week.weekStart, end),
            logs.checkIns(week.weekStart.addDays(-kDaysInWeek), end)};
        const ProgressionUpdate update = engine.review(snapshot, week, history, events);
        snapshot = update.snapshot;
        events.insert(events.end(), update.events.begin(), update.events.end());
        added.insert(added.end(), update.events.begin(), update.events.end());
    }
    return added;
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
        throw PlanError("weeks must be between 1 and 52, got " + std::to_string(weeks));
    std::vector<WeekPlan> planned;
    std::vector<ProgressionEvent> recorded;
    m_db.transaction([&] {
        const Profile stored = profile();
        const Date first = weekStart.startOfWeek(stored.weekStart);
        ProgressionRepository progression(m_db);
        ProgressionSnapshot snapshot = progression.load();
        std::vector<ProgressionEvent> events = progression.events();
        recorded = review(stored, snapshot, events, today);
        const ProgressionUpdate prepared = ProgressionEngine(m_catalog, stored).prepare(snapshot, first);
        snapshot = prepared.snapshot;
        events.insert(events.end(), prepared.events.begin(), prepared.events.end());
        recorded.insert(recorded.end(), prepared.events.begin(), prepared.events.end());

        const PlanGenerator generator(m_catalog);
        PlanRepository plans(m_db);
        const int firstIndex = weekIndex(first);
        for (int i = 0; i < weeks; ++i) {
            const Date start = first.addDays(kDaysInWeek * i);
            WeekPlan week = generator.generate({stored, snapshot, events, start, seed, firstIndex + i});
            plans.saveWeek(week);
            planned.push_back(std::move(week));
        }
        progression.save(snapshot, recorded);
    });
    m_lastEvents = std::move(recorded);
    return planned;
}

std::vector<ProgressionEvent> PlanService::reviewFinishedWeeks(Date today)
{
    std::vector<ProgressionEvent> added;
    m_db.transaction([&] {
        const Profile stored = profile();
        ProgressionRepository progression(m_db);
        ProgressionSnapshot snapshot = progression.load();
        std::vector<ProgressionEvent> events = progression.events();
        added = review(stored, snapshot, events, today);
        if (!added.empty())
            progression.save(snapshot, added);
    });
    return added;
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
            throw PlanError("unknown exercise \"" + *exerciseId + "\" (see keel-cli catalog list)");
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
