// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/catalog/catalog.h"
#include "core/plan/profile.h"
#include "core/plan/progressionstate.h"
#include "core/plan/weekplan.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace keel::core {

class Database;

/// The current progression of one pattern, one exercise, or all of them, with the events behind it.
struct ProgressView {
    ProgressionSnapshot snapshot; ///< Everything, including the flare-up flag.
    std::vector<PatternState> states; ///< The states asked for.
    std::vector<ProgressionEvent> events; ///< The events asked for, oldest first.
};

/// The plan layer's door to storage: loads the profile, progression and logs, runs the pure
/// engine and generator, and stores the result, each call one transaction. The GUI and the CLI use
/// only this.
class PlanService {
public:
    /// Weeks a single generate() call may plan.
    static constexpr int kMaxWeeks = 52;

    PlanService(Database& db, const Catalog& catalog);

    /// Reviews every finished, not yet reviewed planned week before `today` (so logged weeks count),
    /// then plans `weeks` weeks from the week containing `weekStart` and stores them together with the
    /// progression, in one transaction. Returns the weeks as stored (ids filled in, logged items kept).
    /// Throws PlanError without a profile or with weeks outside 1–52.
    std::vector<WeekPlan> generate(Date weekStart, int weeks, std::uint64_t seed, Date today);
    /// The progression events the last generate() recorded: reviews of finished weeks, then new starts.
    const std::vector<ProgressionEvent>& lastEvents() const { return m_lastEvents; }
    /// Reviews finished weeks only (for example after logging), in one transaction; the new events.
    std::vector<ProgressionEvent> reviewFinishedWeeks(Date today);
    /// The stored plan of the week containing `day` (weeks start on the profile's week start).
    std::optional<WeekPlan> week(Date day);
    /// The state and events of one pattern, one exercise (its pattern's state), or everything.
    ProgressView progress(std::optional<Pattern> pattern, const std::optional<std::string>& exerciseId);
    /// The stored profile; PlanError("no profile yet: run keel-cli profile set …") when there is none.
    Profile profile();

private:
    std::vector<ProgressionEvent> review(
        const Profile& profile, ProgressionSnapshot& snapshot, std::vector<ProgressionEvent>& events, Date today);
    int weekIndex(Date weekStart);

    Database& m_db;
    const Catalog& m_catalog;
    std::vector<ProgressionEvent> m_lastEvents;
};

} // namespace keel::core
