// SPDX-License-Identifier: GPL-3.0-or-later
#include "person.h"

#include "core/plan/dayview.h"
#include "core/store/logrepository.h"
#include "core/store/planrepository.h"
#include "core/store/profilerepository.h"
#include "core/store/progressionrepository.h"

#include "minicatalog.h"

#include <catch2/catch.hpp>

using namespace keel::core;

namespace keel::test {

Profile returning(std::vector<Weekday> days, int strengthDays, std::set<std::string, std::less<>> equipment)
{
    Profile profile;
    profile.experience = Experience::Returning;
    profile.strengthDays = strengthDays;
    profile.preferredDays = std::move(days);
    profile.equipment = std::move(equipment);
    profile.recoveryEvery = 0;
    return profile;
}

Person::Person(const Profile& profile)
    : m_db(Database::openInMemory())
    , m_service(*m_db, miniCatalog())
{
    ProfileRepository(*m_db).save(profile);
}

WeekPlan Person::week(Date day, Date today)
{
    m_service.refresh(today);
    return *m_service.week(day);
}

PlannedItem Person::main(Date day, Pattern pattern, Date today)
{
    for (const PlannedSession& session : week(day, today).sessions) {
        for (const PlannedItem& item : session.items) {
            if (session.date == day && session.kind == SessionKind::Strength && item.pattern == pattern && !item.warmUp)
                return item;
        }
    }
    FAIL("no " << toString(pattern) << " on " << day.toString());
    throw std::logic_error("unreachable");
}

void Person::logMain(Date day, Pattern pattern, int pain, std::optional<int> reps, int rpe)
{
    const PlannedItem item = main(day, pattern, day);
    for (int set = 0; set < item.sets; ++set) {
        LoggedSet logged;
        logged.date = day;
        logged.exerciseId = item.exerciseId;
        logged.reps = reps.value_or(item.reps ? item.reps->max : 10);
        logged.seconds = item.seconds ? std::optional(item.seconds->max) : std::nullopt;
        logged.meters = item.meters ? std::optional(double(item.meters->max)) : std::nullopt;
        logged.loadKg = item.loadKg;
        logged.rpe = rpe;
        logged.pain = pain;
        logged.plannedItemId = DayView::openItemId(*m_db, day, item.exerciseId);
        LogRepository(*m_db).addSet(logged);
        m_service.refresh(day);
    }
}

void Person::logSession(Date day, int pain)
{
    for (Pattern pattern : {Pattern::Hinge, Pattern::Squat, Pattern::Carry, Pattern::AntiRotation})
        logMain(day, pattern, pain);
}

void Person::logExtra(Date day, const std::string& exerciseId, int pain)
{
    LoggedSet logged;
    logged.date = day;
    logged.exerciseId = exerciseId;
    logged.reps = 10;
    logged.pain = pain;
    LogRepository(*m_db).addSet(logged);
    m_service.refresh(day);
}

void Person::checkIn(Date day, int pain)
{
    LogRepository(*m_db).saveCheckIn({day, pain});
    m_service.refresh(day);
}

std::vector<ProgressionEvent> Person::events(ProgressionKind kind)
{
    std::vector<ProgressionEvent> found;
    for (ProgressionEvent& event : ProgressionRepository(*m_db).events()) {
        if (event.kind == kind)
            found.push_back(std::move(event));
    }
    return found;
}

ProgressionSnapshot Person::snapshot()
{
    return ProgressionRepository(*m_db).load();
}

} // namespace keel::test
