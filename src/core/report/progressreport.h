// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/catalog/catalog.h"
#include "core/model/profile.h"
#include "core/report/progresschart.h"
#include "core/util/date.h"

#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace keel::core {

class Database;
struct ExerciseDayStats;
struct ProgressionEvent;

/// What the charts need from the profile.
struct ProgressSettings {
    Units units = Units::Kg;
    Weekday weekStart = Weekday::Monday;
    int strengthDays = 2; ///< Strength sessions a week asks for when no plan was stored for it.

    /// The settings a profile implies.
    static ProgressSettings fromProfile(const Profile& profile);
    bool operator==(const ProgressSettings&) const = default;
};

/// First and last day (inclusive) a range covers, and how it is cut into buckets.
struct ProgressWindow {
    Date from; ///< First day of the first bucket.
    Date to; ///< Today: the last day with anything to show.
    Date end; ///< Last day of the last bucket (the end of the current week or month).
    BucketSize bucket = BucketSize::Week;
    std::vector<Date> buckets; ///< First day of every bucket, ascending.
    Weekday weekStart = Weekday::Monday; ///< The day weeks (and week ticks) start on.
    bool operator==(const ProgressWindow&) const = default;
};

/// An exercise with logged sets that the exercise chart can show: from the catalog, or kept under
/// the name it was imported with (keel-cli import) when the catalog does not know it.
struct LoggedExercise {
    std::string id;
    std::string name;
    bool imported = false;
    bool operator==(const LoggedExercise&) const = default;
};

/// Every chart of the Progress pane except the per-exercise one, built from one set of queries.
struct ProgressOverview {
    ProgressChart volume;
    ProgressChart walking;
    ProgressChart mobility;
    ProgressChart pain;
    ConsistencyReport consistency;
};

/// Turns the log, the plan and the progression events into the series the Progress charts draw
/// and `keel-cli progress --json` prints. Loads are shown in the profile's units; weeks start on
/// the profile's week start; every bucket of a range is present, zero when nothing was logged.
/// A report is a snapshot: it reads the log once and answers every chart from that read, so make
/// a new one after the log or the plan changed.
class ProgressReport {
public:
    static constexpr ProgressRange kDefaultRange = ProgressRange::ThreeMonths;

    ProgressReport(Database& db, const Catalog& catalog, ProgressSettings settings, Date today);
    ~ProgressReport();
    ProgressReport(const ProgressReport&) = delete;
    ProgressReport& operator=(const ProgressReport&) = delete;

    /// The days and buckets a range covers, ending with the current week (or month for long histories).
    ProgressWindow window(ProgressRange range);
    /// Working load, reps, hold or distance of one exercise per day, with its progression events marked.
    ProgressChart exercise(std::string_view exerciseId, ProgressRange range);
    /// The rung (and load) a pattern was trained at per day, with its ladder moves and step-backs marked.
    ProgressChart pattern(Pattern pattern, ProgressRange range);
    /// Sets per strength pattern per bucket (stacked) against the planned sets.
    ProgressChart volume(ProgressRange range);
    /// Walking minutes per bucket against the plan's target, with the longest walk.
    ProgressChart walking(ProgressRange range);
    /// Mobility minutes per bucket against the planned minutes.
    ProgressChart mobility(ProgressRange range);
    /// Worst session pain and morning check-ins (per day up to three months, per bucket beyond:
    /// worst and average), flare-up periods and the 3/10 and 5/10 guides.
    ProgressChart pain(ProgressRange range);
    /// Planned vs done per day for the weeks the range covers, and the strength streaks within them.
    ConsistencyReport consistency(ProgressRange range);
    /// Exercises with logged sets, what the exercise chart can show: the catalog's by pattern then
    /// level, then the imported ones by name.
    std::vector<LoggedExercise> loggedExercises();
    /// Volume, walking, mobility, pain and consistency together, sharing their queries.
    ProgressOverview overview(ProgressRange range);

private:
    struct Data;

    /// Everything the builders read for the days from `from` to `to`, kept for the next call.
    const Data& load(Date from, Date to);
    /// Day totals of some exercises, from the kept read when it covers the days.
    std::vector<ExerciseDayStats> daysOf(const std::vector<std::string>& exerciseIds, Date from, Date to);
    /// Progression events from `from` on, and the last of each kind before it, oldest first.
    std::vector<ProgressionEvent> events(Date from);
    /// Weeks of the consistency calendar for a range: from the week holding its first day to this week.
    int consistencyWeeks(const ProgressWindow& window) const;
    ProgressChart buildVolume(const ProgressWindow& window, const Data& data) const;
    ProgressChart buildWalking(const ProgressWindow& window, const Data& data) const;
    ProgressChart buildMobility(const ProgressWindow& window, const Data& data) const;
    ProgressChart buildPain(const ProgressWindow& window, const Data& data) const;
    ConsistencyReport buildConsistency(int weeks, const Data& data);
    void placeMarker(ProgressChart& chart, const ProgressionEvent& event, const ProgressWindow& window) const;
    /// A state an event went from or to, as the chart shows it: loads in the profile's units and,
    /// for words stored before schema 8, the exercise by its name.
    Reason shownState(const Reason& state) const;
    std::string describe(const std::string& value) const;
    /// The name an exercise is shown under: the catalog's, else the imported one, else the id.
    std::string exerciseName(const std::string& id) const;

    Database& m_db;
    const Catalog& m_catalog;
    ProgressSettings m_settings;
    Date m_today;
    std::unique_ptr<Data> m_data; ///< The last read; a report answers for one moment, so it never goes stale.
};

} // namespace keel::core
