// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/catalog/exercise.h"
#include "core/model/profile.h"
#include "core/model/progressionstate.h"
#include "core/model/weekplan.h"

#include <string>
#include <vector>

namespace keel::core {

/// One pattern's exercise for the week, the working state it is done at, and why.
struct StrengthChoice {
    Pattern pattern = Pattern::Hinge;
    const Exercise* exercise = nullptr;
    PatternState state;
    Reason reason;
};

/// What goes into one strength session besides its warm-up.
struct SessionRequest {
    std::vector<StrengthChoice> mains; ///< Hinge, squat, carry, anti-rotation, in that order.
    const Exercise* secondCore = nullptr; ///< A second anti-rotation drill, if time allows.
    Reason secondCoreReason; ///< Why it is there.
    const StrengthChoice* accessory = nullptr; ///< A pull or posture extra, if time allows.
    int warmUpMinutes = 0;
};

/// Fills a strength session to the profile's time budget: the four patterns always, then a
/// second core drill and an accessory when they fit; when even the four do not fit, sets are
/// trimmed (never below one) and the reasons say so, also when even one set each runs over.
class SessionBuilder {
public:
    SessionBuilder(const Profile& profile, bool recovery);

    /// The session's strength items in order, each with its reason.
    std::vector<PlannedItem> build(const SessionRequest& request) const;
    /// Rough seconds an item takes, rests between sets included.
    static int estimateSeconds(const PlannedItem& item, int restSeconds);
    /// Rough seconds the lifts of a session take (the sum of estimateSeconds).
    static int liftSeconds(const std::vector<PlannedItem>& items, int restSeconds);

private:
    PlannedItem itemFor(const StrengthChoice& choice) const;
    void fitToBudget(std::vector<PlannedItem>& items, int budgetSeconds) const;

    const Profile& m_profile;
    bool m_recovery = false;
};

} // namespace keel::core
