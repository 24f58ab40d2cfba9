// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/profile.h"
#include "core/model/reason.h"
#include "core/util/date.h"

#include <cstddef>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

namespace keel::core {

/// The formats keel-cli import reads.
enum class ImportFormat { Strong, Hevy, FitNotes, Gpx, Json };

/// "strong", "hevy", "fitnotes", "gpx", "json".
std::string_view toString(ImportFormat format);
/// The format named on the command line, if it is one.
std::optional<ImportFormat> parseImportFormat(std::string_view text);

/// One set as another app wrote it, the exercise under that app's name, numbers already in
/// kilograms, metres and seconds.
struct SourceSet {
    std::size_t line = 0;
    Date date;
    std::string workout; ///< The workout it belongs to (its start), to count workouts.
    std::string exerciseName;
    std::optional<double> loadKg;
    Units weightUnit = Units::Kg; ///< The unit the file wrote the weight in (or the one assumed).
    std::optional<int> reps;
    std::optional<int> seconds;
    std::optional<double> meters;
    std::optional<int> rpe;
    bool warmUp = false;
    std::string note;
    std::string sourceKey;
};

/// One walk (a GPX track).
struct SourceWalk {
    std::size_t line = 0;
    Date date;
    int minutes = 0;
    double meters = 0.0;
    std::string name;
    std::string sourceKey;
};

/// A row that was read but holds nothing Keel can store, and why.
struct SkippedRow {
    std::size_t line = 0;
    Reason reason;
};

/// Everything read from one file, before exercise names are matched or anything is written.
struct SourceFile {
    ImportFormat format = ImportFormat::Strong;
    Reason dialect; ///< Which variant of the format.
    std::vector<SourceSet> sets;
    std::vector<SourceWalk> walks;
    std::vector<SkippedRow> skipped;
    bool unitsAssumed = false; ///< The file states no units: ReadOptions::units was used.
};

/// Month and day order of dates like 03/04/2026.
enum class DateOrder { DayFirst, MonthFirst };

/// What a reader cannot learn from the file itself.
struct ReadOptions {
    Units units = Units::Kg; ///< For files without units: weights in kg or lb, distances in km or miles.
    std::optional<DateOrder> dateOrder; ///< For ambiguous numeric dates; guessed from the file when unset.
};

/// Distance conversions shared by the readers (pounds go through LoadUnits).
struct UnitFactors {
    static constexpr double kMetresPerMile = 1609.344;
    static constexpr double kMetresPerFoot = 0.3048;
};

/// Hands out source keys: `base` plus how often that base was seen before in this file, so
/// identical rows (two warm-up sets with the same order letter) get distinct, stable keys.
class SourceKeys {
public:
    std::string next(const std::string& base);

private:
    std::unordered_map<std::string, int> m_seen;
};

} // namespace keel::core
