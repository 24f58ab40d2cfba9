// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/session.h"

#include "core/plan/planservice.h"
#include "core/store/database.h"
#include "core/store/planrepository.h"
#include "core/store/profilerepository.h"

#include <QUndoStack>

#include <algorithm>

namespace keel::gui {

Session::Session(std::unique_ptr<core::Database> database, core::Catalog catalog, Clock today, QObject* parent)
    : QObject(parent)
    , m_database(std::move(database))
    , m_catalog(std::move(catalog))
    , m_today(std::move(today))
    , m_undoStack(new QUndoStack(this))
{
    m_profile = core::ProfileRepository(*m_database).load();
}

Session::~Session() = default;

void Session::setProfile(const core::Profile& profile)
{
    core::ProfileRepository(*m_database).save(profile);
    m_profile = profile;
    emit profileChanged();
}

void Session::planFirstWeeks(const core::Profile& profile, int weeks)
{
    const core::Date today = m_today();
    m_database->transaction([&] {
        core::ProfileRepository(*m_database).save(profile);
        core::PlanService(*m_database, m_catalog).generate(today, weeks, kPlanSeed, today);
    });
    m_profile = profile;
    emit profileChanged();
    emit planChanged();
}

void Session::changeProfile(const core::Profile& profile)
{
    const core::Date today = m_today();
    const core::Date current = today.startOfWeek(profile.weekStart);
    m_database->transaction([&] {
        core::ProfileRepository(*m_database).save(profile);
        // Re-plan as far ahead as the plan already reached, so no planned week keeps the old profile.
        const auto planned
            = core::PlanRepository(*m_database).weeks(current, current.addDays(7L * core::PlanService::kMaxWeeks));
        int weeks = 1;
        if (!planned.empty())
            weeks = static_cast<int>(current.daysUntil(planned.back().weekStart) / 7) + 1;
        weeks = std::clamp(weeks, 1, core::PlanService::kMaxWeeks);
        core::PlanService(*m_database, m_catalog).generate(current, weeks, kPlanSeed, today);
    });
    m_profile = profile;
    emit profileChanged();
    emit planChanged();
}

std::vector<core::WeekPlan> Session::planWeeks(core::Date from, int weeks)
{
    auto planned = core::PlanService(*m_database, m_catalog).generate(from, weeks, kPlanSeed, m_today());
    emit planChanged();
    return planned;
}

} // namespace keel::gui
