// SPDX-License-Identifier: GPL-3.0-or-later
#include "support/trainingfixture.h"

#include "core/model/phrasecode.h"
#include "core/store/logrepository.h"
#include "core/store/planrepository.h"
#include "gui/logbook.h"
#include "support/guitestsupport.h"

#include <catch2/catch.hpp>

namespace keel::test {

namespace {

core::PlannedItem item(std::int64_t id, const std::string& exercise, core::Pattern pattern)
{
    core::PlannedItem planned;
    planned.id = id;
    planned.exerciseId = exercise;
    planned.pattern = pattern;
    planned.reason = core::Reason(core::PhraseCode::FirstWeekOnRung);
    return planned;
}

} // namespace

core::WeekPlan handBuiltWeek()
{
    core::WeekPlan week;
    week.id = 1;
    week.weekStart = core::Date::fromYmd(2026, 3, 9);

    core::PlannedItem warmUp = item(10, "open-book", core::Pattern::Mobility);
    warmUp.focus = core::Focus::Thoracic;
    warmUp.minutes = core::IntRange {3, 5};
    warmUp.warmUp = true;
    core::PlannedItem squat = item(11, "goblet-squat", core::Pattern::Squat);
    squat.sets = 3;
    squat.reps = core::IntRange {8, 12};
    squat.loadKg = 12.0;
    core::PlannedItem carry = item(12, "farmer-carry", core::Pattern::Carry);
    carry.sets = 2;
    carry.meters = core::IntRange {20, 30};
    carry.loadKg = 16.0;
    core::PlannedItem birdDog = item(13, "bird-dog", core::Pattern::AntiRotation);
    birdDog.sets = 2;
    birdDog.reps = core::IntRange {8, 8};
    birdDog.perSide = true;
    core::PlannedItem stretch = item(20, "half-kneeling-hip-flexor-stretch", core::Pattern::Mobility);
    stretch.focus = core::Focus::Hip;
    stretch.sets = 2;
    stretch.seconds = core::IntRange {30, 45};
    stretch.perSide = true;
    core::PlannedItem walk = item(30, "brisk-walk", core::Pattern::Walking);
    walk.minutes = core::IntRange {15, 15};

    const core::Date monday = week.weekStart;
    // Stored out of order on purpose: the warm-up must still come first on screen.
    week.sessions.push_back({100, monday, core::SessionKind::Strength, {squat, warmUp, carry, birdDog}});
    week.sessions.push_back({101, monday.addDays(1), core::SessionKind::Mobility, {stretch}});
    core::PlannedItem tuesdayWalk = walk;
    tuesdayWalk.id = 31;
    week.sessions.push_back({102, monday.addDays(1), core::SessionKind::Walk, {tuesdayWalk}});
    core::PlannedItem wednesdaySquat = squat;
    wednesdaySquat.id = 41;
    core::PlannedItem wednesdayWarmUp = warmUp;
    wednesdayWarmUp.id = 40;
    week.sessions.push_back({103, monday.addDays(2), core::SessionKind::Strength, {wednesdayWarmUp, wednesdaySquat}});
    core::PlannedItem wednesdayWalk = walk;
    wednesdayWalk.id = 42;
    week.sessions.push_back({104, monday.addDays(2), core::SessionKind::Walk, {wednesdayWalk}});
    return week;
}

TrainingFixture::TrainingFixture(bool generateWeek)
    : TrainingFixture(sampleProfile(), generateWeek)
{ }

TrainingFixture::TrainingFixture(const core::Profile& profile, bool generateWeek)
    : m_logbook(openLogbook(m_dir / "keel.db"))
{
    m_logbook->setProfile(profile);
    if (!generateWeek)
        return;
    m_logbook->planWeeks(testToday(), 1);
}

TrainingFixture::~TrainingFixture() = default;

core::Date TrainingFixture::weekStart() const
{
    return testToday().startOfWeek(sampleProfile().weekStart);
}

core::WeekPlan TrainingFixture::storedWeek()
{
    auto week = core::PlanRepository(m_logbook->database()).loadWeek(weekStart());
    REQUIRE(week.has_value());
    return *week;
}

core::PlannedSession TrainingFixture::todayStrength()
{
    for (const core::PlannedSession& planned : storedWeek().sessions) {
        if (planned.date == testToday() && planned.kind == core::SessionKind::Strength)
            return planned;
    }
    FAIL("no strength session planned on " << testToday().toString());
    return {};
}

core::PlannedItem TrainingFixture::todayLoadedItem()
{
    for (const core::PlannedItem& item : todayStrength().items) {
        if (item.loadKg && item.sets > 0 && !item.warmUp)
            return item;
    }
    FAIL("no loaded item in today's strength session");
    return {};
}

std::vector<core::LoggedSet> TrainingFixture::setsToday()
{
    return core::LogRepository(m_logbook->database()).sets(testToday(), testToday());
}

} // namespace keel::test
