// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Keel's write paths as the power-loss and I/O-fault tests drive them: each one prepares its
// starting files, runs the real core calls the CLI and the app make (confirming each write only
// after the call returned), and afterwards checks what is on disk against what was confirmed.

#include "core/catalog/catalog.h"

#include <filesystem>
#include <functional>
#include <stdexcept>
#include <string>
#include <vector>

namespace keel::reliability {

/// A broken promise found on disk.
class Failure : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

/// Called with one line after each write that returned: what must survive from now on.
using Confirm = std::function<void(const std::string&)>;

struct WritePath {
    std::string name;
    /// Builds the starting files in the empty folder `dir` (the disk behaving normally).
    std::function<void(const std::filesystem::path& dir)> prepare;
    /// The operation under test, on a copy of those files.
    std::function<void(const std::filesystem::path& dir, const Confirm& confirm)> run;
    /// Throws Failure unless the files are sound and hold everything `confirmed` (the disk behaving
    /// normally again). `finished`: run() returned. Returns how many writes are there that were
    /// never confirmed (the one in flight when the run stopped).
    std::function<int(const std::filesystem::path& dir, const std::vector<std::string>& confirmed, bool finished)>
        verify;
    /// Words a failed run's error message must mention one of, so the person knows what failed.
    std::vector<std::string> errorMentions;
};

/// Logging (sets, walks, check-ins with the plan refreshed around each, after the day's first open
/// with its check and backup), a manual backup, a restore, creating a new database, and importing
/// a small Strong CSV. `catalog` must outlive the paths.
std::vector<WritePath> writePaths(const core::Catalog& catalog);

/// The built-in catalog, as keel-cli loads it.
core::Catalog loadBuiltInCatalog();

} // namespace keel::reliability
