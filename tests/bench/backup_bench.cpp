// SPDX-License-Identifier: GPL-3.0-or-later
// What backups cost on disk and in time (issue 14). The ten-year demo logbook (demohistories.h) is
// backed up as the full rotation set keeps it (7 daily + 4 weekly + 6 monthly = 17 files), compressed as Keel
// writes them, and the folder's size is compared with the database's (goal: within 3×; 17 plain
// copies were 17×). Then one compressed backup is timed against one plain copy (the old daily
// backup), interleaved round by round, and each zstd level is compared on size and time so the
// level in core/store/backupfile.h is a measured choice.
#include "core/catalog/catalogloader.h"
#include "core/catalog/catalogpaths.h"
#include "core/store/backupfile.h"
#include "core/store/backupmanager.h"
#include "core/store/database.h"

#include "benchtable.h"
#include "demohistories.h"

#include <SQLiteCpp/Database.h>
#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <string>
#include <unistd.h>
#include <vector>

namespace {

namespace core = keel::core;
namespace fs = std::filesystem;

constexpr int kRuns = 5;
constexpr int kRotationSet = 7 + 4 + 6;
const core::Date kToday = keel::bench::kHistoryEnd;

double mib(std::uintmax_t bytes)
{
    return static_cast<double>(bytes) / (1024.0 * 1024.0);
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
    auto db = core::Database::open(keel::bench::demoHistory(10, path), kToday);
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
    const keel::bench::Samples backup = keel::bench::interleave(
        kRuns, [&] { core::BackupManager::backupTo(*db, compressed); },
        [&] { core::BackupManager::backupTo(*db, plain); });

    // Each level on the same plain copy: the compression step alone, size and time, each round
    // next to a plain copy.
    struct Level {
        int level;
        std::uintmax_t bytes;
        keel::bench::Samples times;
    };
    std::vector<Level> levels;
    const fs::path levelOut = dir / "level.zst";
    const fs::path plainAgain = dir / "plain-again.db";
    for (int level : {1, 3, 4, 5, 6, 9, 12}) {
        keel::bench::Samples times = keel::bench::interleave(
            kRuns, [&] { core::backupfile::compress(plain, levelOut, "bench", level); },
            [&] { core::BackupManager::backupTo(*db, plainAgain); });
        levels.push_back({level, fs::file_size(levelOut), std::move(times)});
    }
    db.reset();
    std::error_code ignored;
    fs::remove_all(dir, ignored);

    using keel::bench::Goal;
    using keel::bench::quantile;
    const std::string name = "backup: 10 years";
    keel::bench::printRow(name, "17 backups (rotation) MiB", mib(rotationBytes), "MiB", mib(databaseBytes),
        "the database", Goal::ratioAtMost(3.0, "issue 14"));
    keel::bench::printRow(name, "compressed backup p50", quantile(backup.keel, 0.5), "ms",
        quantile(backup.baseline, 0.5), "a plain copy (old backup) p50");
    for (const Level& level : levels) {
        const std::string label = "zstd " + std::to_string(level.level)
            + (level.level == core::backupfile::kCompressionLevel ? " (used)" : "");
        keel::bench::printRow(
            name, label + " one backup MiB", mib(level.bytes), "MiB", mib(databaseBytes), "the database");
        keel::bench::printRow(name, label + " compress p50", quantile(level.times.keel, 0.5), "ms",
            quantile(level.times.baseline, 0.5), "a plain copy (old backup) p50");
    }
    return 0;
}
