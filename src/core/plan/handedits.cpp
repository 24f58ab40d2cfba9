// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/plan/handedits.h"

#include <algorithm>

namespace keel::core {

namespace {

PlannedSession* sessionOn(WeekPlan& week, Date date, SessionKind kind)
{
    auto found = std::find_if(week.sessions.begin(), week.sessions.end(),
        [&](const PlannedSession& session) { return session.date == date && session.kind == kind; });
    return found == week.sessions.end() ? nullptr : &*found;
}

bool holds(const PlannedSession& session, const std::string& exerciseId)
{
    return std::any_of(session.items.begin(), session.items.end(),
        [&](const PlannedItem& item) { return item.exerciseId == exerciseId; });
}

bool swapIsSafe(const std::string& exerciseId, const WeekPlan& week, const Catalog& catalog, const Profile& profile)
{
    const Exercise* exercise = catalog.find(exerciseId);
    return exercise && exercise->canBeDoneWith(profile.equipment) && (!week.flareUp || exercise->isFlareUpSafe());
}

void keepMove(WeekPlan& fresh, const PlannedSession& moved)
{
    PlannedSession* planned = sessionOn(fresh, *moved.movedFrom, moved.kind);
    if (PlannedSession* there = sessionOn(fresh, moved.date, moved.kind)) {
        // The re-plan already has this kind of session on the chosen day; it stays marked as moved so
        // that a later re-plan still knows.
        if (!planned)
            there->movedFrom = moved.movedFrom;
    } else if (planned) {
        planned->date = moved.date;
        planned->movedFrom = moved.movedFrom;
    }
}

void keepSwaps(PlannedSession& session, const PlannedSession& edited, const WeekPlan& week, const Catalog& catalog,
    const Profile& profile)
{
    for (const PlannedItem& swapped : edited.items) {
        if (swapped.swappedFrom.empty() || holds(session, swapped.exerciseId)
            || !swapIsSafe(swapped.exerciseId, week, catalog, profile))
            continue;
        auto planned = std::find_if(session.items.begin(), session.items.end(), [&](const PlannedItem& item) {
            return item.exerciseId == swapped.swappedFrom && item.swappedFrom.empty();
        });
        if (planned == session.items.end())
            continue;
        planned->exerciseId = swapped.exerciseId;
        planned->swappedFrom = swapped.swappedFrom;
    }
}

} // namespace

void keepHandEdits(WeekPlan& fresh, const WeekPlan& stored, Date from, const Catalog& catalog, const Profile& profile)
{
    for (const PlannedSession& session : stored.sessions) {
        if (session.movedFrom && session.date >= from)
            keepMove(fresh, session);
    }
    for (const PlannedSession& session : stored.sessions) {
        if (session.date < from)
            continue;
        if (PlannedSession* now = sessionOn(fresh, session.date, session.kind))
            keepSwaps(*now, session, fresh, catalog, profile);
    }
    std::stable_sort(fresh.sessions.begin(), fresh.sessions.end(), inWeekOrder);
}

int handEdits(const WeekPlan& week)
{
    int count = 0;
    for (const PlannedSession& session : week.sessions) {
        count += session.movedFrom ? 1 : 0;
        count += static_cast<int>(std::count_if(session.items.begin(), session.items.end(),
            [](const PlannedItem& item) { return !item.swappedFrom.empty(); }));
    }
    return count;
}

} // namespace keel::core
