// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/util/date.h"

#include <filesystem>
#include <iosfwd>

namespace keel::cli {

/// What every command needs: where the database is, what day it is, where to write.
struct Context {
    std::filesystem::path databasePath;
    std::filesystem::path dataDir; ///< The database's folder; holds catalog.d/ and backups/.
    core::Date today;
    std::ostream& out;
    std::ostream& err;
};

/// The file the desktop app uses: $XDG_DATA_HOME/keel/keel/keel.db (or ~/.local/share/…),
/// matching QStandardPaths::AppDataLocation with organisation and application "keel".
std::filesystem::path defaultDatabasePath();

/// Today's date from the system clock (local time). Only the CLI and app layers call this.
core::Date systemToday();

} // namespace keel::cli
