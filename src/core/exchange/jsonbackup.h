// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/store/importrepository.h"

#include <filesystem>
#include <map>
#include <string>
#include <string_view>

namespace keel::core {

class Database;

/// What restoring a backup did (or, for a check, would do).
struct RestoreSummary {
    std::map<std::string, int> rows; ///< Rows per table in the backup.
    bool merged = false;
    ImportOutcome mergeOutcome; ///< For a merge: sets and walks added or already there.
    int checkInsAdded = 0; ///< For a merge: check-ins on dates that had none.
    std::vector<std::string> catalogFiles; ///< catalog.d files in the backup (restored, unless a check).
};

/// Keel's own JSON backup: {"format": "keel-backup", "format_version": 1, "schema_version": N,
/// "tables": {...}, "catalog_files": {"NAME.json": "TEXT", ...}} with every row of the user's data
/// (see SnapshotRepository) and the user's own catalog files (catalog.d beside the database; the
/// key is left out when there are none, so older backups read the same). Writing the same
/// database twice gives the same bytes; restoring into an empty database reproduces it exactly.
class JsonBackup {
public:
    static constexpr int kFormatVersion = 1;
    static constexpr std::string_view kFormatName = "keel-backup";

    /// The backup text of the whole database (ends with a newline), with the *.json files directly
    /// in `catalogDir` (the user's catalog.d) when it is given and exists. ExchangeError naming a
    /// file that cannot be read.
    static std::string write(Database& db, const std::filesystem::path& catalogDir = {});
    /// Checks the text is a backup this Keel can read and counts its rows; writes nothing.
    /// ExchangeError (with the line for a JSON syntax error) otherwise.
    static RestoreSummary inspect(std::string_view text);
    /// Restores into an empty database, every row with its id, in one transaction. With `merge`
    /// the database may hold data: the backup's sets and walks are added as imported rows (a
    /// second merge of the same backup adds nothing), check-ins only on dates without one, and
    /// its plans, progression and profile are left out. ExchangeError for a database that is not
    /// empty without `merge`; StoreError(InvalidInput) naming the row for a value the schema refuses.
    /// The backup's catalog files are written into `catalogDir` (created when missing); a file of
    /// the same name already there is an ExchangeError naming it, and nothing is written. With an
    /// empty `catalogDir` catalog files are not restored.
    static RestoreSummary restore(
        Database& db, std::string_view text, bool merge, const std::filesystem::path& catalogDir = {});
};

} // namespace keel::core
