// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/today/todaycontent.h"

#include "core/store/database.h"
#include "core/store/logrepository.h"
#include "core/store/planrepository.h"

#include <algorithm>

namespace keel::gui {

namespace {

constexpr long kDaysPerWeek = 7;

bool covers(const core::WeekPlan& week, core::Date date)
{
    return week.weekStart <= date && date < week.weekStart.addDays(kDaysPerWeek);
}

} // namespace

TodayContent TodayContent::load(core::Database& database, core::Date today)
{
    TodayContent content;
    content.date = today;
    core::PlanRepository plans(database);
    core::LogRepository log(database);

    // Any week that could contain today or the next week's first days, whatever day the
    // profile starts its weeks on.
    const std::vector<core::WeekPlan> weeks
        = plans.weeks(today.addDays(-(kDaysPerWeek - 1)), today.addDays(kDaysPerWeek));
    const core::ItemProgress::LogsByItem logs
        = core::ItemProgress::load(log, today.addDays(-(kDaysPerWeek - 1)), today);

    for (const core::WeekPlan& week : weeks) {
        content.hasPlan = content.hasPlan || covers(week, today);
        for (const core::PlannedSession& planned : week.sessions) {
            if (planned.date > today && (!content.next || planned.date < content.next->date))
                content.next = NextSession {planned.date, planned.kind};
            if (planned.date != today)
                continue;
            TodaySession session;
            session.id = planned.id;
            session.kind = planned.kind;
            for (const core::PlannedItem& item : planned.items) {
                TodayEntry entry;
                entry.item = item;
                entry.log = core::ItemProgress::of(logs, item.id);
                if (!core::ItemProgress::isWalk(item)) {
                    entry.lastTime = log.lastSession(item.exerciseId, today);
                    entry.bests = core::PersonalRecords::bestsOf(
                        log.setsOf(item.exerciseId, core::Date::fromYmd(core::LogLimits::kMinYear, 1, 1), today));
                }
                session.entries.push_back(std::move(entry));
            }
            // The warm-up comes first whatever order the items were stored in.
            std::stable_partition(session.entries.begin(), session.entries.end(),
                [](const TodayEntry& entry) { return entry.item.warmUp; });
            content.sessions.push_back(std::move(session));
        }
    }
    std::stable_sort(content.sessions.begin(), content.sessions.end(),
        [](const TodaySession& a, const TodaySession& b) { return a.kind < b.kind; });

    const std::vector<core::CheckIn> checkIns = log.checkIns(today, today);
    if (!checkIns.empty())
        content.checkIn = checkIns.front();
    content.walks = log.walks(today, today);
    return content;
}

const TodayEntry* TodayContent::entry(std::int64_t itemId) const
{
    for (const TodaySession& session : sessions) {
        for (const TodayEntry& candidate : session.entries) {
            if (candidate.item.id == itemId)
                return &candidate;
        }
    }
    return nullptr;
}

const TodayEntry* TodayContent::firstOpenEntry() const
{
    for (const TodaySession& session : sessions) {
        for (const TodayEntry& candidate : session.entries) {
            if (!core::ItemProgress::isComplete(candidate.item, candidate.log))
                return &candidate;
        }
    }
    return nullptr;
}

const TodayEntry* TodayContent::nextOpenEntry(std::int64_t itemId) const
{
    std::vector<const TodayEntry*> ordered;
    for (const TodaySession& session : sessions) {
        for (const TodayEntry& candidate : session.entries)
            ordered.push_back(&candidate);
    }
    const auto current = std::find_if(
        ordered.begin(), ordered.end(), [itemId](const TodayEntry* entry) { return entry->item.id == itemId; });
    const std::size_t start = current == ordered.end() ? 0 : static_cast<std::size_t>(current - ordered.begin()) + 1;
    for (std::size_t step = 0; step < ordered.size(); ++step) {
        const TodayEntry* candidate = ordered[(start + step) % ordered.size()];
        if (!core::ItemProgress::isComplete(candidate->item, candidate->log))
            return candidate;
    }
    return nullptr;
}

} // namespace keel::gui
