// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/catalog/catalog.h"
#include "core/model/profile.h"
#include "core/model/progressionstate.h"
#include "core/model/traininghistory.h"
#include "core/model/weekplan.h"
#include "core/plan/patternprogression.h"
#include "core/plan/rungselector.h"

#include <array>
#include <optional>
#include <span>
#include <vector>

namespace keel::core {

/// A new progression state and the events that explain how it came about.
struct ProgressionUpdate {
    ProgressionSnapshot snapshot;
    std::vector<ProgressionEvent> events;
};

/// Where a week stands in the graded return after a flare-up.
struct FlareUpReturn {
    Date ended; ///< The day flare-up mode ended.
    int stepsDown = 0; ///< Steps below the regular state this week's strength is planned at.
    int weeksLeft = 0; ///< Weeks of the return after this one.
};

/// Moves each pattern forward, holds it, or steps it back after a week, for stated reasons.
/// Pure: the plan, the logs and past events in, the new state and new events out.
class ProgressionEngine {
public:
    ProgressionEngine(const Catalog& catalog, const Profile& profile);

    /// Reviews of the week starting at `weekStart` are dated the next week's start: the day they take effect.
    static Date reviewDate(Date weekStart) { return weekStart.addDays(7); }
    /// True when `events` hold a review of the week starting at `weekStart` (every review records at
    /// least one non-start event, dated reviewDate(weekStart)).
    static bool isReviewed(Date weekStart, const std::vector<ProgressionEvent>& events);
    /// The kinds only a weekly review records (a hold or a step forward for every planned pattern);
    /// pain step-backs and flare-up switches happen on any day.
    static bool isReviewKind(ProgressionKind kind);

    /// Gives every pattern without a state its starting rung (and walking its starting minutes), and
    /// moves patterns whose exercise the equipment no longer allows. Events are dated `weekStart`.
    ProgressionUpdate prepare(const ProgressionSnapshot& snapshot, Date weekStart) const;

    /// Reasons of the steps back a break brings start with this: "welcome back: …".
    static constexpr std::string_view kWelcomeBack = "welcome back: ";
    /// Weeks without logged strength work after which patterns resume lower: one step back at 2 weeks away,
    /// another at 4 and a third at 6.
    static constexpr int kBreakWeeksPerStep = 2;
    static constexpr int kMaxBreakSteps = 3;

    /// Eases the person back in after a break: when the week starting at `weekStart` follows 2, 4 or 6 whole
    /// weeks without logged strength work since `lastStrength` (the last day with a strength set before it),
    /// every strength pattern steps back once more and walking gets shorter, each with a reason that welcomes
    /// the person back. Nothing when there was no strength work before, or when `pastEvents` already hold the
    /// step for that week. Events are dated `weekStart`.
    ProgressionUpdate resume(const ProgressionSnapshot& before, Date weekStart, std::optional<Date> lastStrength,
        const std::vector<ProgressionEvent>& pastEvents) const;
    /// Steps below the regular state in the weeks after flare-up mode ends: the week it ends, the next and
    /// the one after; then the regular state again.
    static constexpr std::array<int, 3> kReturnSteps = {2, 2, 1};
    /// The graded return the week starting at `weekStart` is in, from the latest flare-up end among `events`
    /// (none when flare-up mode started again after it).
    static std::optional<FlareUpReturn> flareUpReturn(std::span<const ProgressionEvent> events, Date weekStart);

    /// True for an event that eased a pattern back in after a break.
    static bool isWelcomeBack(const ProgressionEvent& event);

    /// Acts on what `day` brought at once, so the next session already follows it: a day with a set or
    /// walk above 5/10 or a bad morning records one pain event and steps the patterns it touched back at
    /// their next session; three pain events on different days within 14 days (counting from the end of
    /// the last flare-up) or a check-in of 7+ start flare-up mode; two calm sessions done in flare-up mode
    /// end it. Idempotent: what `pastEvents` already record for the day is not recorded again. Events
    /// are dated `day`.
    ProgressionUpdate react(const ProgressionSnapshot& before, Date day, const TrainingHistory& history,
        const std::vector<ProgressionEvent>& pastEvents) const;

    /// Reviews the `week` against `history` (which may reach back before it, for check-ins and flare-up
    /// exits) and `pastEvents`: first reacts to each of its days (see react), then decides each pattern's
    /// step for the week. A pattern already stepped back during the week holds. At most one step up. When
    /// `recoveryNext`, the week after is a recovery week: nothing moves forward (it holds the doses with a set
    /// fewer), and the recovery week's own review lets progress resume.
    ProgressionUpdate review(const ProgressionSnapshot& before, const WeekPlan& week, const TrainingHistory& history,
        const std::vector<ProgressionEvent>& pastEvents, bool recoveryNext = false) const;

private:
    PatternWeek patternWeek(Pattern pattern, const WeekPlan& week, const TrainingHistory& history) const;
    PatternDecision walkingDecision(
        const PatternState& state, const WeekPlan& week, const TrainingHistory& history, const PainCall& pain) const;

    const Catalog& m_catalog;
    const Profile& m_profile;
    RungSelector m_selector;
    PatternProgression m_patterns;
};

} // namespace keel::core
