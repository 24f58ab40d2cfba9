// SPDX-License-Identifier: GPL-3.0-or-later
#include "demohistories.h"

#include "core/catalog/catalogloader.h"
#include "core/catalog/catalogpaths.h"
#include "core/demo/demohistory.h"
#include "core/store/database.h"

#include <SQLiteCpp/Database.h>
#include <chrono>
#include <cstdio>
#include <stdexcept>
#include <string>

#if !defined(KEEL_BENCH_CACHE_DIR) || !defined(KEEL_DEMO_LIBRARY) || !defined(KEEL_CORE_LIBRARY)
#error "demohistories.cpp needs KEEL_BENCH_CACHE_DIR, KEEL_DEMO_LIBRARY and KEEL_CORE_LIBRARY"
#endif

namespace keel::bench {

namespace {

namespace fs = std::filesystem;

constexpr std::uint64_t kSeed = 7;

/// Kept while it is newer than the code that wrote it.
bool current(const fs::path& kept)
{
    std::error_code error;
    if (!fs::exists(kept, error))
        return false;
    const auto written = fs::last_write_time(kept, error);
    for (const char* library : {KEEL_DEMO_LIBRARY, KEEL_CORE_LIBRARY}) {
        if (fs::exists(library, error) && fs::last_write_time(library, error) > written)
            return false;
    }
    return true;
}

void removeDatabase(const fs::path& path)
{
    std::error_code ignored;
    for (const char* suffix : {"", "-wal", "-shm"})
        fs::remove(path.string() + suffix, ignored);
}

void write(int years, const fs::path& kept)
{
    const fs::path folder = kept.parent_path() / ("writing-" + kept.stem().string());
    std::error_code ignored;
    fs::remove_all(folder, ignored);
    fs::create_directories(folder);
    const fs::path partial = folder / kept.filename();
    const core::CatalogLoadResult loaded
        = core::CatalogLoader::loadWithOverrides(core::builtInCatalogDir(), folder / "none");
    if (!loaded.ok())
        throw std::runtime_error("the shipped catalog does not load: " + loaded.errors.front().toString());
    std::fprintf(stderr, "bench: writing the %d-year demo history once, into %s\n", years, kept.c_str());
    const auto start = std::chrono::steady_clock::now();
    {
        auto db = core::Database::open(partial, kHistoryEnd);
        const core::DemoSummary summary
            = core::DemoHistory(*db, loaded.catalog)
                  .generate(core::DemoHistory::demoProfile(), kHistoryEnd, 52 * years, kSeed);
        db->sql().exec("PRAGMA wal_checkpoint(TRUNCATE)");
        std::fprintf(stderr, "bench: %d years: %d weeks, %d sets, %d walks, %d check-ins in %.1f s\n", years,
            summary.weeks, summary.sets, summary.walks, summary.checkIns,
            std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count());
    }
    removeDatabase(kept);
    fs::rename(partial, kept);
    fs::remove_all(folder, ignored);
}

} // namespace

fs::path keptDemoHistory(int years)
{
    const fs::path folder = fs::path(KEEL_BENCH_CACHE_DIR) / "histories";
    fs::create_directories(folder);
    const fs::path kept = folder
        / ("demo-" + std::to_string(years) + "y-" + kHistoryEnd.toString() + "-v"
            + std::to_string(core::Database::kSchemaVersion) + ".db");
    if (!current(kept))
        write(years, kept);
    return kept;
}

fs::path demoHistory(int years, const fs::path& copy)
{
    const fs::path kept = keptDemoHistory(years);
    removeDatabase(copy);
    fs::create_directories(copy.parent_path());
    fs::copy_file(kept, copy, fs::copy_options::overwrite_existing);
    return copy;
}

} // namespace keel::bench
