// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <filesystem>
#include <optional>
#include <string>

/// Compressed backup files: a zstd stream of the SQLite copy, preceded by a small skippable
/// frame that names the database the copy belongs to, so listing backups never has to
/// decompress them. The real identity inside the copy is what restoring checks.
namespace keel::core::backupfile {

/// zstd level for backups: fast enough for the daily backup at start-up (see tests/bench/backup_bench.cpp).
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
