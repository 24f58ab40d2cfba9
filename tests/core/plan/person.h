// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/plan/planservice.h"
#include "core/store/database.h"

#include <memory>
#include <optional>
#include <set>
#include <string>
#include <vector>

namespace keel::test {

/// A returning person training on `days` (Tuesday and Friday unless told), no recovery weeks.
core::Profile returning(std::vector<core::Weekday> days = {core::Weekday::Tuesday, core::Weekday::Friday},
    int strengthDays = 2, std::set<std::string, std::less<>> equipment = {});

/// One person and their database over the mini catalog, living day by day through PlanService::refresh, the
/// path the app and keel-cli take: log an entry (linked to the day's planned item), refresh, look at the plan.
class Person {
public:
    explicit Person(const core::Profile& profile);

    /// The week holding `day` as the app shows it on `today` (refreshed first, no Generate).
    core::WeekPlan week(core::Date day, core::Date today);
    /// The main item of `pattern` in the strength session on `day`, as planned on `today`.
    core::PlannedItem main(core::Date day, core::Pattern pattern, core::Date today);
    /// Logs every planned set of `pattern`'s main item on `day` (logged that day) at `reps`, then refreshes.
    void logMain(core::Date day, core::Pattern pattern, int pain, std::optional<int> reps = std::nullopt, int rpe = 7);
    /// Logs the whole strength session of `day` at the top of every range, easy and painless.
    void logSession(core::Date day, int pain = 1);
    /// A set of `exerciseId` on a day without a planned session for it (nothing to link to), then a refresh.
    void logExtra(core::Date day, const std::string& exerciseId, int pain);
    void checkIn(core::Date day, int pain);
    /// Every stored event of `kind`, oldest first.
    std::vector<core::ProgressionEvent> events(core::ProgressionKind kind);
    core::ProgressionSnapshot snapshot();
    core::Database& db() { return *m_db; }
    core::PlanService& service() { return m_service; }

private:
    std::unique_ptr<core::Database> m_db;
    core::PlanService m_service;
};

} // namespace keel::test
