// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <filesystem>
#include <optional>
#include <string>

/// Compressed backup files: a zstd stream of the SQLite copy, preceded by a small skippable
/// frame that names the database the copy belongs to, so listing backups never has to
/// decompress them. The real identity inside the copy is what restoring checks.
namespace keel::core::backupfile {

/// zstd level for backups, measured in tests/bench/backup_bench.cpp on a ten-year logbook (8.9 MiB):
/// level 6 is where size stops improving much (1.33 MiB; 3 gives 1.55, 9 gives 1.30) while the
/// compression still costs about 1.5x a plain copy (9 costs 2.8x, 12 about 8x).
constexpr int kCompressionLevel = 6;

/// True for "….zst" names: the backup is compressed.
bool isCompressed(const std::filesystem::path& path);

/// Compresses `source` into `destination`, created readable by the owner only (0600) and flushed
/// to disk; `databaseId` goes into the label frame. Throws std::runtime_error naming the file.
void compress(const std::filesystem::path& source, const std::filesystem::path& destination,
    const std::string& databaseId, int level = kCompressionLevel);

/// Decompresses `source` into `destination` (created 0600, not flushed). Throws std::runtime_error
/// naming `source` when it is damaged, truncated or holds nothing.
void decompress(const std::filesystem::path& source, const std::filesystem::path& destination);

/// The database id in a compressed backup's label frame; nullopt when it has none or cannot be read.
std::optional<std::string> readLabel(const std::filesystem::path& path);

} // namespace keel::core::backupfile
