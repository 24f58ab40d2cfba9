// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/catalog/catalog.h"
#include "core/model/weekplan.h"
#include "core/plan/planrandom.h"

#include <set>
#include <string>
#include <vector>

namespace keel::core {

/// Picks each day's 5–10 minutes of mobility. The focus follows the calendar (hip on even days,
/// thoracic on odd ones), so it alternates across week boundaries without knowing last week, and a
/// hip or thoracic drill can never fall on two days running. Drills rotate through a shuffled pool.
class MobilityPlanner {
public:
    static constexpr int kMinMinutes = 5;
    static constexpr int kMaxMinutes = 10;

    MobilityPlanner(
        const Catalog& catalog, const std::set<std::string, std::less<>>& owned, bool flareUp, PlanRandom& random);

    /// Hip on even days since 1970-01-01, thoracic on odd ones.
    static Focus focusOf(Date date);
    /// The drills for `date`, up to three (plus a spine drill every third rest day). On a strength day the
    /// first one or two are the warm-up (warmUp set); any rest follow the session. Each item's minutes
    /// are exact; reasons are filled in.
    std::vector<PlannedItem> block(Date date, bool strengthDay);

private:
    struct Pool {
        std::vector<const Exercise*> drills;
        std::size_t next = 0;
    };

    Pool makePool(Focus focus, PlanRandom& random) const;
    Pool& poolFor(Focus focus);
    Reason reasonFor(Focus focus, int minutes, bool warmUp, bool strengthDay) const;

    const Catalog& m_catalog;
    const std::set<std::string, std::less<>>& m_owned;
    bool m_flareUp = false;
    Pool m_hip;
    Pool m_thoracic;
    Pool m_spine;
};

} // namespace keel::core
