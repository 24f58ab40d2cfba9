// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/catalog/catalog.h"
#include "core/model/logentries.h"
#include "core/model/profile.h"
#include "core/model/weekplan.h"
#include "support/tempdir.h"

#include <QString>

#include <catch2/catch.hpp>
#include <filesystem>
#include <memory>
#include <vector>

namespace Catch {
/// Failed checks on QStrings print the text.
template<> struct StringMaker<QString> {
    static std::string convert(const QString& text) { return '"' + text.toStdString() + '"'; }
};
} // namespace Catch

namespace keel::gui {
class Logbook;
}

namespace keel::test {

/// A week built by hand over sampleCatalog(), with fixed ids: Monday 2026-03-09 strength
/// (warm-up, goblet squat 3 × 8–12 at 12 kg, farmer carry, bird dog), Tuesday mobility and a
/// walk, Wednesday (testToday) strength and a walk. For model tests that need no database.
core::WeekPlan handBuiltWeek();

/// A logbook over a temporary database with a profile (sampleProfile() unless given) saved and
/// the current week planned through Session::planWeeks (shipped catalog, the app's seed).
class TrainingFixture {
public:
    explicit TrainingFixture(bool generateWeek = true);
    TrainingFixture(const core::Profile& profile, bool generateWeek);
    ~TrainingFixture();

    gui::Logbook& logbook() { return *m_logbook; }
    /// The database file the session has open, for a second connection (what keel-cli would be).
    std::filesystem::path databasePath() const { return m_dir / "keel.db"; }
    core::Date weekStart() const;
    /// The stored plan of the current week.
    core::WeekPlan storedWeek();
    /// Today's strength session of the stored plan (the test "today" is a strength day).
    core::PlannedSession todayStrength();
    /// The first working item of today's strength session with an external load (a carry for a
    /// building profile, a lift with reps for an experienced one): what a test logs a weighed set against.
    core::PlannedItem todayLoadedItem();
    /// Sets logged today.
    std::vector<core::LoggedSet> setsToday();

private:
    TempDir m_dir;
    std::unique_ptr<gui::Logbook> m_logbook;
};

} // namespace keel::test
