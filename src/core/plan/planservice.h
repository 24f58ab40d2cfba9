// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/catalog/catalog.h"
#include "core/model/logentries.h"
#include "core/model/profile.h"
#include "core/model/progressionstate.h"
#include "core/model/weekplan.h"
#include "core/plan/plangenerator.h"

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

/// What one refresh did.
struct RefreshResult {
    std::vector<ProgressionEvent> events; ///< Recorded by this refresh: reactions, reviews, starts.
    bool replanned = false; ///< True when any stored week changed.
};

/// The plan layer's door to storage: loads the profile, progression and logs, runs the pure
/// engine and generator, and stores the result, each call one transaction. The GUI and the CLI use
/// only this.
class PlanService {
public:
    /// Weeks a single generate() call may plan.
    static constexpr int kMaxWeeks = 52;
    /// The seed refresh plans with (the app's seed), so an unchanged week comes out the same.
    static constexpr std::uint64_t kRefreshSeed = 1;

    PlanService(Database& db, const Catalog& catalog);

    /// Brings the progression up to date as refresh() does (so logged weeks count), then plans `weeks`
    /// weeks from the week containing `weekStart` (the week holding `today` from today on) and stores them
    /// together with the progression, in one transaction. Returns the weeks as stored (ids filled in, logged items
    /// kept). Throws PlanError without a profile or with weeks outside 1–52.
    std::vector<WeekPlan> generate(Date weekStart, int weeks, std::uint64_t seed, Date today);
    /// Brings the plan up to date with the log as of `today`, in one transaction: reacts to the pain of
    /// the last 14 days (so the next session of a pattern already follows it), reviews every week whose
    /// last strength session is logged or which has ended, and when that changed anything (or a week is
    /// missing) re-plans the current week from today on and every later planned week, keeping what is
    /// logged and what lies before today. Plans the current and the next week when they are missing.
    /// Does nothing without a profile. Cheap when nothing changed, so it can run after every log.
    RefreshResult refresh(Date today);
    /// Like refresh, but always re-plans from today on (after a profile change).
    RefreshResult replanFrom(Date today);
    /// The progression events the last generate() recorded: reviews of finished weeks, then new starts.
    const std::vector<ProgressionEvent>& lastEvents() const { return m_lastEvents; }
    /// The stored plan of the week containing `day` (weeks start on the profile's week start).
    std::optional<WeekPlan> week(Date day);
    /// The state and events of one pattern, one exercise (its pattern's state), or everything.
    ProgressView progress(std::optional<Pattern> pattern, const std::optional<std::string>& exerciseId);
    /// The stored profile; PlanError("no profile yet: run keel-cli profile set …") when there is none.
    Profile profile();

private:
    std::vector<ProgressionEvent> catchUp(
        const Profile& profile, ProgressionSnapshot& snapshot, std::vector<ProgressionEvent>& events, Date today);
    RefreshResult bringUpToDate(Date today, bool force);
    /// The first week start catchUp looks at, and so how far back events must be read.
    Date catchUpFrom(const Profile& profile, Date today);
    int weekIndex(Date weekStart);
    /// The last strength day of the stored week starting at `weekStart`, if it is stored and has one.
    std::optional<Date> storedLastStrength(Date weekStart);
    /// The last day before `before` with a set of a strength exercise among `sets`.
    std::optional<Date> lastStrengthBefore(const std::vector<LoggedSet>& sets, Date before) const;
    /// When `today` lies after `weekStart`: the rest of the week from today on, with the strength
    /// sessions the stored week held before today.
    std::optional<PartWeek> partWeek(Date weekStart, Date today);

    Database& m_db;
    const Catalog& m_catalog;
    std::vector<ProgressionEvent> m_lastEvents;
};

} // namespace keel::core
