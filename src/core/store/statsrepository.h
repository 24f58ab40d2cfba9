// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/logentries.h"
#include "core/model/vocabulary.h"
#include "core/model/weekplan.h"
#include "core/util/date.h"

#include <optional>
#include <string>
#include <vector>

namespace keel::core {

class Database;

/// One exercise on one day: its logged sets summed and maxed. Canonical units.
struct ExerciseDayStats {
    Date date;
    std::string exerciseId;
    int sets = 0;
    int totalReps = 0;
    std::optional<int> maxReps;
    std::optional<double> maxLoadKg;
    int totalSeconds = 0;
    std::optional<int> maxSeconds;
    double totalMeters = 0.0;
    std::optional<double> maxMeters;
    std::optional<int> maxRpe;
    std::optional<int> maxPain;
    /// The low end of the minutes its planned item prescribed, when the sets fulfil one (mobility blocks).
    std::optional<int> plannedMinutes;
    bool operator==(const ExerciseDayStats&) const = default;
};

/// The walks of one day.
struct WalkDayStats {
    Date date;
    int walks = 0;
    int minutes = 0;
    int longestMinutes = 0;
    double meters = 0.0;
    std::optional<int> maxPain;
    bool operator==(const WalkDayStats&) const = default;
};

/// One planned item with the date and kind of its session: what the charts compare the log against.
struct PlannedItemStats {
    Date date;
    SessionKind sessionKind = SessionKind::Strength;
    Pattern pattern = Pattern::Mobility;
    std::string exerciseId;
    bool warmUp = false;
    int sets = 0;
    std::optional<int> minutesMin; ///< Low end of a minutes prescription.
    std::optional<int> secondsMin; ///< Low end of a hold prescription (per set).
    bool operator==(const PlannedItemStats&) const = default;
};

/// Read-only aggregations over the log and the plan for the Progress charts. Every query is
/// bounded by dates (inclusive) and reads through an index in the order it needs, so a ten-year
/// history (150,000 sets) is one pass rather than a sort.
class StatsRepository {
public:
    explicit StatsRepository(Database& db)
        : m_db(db)
    { }

    /// Per (day, exercise) totals of logged sets between two dates, by date then exercise.
    std::vector<ExerciseDayStats> exerciseDays(Date from, Date to);
    /// The same for the given exercises only (an empty list gives no rows).
    std::vector<ExerciseDayStats> exerciseDays(const std::vector<std::string>& exerciseIds, Date from, Date to);
    /// Whether a week was planned, or any of the given exercises logged, before `date`.
    bool planOrSetsBefore(const std::vector<std::string>& exerciseIds, Date date);
    /// Per-day walk totals between two dates, ascending.
    std::vector<WalkDayStats> walkDays(Date from, Date to);
    /// Every planned item of sessions dated between two dates, by date.
    std::vector<PlannedItemStats> plannedItems(Date from, Date to);
    /// Working sets reduced to what personal records need: one per exercise, load, reps and seconds,
    /// dated the first day it was done; by exercise, then date. Warm-ups are left out.
    std::vector<LoggedSet> recordCandidates();
    /// The longest walk (the first, when several are as long); nullopt when none was logged.
    std::optional<WalkEntry> longestWalk();
    /// Ids of every exercise with at least one logged set, sorted.
    std::vector<std::string> loggedExerciseIds();
    /// The earliest date with a set, a walk or a check-in; nullopt for an empty log.
    std::optional<Date> firstLogDate();

private:
    Database& m_db;
};

} // namespace keel::core
