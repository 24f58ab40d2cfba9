// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/catalog/catalog.h"
#include "core/model/progressionstate.h"
#include "core/model/reason.h"
#include "core/model/traininghistory.h"

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace keel::core {

/// What pain says about one pattern's week.
struct PainCall {
    enum class Verdict { Fine, Hold, StepBack };
    Verdict verdict = Verdict::Fine;
    Reason reason; ///< Empty when fine.
    std::optional<Date> date; ///< When the pain that decided it happened.
};

/// A day that counts as one pain event: a session with a set (or a walk) above 5/10, or a bad
/// morning. However many patterns it touches, it is one event.
struct PainDay {
    Date date;
    Reason reason; ///< "pain 8/10 on Tuesday 2025-11-18 (Kettlebell deadlift)".
    std::map<Pattern, Reason> stepBacks; ///< Patterns to step back at their next session, each with why.
    bool severeCheckIn = false; ///< The morning check-in was 7/10 or more.
};

/// The pain-monitoring model. Pain during an exercise up to 3/10 is fine, 4–5 holds
/// progression, above 5 steps that pattern back at its next session. A morning check-in is bad
/// when it is 7/10 or more, or at least 4/10 and at least 2 points above the person's baseline:
/// the median of the check-ins of the 7 days before it (a check-in with no baseline is judged
/// by the 7+ mark alone). A bad morning steps back the patterns trained the day before and holds
/// the rest of the week; a baseline of 4/10 or more over the week (a steady high baseline) holds
/// progression too. One bad session or one bad morning is one pain event (one per day).
class PainMonitor {
public:
    static constexpr int kFineUpTo = 3;
    static constexpr int kHoldUpTo = 5;
    static constexpr int kSevereCheckIn = 7;
    static constexpr int kWorseCheckInFrom = 4;
    static constexpr double kAboveBaseline = 2.0;
    static constexpr int kBaselineDays = 7;
    static constexpr int kPainEventsForFlareUp = 3;
    static constexpr int kFlareUpWindowDays = 14;

    /// `history` may reach back before the week (for the baseline and for flare-up exits).
    PainMonitor(const Catalog& catalog, const TrainingHistory& history, Date weekStart);

    /// The weekly call for a strength pattern's week.
    PainCall forPattern(Pattern pattern) const;
    /// The call for the week's walks (check-ins do not hold walking: walking is how a back settles).
    PainCall forWalking() const;
    /// What `day` says as a pain event, if it is one.
    std::optional<PainDay> painDay(Date day) const;
    /// The median of the check-ins in the 7 days before `day`; nullopt when there are none.
    std::optional<double> baselineBefore(Date day) const;
    /// When `day` has logged sets and it and the session before it, both after `since`, were at pain ≤ 3:
    /// the reason saying so.
    std::optional<Reason> twoCalmSessionsSince(Date since, Date day) const;

private:
    struct BadMorning {
        CheckIn checkIn;
        Reason why; ///< "morning check-in 6/10 on …, 2+ above your usual 3/10".
    };

    bool inWeek(Date date) const { return date >= m_weekStart && date <= m_weekStart.addDays(6); }
    std::optional<Pattern> patternOf(const LoggedSet& set) const;
    std::optional<BadMorning> badMorning(Date day) const;
    std::vector<BadMorning> badMornings() const;
    std::optional<double> weekBaseline() const;
    bool trainedOn(Date date, Pattern pattern) const;
    bool trainedOn(Date date) const;

    const Catalog& m_catalog;
    const TrainingHistory& m_history;
    Date m_weekStart;
};

} // namespace keel::core
