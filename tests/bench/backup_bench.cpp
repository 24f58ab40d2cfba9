// SPDX-License-Identifier: GPL-3.0-or-later
// What backups cost on disk and in time (issue 14). A ten-year demo logbook is backed up as the
// full rotation set keeps it (7 daily + 4 weekly + 6 monthly = 17 files), compressed as Keel
// writes them, and the folder's size is compared with the database's (goal: within 3×; 17 plain
// copies were 17×). Then one compressed backup is timed against one plain copy (the old daily
// backup), interleaved round by round, and each zstd level is compared on size and time so the
// level in core/store/backupfile.h is a measured choice.
#include "core/catalog/catalogloader.h"
#include "core/catalog/catalogpaths.h"
#include "core/demo/demohistory.h"
#include "core/store/backupfile.h"
#include "core/store/backupmanager.h"
#include "core/store/database.h"

#include "benchtable.h"

#include <SQLiteCpp/Database.h>
#include <algorithm>
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <functional>
#include <string>
#include <unistd.h>
#include <vector>

namespace {

namespace core = keel::core;
namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;

constexpr int kRuns = 5;
constexpr int kRotationSet = 7 + 4 + 6;
const core::Date kToday = core::Date::fromYmd(2026, 11, 18);

double mib(std::uintmax_t bytes)
{
    return static_cast<double>(bytes) / (1024.0 * 1024.0);
}

double millisecondsOf(const std::function<void()>& work)
{
    const auto start = Clock::now();
    work();
    return std::chrono::duration<double, std::milli>(Clock::now() - start).count();
}

std::uintmax_t folderBytes(const fs::path& folder)
{
    std::uintmax_t total = 0;
    for (const auto& entry : fs::directory_iterator(folder))
        total += entry.file_size();
    return total;
}

} // namespace

int main()
{
    const fs::path dir = fs::temp_directory_path() / ("keel-backup-bench-" + std::to_string(::getpid()));
    fs::create_directories(dir);
    const core::CatalogLoadResult loaded
        = core::CatalogLoader::loadWithOverrides(core::builtInCatalogDir(), dir / "none");
    if (!loaded.ok()) {
        std::fprintf(
            stderr, "backup_bench: the shipped catalog does not load: %s\n", loaded.errors.front().toString().c_str());
        return 1;
    }
    const fs::path path = dir / "keel.db";
    auto db = core::Database::open(path, kToday);
    core::DemoHistory(*db, loaded.catalog).generate(core::DemoHistory::demoProfile(), kToday, 52 * 10, 7);
    db->sql().exec("PRAGMA wal_checkpoint(TRUNCATE)");
    const std::uintmax_t databaseBytes = fs::file_size(path);

    // The rotation set, each file written the way the daily backup writes it.
    const fs::path backups = db->backupDir();
    fs::create_directories(backups);
    for (int i = 0; i < kRotationSet; ++i) {
        const std::string name = "keel-" + kToday.addDays(-i * 11).toString() + ".db.zst";
        core::BackupManager::backupTo(*db, backups / name);
    }
    const std::uintmax_t rotationBytes = folderBytes(backups);
    if (!core::BackupManager::checkBackup(backups / ("keel-" + kToday.toString() + ".db.zst")).ok) {
        std::fprintf(stderr, "backup_bench: a compressed backup does not check\n");
        return 1;
    }

    // One compressed backup against one plain copy, interleaved.
    const fs::path plain = dir / "plain.db";
    const fs::path compressed = dir / "compressed.db.zst";
    std::vector<double> plainTimes;
    std::vector<double> compressedTimes;
    for (int run = 0; run < kRuns; ++run) {
        plainTimes.push_back(millisecondsOf([&] { core::BackupManager::backupTo(*db, plain); }));
        compressedTimes.push_back(millisecondsOf([&] { core::BackupManager::backupTo(*db, compressed); }));
    }
    std::sort(plainTimes.begin(), plainTimes.end());
    std::sort(compressedTimes.begin(), compressedTimes.end());

    // Each level on the same plain copy: the compression step alone, size and time.
    struct Level {
        int level;
        std::uintmax_t bytes;
        double p50;
    };
    std::vector<Level> levels;
    const fs::path levelOut = dir / "level.zst";
    for (int level : {1, 3, 4, 5, 6, 9, 12}) {
        std::vector<double> times;
        for (int run = 0; run < kRuns; ++run)
            times.push_back(millisecondsOf([&] { core::backupfile::compress(plain, levelOut, "bench", level); }));
        std::sort(times.begin(), times.end());
        levels.push_back({level, fs::file_size(levelOut), keel::bench::quantile(times, 0.5)});
    }
    db.reset();
    std::error_code ignored;
    fs::remove_all(dir, ignored);

    const std::string name = "backup: 10 years";
    keel::bench::printRow(
        name, "17 backups (rotation) MiB", mib(rotationBytes), "MiB", mib(databaseBytes), "the database", "<= 3x");
    keel::bench::printRow(name, "compressed backup p50", keel::bench::quantile(compressedTimes, 0.5), "ms",
        keel::bench::quantile(plainTimes, 0.5), "a plain copy (old backup) p50", "");
    for (const Level& level : levels) {
        const std::string label = "zstd " + std::to_string(level.level)
            + (level.level == core::backupfile::kCompressionLevel ? " (used)" : "");
        keel::bench::printRow(
            name, label + " one backup MiB", mib(level.bytes), "MiB", mib(databaseBytes), "the database", "");
        keel::bench::printRow(name, label + " compress p50", level.p50, "ms", keel::bench::quantile(plainTimes, 0.5),
            "a plain copy (old backup) p50", "");
    }
    return 0;
}
