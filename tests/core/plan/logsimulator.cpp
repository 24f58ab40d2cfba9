// SPDX-License-Identifier: GPL-3.0-or-later
#include "logsimulator.h"

#include <algorithm>

namespace keel::test {

namespace {

using namespace keel::core;

LoggedSet setFor(const PlannedItem& item, Date date, bool top)
{
    LoggedSet set;
    set.date = date;
    set.exerciseId = item.exerciseId;
    if (item.reps)
        set.reps = top ? item.reps->max : item.reps->min;
    if (item.seconds)
        set.seconds = top ? item.seconds->max : item.seconds->min;
    if (item.meters)
        set.meters = top ? item.meters->max : item.meters->min;
    set.loadKg = item.loadKg;
    set.rpe = 7;
    set.pain = 1;
    return set;
}

bool isLift(const PlannedItem& item)
{
    return !item.warmUp && item.pattern != Pattern::Mobility && item.pattern != Pattern::Walking;
}

} // namespace

TrainingHistory simulateWeek(const WeekPlan& week, Behaviour behaviour, std::mt19937& random)
{
    TrainingHistory history;
    if (behaviour == Behaviour::Skipped)
        return history;
    std::vector<Date> strengthDays;
    for (const PlannedSession& session : week.sessions) {
        if (session.kind == SessionKind::Strength)
            strengthDays.push_back(session.date);
    }
    const Date skippedDay = behaviour == Behaviour::Partial && !strengthDays.empty()
        ? strengthDays[random() % strengthDays.size()]
        : Date::fromDays(-1);
    for (const PlannedSession& session : week.sessions) {
        for (const PlannedItem& item : session.items) {
            if (item.pattern == Pattern::Walking) {
                const bool walked = behaviour != Behaviour::Partial || week.weekStart.daysUntil(session.date) < 4;
                if (walked)
                    history.walks.push_back({0, session.date, item.minutes->min, std::nullopt, 0, "", std::nullopt});
                continue;
            }
            if (!isLift(item) || session.date == skippedDay)
                continue;
            const bool top = behaviour != Behaviour::Partial && behaviour != Behaviour::Grind;
            for (int i = 0; i < item.sets; ++i) {
                LoggedSet set = setFor(item, session.date, top);
                if (behaviour == Behaviour::Grind)
                    set.rpe = 9;
                history.sets.push_back(std::move(set));
            }
        }
    }
    if (behaviour == Behaviour::PainSpike && !history.sets.empty())
        history.sets[random() % history.sets.size()].pain = 6 + static_cast<int>(random() % 3);
    for (int day = 0; day < 7; ++day)
        history.checkIns.push_back({week.weekStart.addDays(day), 1});
    if (behaviour == Behaviour::BadMorning && !strengthDays.empty()) {
        const Date after = strengthDays[random() % strengthDays.size()].addDays(1);
        for (CheckIn& checkIn : history.checkIns) {
            if (checkIn.date == after)
                // 4–6/10 after mornings of 1/10: clearly above the baseline, one pain event, never a
                // flare-up by itself (only 7+ is).
                checkIn.pain = 4 + static_cast<int>(random() % 3);
        }
    }
    return history;
}

void append(TrainingHistory& into, const TrainingHistory& more)
{
    into.sets.insert(into.sets.end(), more.sets.begin(), more.sets.end());
    into.walks.insert(into.walks.end(), more.walks.begin(), more.walks.end());
    into.checkIns.insert(into.checkIns.end(), more.checkIns.begin(), more.checkIns.end());
}

void forgetBefore(TrainingHistory& history, Date date)
{
    const auto old = [date](const auto& entry) { return entry.date < date; };
    std::erase_if(history.sets, old);
    std::erase_if(history.walks, old);
    std::erase_if(history.checkIns, old);
}

} // namespace keel::test
