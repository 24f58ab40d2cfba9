// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/catalog/catalog.h"
#include "core/model/profile.h"
#include "core/util/date.h"

#include <cstdint>

namespace keel::core {

class Database;

/// What a demo run wrote.
struct DemoSummary {
    int weeks = 0;
    int sets = 0;
    int walks = 0;
    int checkIns = 0;
    int missedSessions = 0;
};

/// Fills a database with a believable training history through the same services the app
/// uses: week by week it plans through PlanService, then logs what a real person would have done
/// (mostly the plan, some missed sessions, the odd pain spike, one short flare-up), so the
/// progression engine reacts to real data. For screenshots, benchmarks and trying the app.
class DemoHistory {
public:
    DemoHistory(Database& db, const Catalog& catalog);

    /// Saves `profile`, then plans and logs `weeks` weeks, the last one holding `end`; nothing is
    /// logged after `end`. Deterministic for a given seed. One transaction per week.
    DemoSummary generate(const Profile& profile, Date end, int weeks, std::uint64_t seed);

    /// A typical user: returning to training, three days, dumbbells, a kettlebell and a band.
    static Profile demoProfile();

private:
    Database& m_db;
    const Catalog& m_catalog;
};

} // namespace keel::core
