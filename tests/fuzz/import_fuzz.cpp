// SPDX-License-Identifier: GPL-3.0-or-later
// Fuzz target: one importer (KEEL_FUZZ_FORMAT: Strong, Hevy, FitNotes or Gpx) reading arbitrary
// bytes as that format, then the preview `keel-cli import --dry-run` shows, with the shipped
// catalog matching names. Nothing is written. ExchangeError is the expected answer to a broken
// file; anything else escaping, a crash, or a preview that contradicts the rows is a finding.
#include "core/catalog/catalogloader.h"
#include "core/exchange/exchangeerror.h"
#include "core/exchange/exercisematcher.h"
#include "core/exchange/importer.h"

#include "fuzzcheck.h"

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

namespace {

using namespace keel::core;
using keel::fuzz::require;

constexpr ImportFormat kFormat = ImportFormat::KEEL_FUZZ_FORMAT;

const ExerciseMatcher& matcher()
{
    static const Catalog catalog = [] {
        CatalogLoadResult loaded = CatalogLoader::loadWithOverrides(KEEL_FUZZ_CATALOG_DIR, {});
        require(loaded.ok() && !loaded.catalog.empty(), "the shipped catalog loads (" KEEL_FUZZ_CATALOG_DIR ")");
        return std::move(loaded.catalog);
    }();
    static const ExerciseMatcher instance(catalog, {});
    return instance;
}

void checkPlan(const SourceFile& file, const ImportPlan& plan)
{
    const ImportPreview& preview = plan.preview;
    require(preview.format == kFormat && file.format == kFormat, "the preview names the format read");
    require(preview.sets >= 0 && static_cast<std::size_t>(preview.sets) == plan.batch.sets.size(),
        "the preview counts the sets the batch holds");
    require(preview.walks >= 0 && static_cast<std::size_t>(preview.walks) == plan.batch.walks.size(),
        "the preview counts the walks the batch holds");
    require(plan.batch.sets.size() + plan.batch.walks.size() + preview.skipped.size() - file.skipped.size()
            == file.sets.size() + file.walks.size(),
        "every row read is either in the batch or skipped with a reason");
    require(preview.warmUpSets >= 0 && preview.warmUpSets <= preview.sets, "warm-up sets are some of the sets");
    require(preview.first.has_value() == (preview.sets + preview.walks > 0), "a date range exactly when rows remain");
    if (preview.first)
        require(*preview.first <= *preview.last, "the date range runs forwards");
    require(std::is_sorted(preview.skipped.begin(), preview.skipped.end(),
                [](const SkippedRow& a, const SkippedRow& b) { return a.line < b.line; }),
        "skipped rows are listed by line");
    for (const SkippedRow& row : preview.skipped)
        require(!row.reason.empty(), "a skipped row says why");
    for (const UnmatchedName& name : preview.unmatched)
        require(name.sets > 0 && name.importedId.starts_with("imported:"), "an unmatched name is kept as imported:");
}

void readAndPlan(std::string_view text, const ReadOptions& options)
{
    try {
        const SourceFile file = Importer::read(text, kFormat, options);
        checkPlan(file, Importer::plan(file, matcher()));
    } catch (const ExchangeError& error) {
        require(!error.reason().empty(), "an import error says what is wrong");
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const std::string_view text = keel::fuzz::asText(data, size);
    try {
        Importer::detect(text);
    } catch (const ExchangeError& error) {
        require(!error.reason().empty(), "a refused file is told why");
    }
    readAndPlan(text, {});
    // The readers that cannot tell units or date order from every file take them as options.
    if (kFormat == ImportFormat::Strong || kFormat == ImportFormat::FitNotes)
        readAndPlan(text, {Units::Lb, DateOrder::MonthFirst});
    return 0;
}
