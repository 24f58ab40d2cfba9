// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/week/weekcontent.h"

#include "core/store/logrepository.h"
#include "core/store/planrepository.h"

#include <algorithm>

namespace keel::gui {

namespace {

constexpr long kLastDayOffset = 6;

} // namespace

WeekContent WeekContent::load(core::Database& database, core::Date weekStart)
{
    WeekContent content;
    content.weekStart = weekStart;
    content.plan = core::PlanRepository(database).loadWeek(weekStart);
    core::LogRepository log(database);
    content.logs = core::ItemProgress::load(log, weekStart, weekStart.addDays(kLastDayOffset));
    return content;
}

bool WeekContent::isLogged(const core::PlannedSession& session) const
{
    return std::any_of(session.items.begin(), session.items.end(), [this](const core::PlannedItem& item) {
        const core::ItemLog& log = core::ItemProgress::of(logs, item.id);
        return !log.sets.empty() || !log.walks.empty();
    });
}

} // namespace keel::gui
