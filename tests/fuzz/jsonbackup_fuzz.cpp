// SPDX-License-Identifier: GPL-3.0-or-later
// Fuzz target: Keel's JSON backup (`keel-cli import FILE.json`, with and without --dry-run and
// --merge) from arbitrary bytes. inspect() reads without writing; a text it accepts is then
// restored into an empty in-memory database and merged into another. ExchangeError and
// StoreError (InvalidInput: the backup's fault, not the database's) are the expected answers to a
// bad backup. What must hold: a restore adds exactly the rows inspect() counted, and the backup
// Keel then writes restores to the same bytes.
#include "core/exchange/exchangeerror.h"
#include "core/exchange/jsonbackup.h"
#include "core/store/database.h"
#include "core/store/storeerror.h"

#include "fuzzcheck.h"

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <exception>
#include <nlohmann/json.hpp>
#include <string>
#include <string_view>

namespace {

using namespace keel::core;
using keel::fuzz::require;

/// Restores `text` into a fresh database; false when it is refused with a Keel error.
bool restoreInto(Database& db, std::string_view text, bool merge, RestoreSummary& summary)
{
    try {
        summary = JsonBackup::restore(db, text, merge);
        return true;
    } catch (const ExchangeError& error) {
        require(!error.reason().empty(), "a refused backup is told why");
    } catch (const StoreError& error) {
        // The database is new and sound: whatever goes wrong is the backup's fault, and must be
        // reported as such, not as a database that cannot be opened or is damaged.
        if (error.status() != StoreStatus::InvalidInput)
            std::fprintf(stderr, "fuzz: restore failed with: %s\n", error.what());
        require(error.status() == StoreStatus::InvalidInput, "a refused backup row is invalid input");
    }
    return false;
}

void checkRestored(std::string_view text, const RestoreSummary& inspected)
{
    const auto db = Database::openInMemory();
    RestoreSummary restored;
    if (!restoreInto(*db, text, /*merge=*/false, restored))
        return;
    require(restored.rows == inspected.rows, "restore reports the rows inspect counted");
    const std::string written = JsonBackup::write(*db);
    const nlohmann::json tables = nlohmann::json::parse(written)["tables"];
    for (const auto& [table, count] : inspected.rows)
        require(tables[table].size() == static_cast<std::size_t>(count), "every row of the backup was restored");

    // A backup Keel wrote must restore, and reproduce itself exactly.
    const auto again = Database::openInMemory();
    RestoreSummary second;
    try {
        second = JsonBackup::restore(*again, written, /*merge=*/false);
    } catch (const std::exception& error) {
        std::fprintf(stderr, "fuzz: Keel's own backup does not restore: %s\n", error.what());
        require(false, "a backup Keel wrote restores");
    }
    require(JsonBackup::write(*again) == written, "a restored backup writes the same bytes");
}

void checkMerged(std::string_view text)
{
    const auto db = Database::openInMemory();
    RestoreSummary merged;
    if (!restoreInto(*db, text, /*merge=*/true, merged))
        return;
    require(merged.merged, "a merge says it merged");
    require(merged.mergeOutcome.setsAdded >= 0 && merged.mergeOutcome.walksAdded >= 0 && merged.checkInsAdded >= 0,
        "a merge adds a count of rows");
    // Merging the same backup again adds nothing.
    RestoreSummary twice;
    if (!restoreInto(*db, text, /*merge=*/true, twice))
        require(false, "a backup that merged once merges again");
    require(twice.mergeOutcome.setsAdded == 0 && twice.mergeOutcome.walksAdded == 0 && twice.checkInsAdded == 0,
        "a second merge of the same backup adds nothing");
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const std::string_view text = keel::fuzz::asText(data, size);
    RestoreSummary inspected;
    try {
        inspected = JsonBackup::inspect(text);
    } catch (const ExchangeError& error) {
        require(!error.reason().empty(), "a refused backup is told why");
        return 0;
    }
    checkRestored(text, inspected);
    checkMerged(text);
    return 0;
}
