// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/catalog/catalogloader.h"
#include "core/catalog/catalogpaths.h"
#include "core/demo/demohistory.h"
#include "core/plan/planservice.h"
#include "core/store/database.h"
#include "core/store/logrepository.h"
#include "core/store/profilerepository.h"

#include <algorithm>
#include <catch2/catch.hpp>

using namespace keel;

namespace {

core::Catalog shippedCatalog()
{
    auto result = core::CatalogLoader::loadWithOverrides(core::builtInCatalogDir(), {});
    REQUIRE(result.ok());
    return std::move(result.catalog);
}

const core::Date kEnd = core::Date::fromYmd(2026, 3, 11); // a Wednesday

} // namespace

TEST_CASE("a demo history follows the plan week by week and stops at its end date")
{
    const core::Catalog catalog = shippedCatalog();
    auto db = core::Database::openInMemory();
    core::DemoHistory demo(*db, catalog);
    const auto summary = demo.generate(core::DemoHistory::demoProfile(), kEnd, 12, 5);

    CHECK(summary.weeks == 12);
    CHECK(core::ProfileRepository(*db).load() == core::DemoHistory::demoProfile());
    core::LogRepository log(*db);
    const core::Date first = kEnd.startOfWeek().addDays(-7 * 11);
    const auto sets = log.sets(first.addDays(-30), kEnd.addDays(30));
    const auto walks = log.walks(first.addDays(-30), kEnd.addDays(30));
    const auto checkIns = log.checkIns(first.addDays(-30), kEnd.addDays(30));
    CHECK(static_cast<int>(sets.size()) == summary.sets);
    CHECK(static_cast<int>(walks.size()) == summary.walks);
    CHECK(static_cast<int>(checkIns.size()) == summary.checkIns);
    REQUIRE_FALSE(sets.empty());
    CHECK(sets.front().date >= first);
    CHECK(sets.back().date <= kEnd);
    CHECK(walks.back().date <= kEnd);
    // Every week was planned, and the sets fulfil planned items of those plans.
    core::PlanService plans(*db, catalog);
    for (core::Date week = first; week <= kEnd; week = week.addDays(7))
        CHECK(plans.week(week));
    CHECK(std::all_of(sets.begin(), sets.end(), [](const core::LoggedSet& set) { return set.plannedItemId; }));
    // Realistic, not perfect: some sessions were missed, and most days have a check-in.
    CHECK(summary.missedSessions > 0);
    CHECK(summary.checkIns > 12 * 7 / 2);
    // Twelve weeks of training moved at least one pattern forward.
    const auto progress = plans.progress(std::nullopt, std::nullopt);
    CHECK(std::any_of(progress.events.begin(), progress.events.end(), [](const core::ProgressionEvent& event) {
        return event.kind != core::ProgressionKind::Start && event.kind != core::ProgressionKind::Hold;
    }));
}

TEST_CASE("a demo history is the same for the same seed")
{
    const core::Catalog catalog = shippedCatalog();
    auto first = core::Database::openInMemory();
    auto second = core::Database::openInMemory();
    const auto a = core::DemoHistory(*first, catalog).generate(core::DemoHistory::demoProfile(), kEnd, 4, 9);
    const auto b = core::DemoHistory(*second, catalog).generate(core::DemoHistory::demoProfile(), kEnd, 4, 9);
    CHECK(a.sets == b.sets);
    CHECK(a.walks == b.walks);
    const core::Date from = kEnd.addDays(-40);
    CHECK(core::LogRepository(*first).sets(from, kEnd) == core::LogRepository(*second).sets(from, kEnd));
}

TEST_CASE("a long demo history includes a flare-up the progression engine reacts to")
{
    const core::Catalog catalog = shippedCatalog();
    auto db = core::Database::openInMemory();
    core::DemoHistory(*db, catalog).generate(core::DemoHistory::demoProfile(), kEnd, 16, 2);
    const auto checkIns = core::LogRepository(*db).checkIns(kEnd.addDays(-200), kEnd);
    CHECK(std::any_of(checkIns.begin(), checkIns.end(), [](const core::CheckIn& c) { return c.pain >= 7; }));
    const auto events = core::PlanService(*db, catalog).progress(std::nullopt, std::nullopt).events;
    CHECK(std::any_of(events.begin(), events.end(), [](const core::ProgressionEvent& event) {
        return event.kind == core::ProgressionKind::FlareUpOn || event.kind == core::ProgressionKind::StepBack;
    }));
}

TEST_CASE("a demo needs at least one week")
{
    const core::Catalog catalog = shippedCatalog();
    auto db = core::Database::openInMemory();
    CHECK_THROWS_AS(
        core::DemoHistory(*db, catalog).generate(core::DemoHistory::demoProfile(), kEnd, 0, 1), std::invalid_argument);
}
