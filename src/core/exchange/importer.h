// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/exchange/sourcerows.h"
#include "core/model/reason.h"
#include "core/store/importrepository.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace keel::core {

class ExerciseMatcher;

/// An imported name no catalog exercise matched, or whose rows do not fit the exercise it
/// matched: kept under `importedId`.
struct UnmatchedName {
    std::string name;
    std::string importedId;
    int sets = 0;
    Reason reason; ///< Empty when nothing matched; else why the first such row does not fit.
};

/// What an import would do, shown before anything is written.
struct ImportPreview {
    ImportFormat format = ImportFormat::Strong;
    Reason dialect; ///< Which variant of the format.
    std::optional<Date> first;
    std::optional<Date> last;
    int workouts = 0;
    int sets = 0;
    int warmUpSets = 0;
    int walks = 0;
    std::vector<Units> weightUnits; ///< Units the file wrote weights in, in order of first use.
    bool unitsAssumed = false; ///< The file states no units; ReadOptions::units was assumed.
    std::vector<std::pair<std::string, std::string>> matched; ///< Imported name -> catalog id, by name.
    std::vector<UnmatchedName> unmatched; ///< By name.
    std::vector<SkippedRow> skipped; ///< By line.
};

/// A preview and the batch that carries it out.
struct ImportPlan {
    ImportPreview preview;
    ImportBatch batch;
};

/// Reads another app's export and turns it into Keel's sets and walks.
class Importer {
public:
    /// The format of `text`, from its first bytes and header; ExchangeError naming what was found
    /// when it is none Keel reads.
    static ImportFormat detect(std::string_view text);
    /// Reads `text` as `format` (detected when nullopt). JSON backups are not read here (see
    /// JsonBackup). ExchangeError, with the line, for a broken file.
    static SourceFile read(std::string_view text, std::optional<ImportFormat> format, const ReadOptions& options);
    /// Matches exercise names and checks every row against the log's limits (a row outside them is
    /// skipped with the reason); nothing is written. With `today`, rows dated after tomorrow are
    /// skipped as the log would refuse them (EntryCheck). A row that does not fit how its matched
    /// exercise is measured (reps for a hold, seconds for a rep exercise, a walk logged as a set)
    /// is kept under its imported name instead, so the catalog exercise's history stays
    /// consistent and nothing is dropped.
    static ImportPlan plan(
        const SourceFile& file, const ExerciseMatcher& matcher, std::optional<Date> today = std::nullopt);
};

} // namespace keel::core
