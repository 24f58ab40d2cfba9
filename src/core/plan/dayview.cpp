// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/plan/dayview.h"

#include "core/store/database.h"
#include "core/store/logrepository.h"
#include "core/store/planrepository.h"

#include <algorithm>
#include <functional>

namespace keel::core {

namespace {

constexpr long kDaysPerWeek = 7;

bool covers(const WeekPlan& week, Date date)
{
    return week.weekStart <= date && date < week.weekStart.addDays(kDaysPerWeek);
}

} // namespace

DayView DayView::load(Database& database, Date day, Detail detail)
{
    DayView view;
    view.date = day;
    PlanRepository plans(database);
    LogRepository log(database);

    // Any week that could contain the day or the next week's first days, whatever day the
    // profile starts its weeks on.
    const std::vector<WeekPlan> weeks = plans.weeks(day.addDays(-(kDaysPerWeek - 1)), day.addDays(kDaysPerWeek));
    const ItemProgress::LogsByItem logs = ItemProgress::load(log, day.addDays(-(kDaysPerWeek - 1)), day);

    for (const WeekPlan& week : weeks) {
        view.hasPlan = view.hasPlan || covers(week, day);
        for (const PlannedSession& planned : week.sessions) {
            if (planned.date > day && (!view.next || planned.date < view.next->date))
                view.next = NextSession {planned.date, planned.kind};
            if (planned.date != day)
                continue;
            DaySession session;
            session.id = planned.id;
            session.kind = planned.kind;
            for (const PlannedItem& item : planned.items) {
                DayEntry entry;
                entry.item = item;
                entry.log = ItemProgress::of(logs, item.id);
                if (detail == Detail::WithHistory && !ItemProgress::isWalk(item)) {
                    entry.lastTime = log.lastSession(item.exerciseId, day);
                    entry.bests = PersonalRecords::bestsOf(log.firstOfEachAmount(item.exerciseId, day));
                }
                session.entries.push_back(std::move(entry));
            }
            // The warm-up comes first whatever order the items were stored in.
            std::stable_partition(session.entries.begin(), session.entries.end(),
                [](const DayEntry& entry) { return entry.item.warmUp; });
            view.sessions.push_back(std::move(session));
        }
    }
    std::stable_sort(view.sessions.begin(), view.sessions.end(),
        [](const DaySession& a, const DaySession& b) { return a.kind < b.kind; });

    const std::vector<CheckIn> checkIns = log.checkIns(day, day);
    if (!checkIns.empty())
        view.checkIn = checkIns.front();
    view.walks = log.walks(day, day);
    return view;
}

const DayEntry* DayView::entry(std::int64_t itemId) const
{
    for (const DaySession& session : sessions) {
        for (const DayEntry& candidate : session.entries) {
            if (candidate.item.id == itemId)
                return &candidate;
        }
    }
    return nullptr;
}

const DayEntry* DayView::firstOpenEntry() const
{
    return firstOpen([](const DayEntry&) { return true; });
}

const DayEntry* DayView::nextOpenEntry(std::int64_t itemId) const
{
    std::vector<const DayEntry*> ordered;
    for (const DaySession& session : sessions) {
        for (const DayEntry& candidate : session.entries)
            ordered.push_back(&candidate);
    }
    const auto current = std::find_if(
        ordered.begin(), ordered.end(), [itemId](const DayEntry* entry) { return entry->item.id == itemId; });
    const std::size_t start = current == ordered.end() ? 0 : static_cast<std::size_t>(current - ordered.begin()) + 1;
    for (std::size_t step = 0; step < ordered.size(); ++step) {
        const DayEntry* candidate = ordered[(start + step) % ordered.size()];
        if (!ItemProgress::isComplete(candidate->item, candidate->log))
            return candidate;
    }
    return nullptr;
}

const DayEntry* DayView::openItemFor(const std::string& exerciseId) const
{
    return firstOpen([&](const DayEntry& entry) {
        return entry.item.exerciseId == exerciseId && !ItemProgress::isWalk(entry.item);
    });
}

const DayEntry* DayView::openWalkItem() const
{
    return firstOpen([](const DayEntry& entry) { return ItemProgress::isWalk(entry.item); });
}

const DayEntry* DayView::firstOpen(const std::function<bool(const DayEntry&)>& wanted) const
{
    for (const DaySession& session : sessions) {
        for (const DayEntry& candidate : session.entries) {
            if (wanted(candidate) && !ItemProgress::isComplete(candidate.item, candidate.log))
                return &candidate;
        }
    }
    return nullptr;
}

std::optional<std::int64_t> DayView::openItemId(Database& database, Date day, const std::string& exerciseId)
{
    const DayView view = load(database, day, Detail::PlanOnly);
    const DayEntry* open = view.openItemFor(exerciseId);
    return open ? std::optional(open->item.id) : std::nullopt;
}

std::optional<std::int64_t> DayView::openWalkItemId(Database& database, Date day)
{
    const DayView view = load(database, day, Detail::PlanOnly);
    const DayEntry* open = view.openWalkItem();
    return open ? std::optional(open->item.id) : std::nullopt;
}

} // namespace keel::core
