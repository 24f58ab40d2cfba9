// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/catalog/catalog.h"
#include "core/plan/progressionstate.h"
#include "core/plan/traininghistory.h"

#include <optional>
#include <string>
#include <vector>

namespace keel::core {

/// What pain says about one pattern's week.
struct PainCall {
    enum class Verdict { Fine, Hold, StepBack };
    Verdict verdict = Verdict::Fine;
    std::string reason; ///< Empty when fine.
    std::optional<Date> date; ///< When the pain that decided it happened.
};

/// The pain-monitoring model. Pain during an exercise up to 3/10 is fine, 4–5 holds
/// progression, above 5 steps the pattern back. A morning check-in is "worse than the previous
/// one" when it is at least 4/10 and higher than the latest check-in of the 7 days before it:
/// small rises below 4 are everyday noise, and a check-in with nothing to compare to cannot be
/// worse. A worse morning steps back the patterns trained the day before; when nothing was
/// trained that day it holds progression for the week. A check-in of 7+, or three pain-triggered
/// step-backs within 14 days, starts flare-up mode, which ends after two sessions in a row logged
/// at pain ≤ 3 (a set logged without pain counts as pain-free).
class PainMonitor {
public:
    static constexpr int kFineUpTo = 3;
    static constexpr int kHoldUpTo = 5;
    static constexpr int kSevereCheckIn = 7;
    static constexpr int kWorseCheckInFrom = 4;
    static constexpr int kStepBacksForFlareUp = 3;
    static constexpr int kStepBackWindowDays = 14;

    /// `history` may reach back before the week (for the previous check-in and for flare-up exits).
    PainMonitor(const Catalog& catalog, const TrainingHistory& history, Date weekStart);

    /// The call for a strength pattern's week.
    PainCall forPattern(Pattern pattern) const;
    /// The call for the week's walks (check-ins do not hold walking: walking is how a back settles).
    PainCall forWalking() const;
    /// A check-in of 7+ in the week, as a cause ("morning check-in 7/10 on Friday 2026-11-20").
    std::optional<PainCall> severeCheckIn() const;
    /// When the last two sessions logged after `since` (up to the week's end) were both at pain ≤ 3,
    /// the reason saying so.
    std::optional<std::string> twoCalmSessionsSince(Date since) const;
    /// Pain-triggered step-backs recorded in (reviewDate − 14 days, reviewDate].
    static int recentStepBacks(const std::vector<ProgressionEvent>& events, Date reviewDate);

private:
    struct BadMorning {
        CheckIn checkIn;
        int previous = 0;
    };

    bool inWeek(Date date) const { return date >= m_weekStart && date <= m_weekStart.addDays(6); }
    std::optional<Pattern> patternOf(const LoggedSet& set) const;
    std::vector<BadMorning> badMornings() const;
    bool trainedOn(Date date, Pattern pattern) const;
    bool trainedOn(Date date) const;

    const Catalog& m_catalog;
    const TrainingHistory& m_history;
    Date m_weekStart;
};

} // namespace keel::core
