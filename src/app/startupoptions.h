// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/util/date.h"

#include <QString>

#include <filesystem>
#include <optional>

namespace keel::app {

/// What the command line asked for.
struct StartupOptions {
    std::filesystem::path databasePath; ///< --db, else the default in AppDataLocation.
    std::optional<core::Date> today; ///< --today (tests, screenshots); else the system date.
    QString screenshotDir; ///< --screenshot-dir: grab every pane into PNGs and quit.
    bool darkPalette = false; ///< --palette dark.
    bool startupProbe = false; ///< --startup-probe: print time and memory at the first paint, then quit.
};

} // namespace keel::app
