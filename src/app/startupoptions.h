// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/util/date.h"

#include <QString>

#include <filesystem>
#include <optional>
#include <string>

namespace keel::app {

/// What the command line asked for.
struct StartupOptions {
    std::filesystem::path databasePath; ///< --db, else the default in AppDataLocation.
    std::optional<core::Date> today; ///< --today (tests, screenshots); else the system date.
    QString screenshotDir; ///< --screenshot-dir: grab every pane into PNGs and quit.
    bool darkPalette = false; ///< --palette dark.
    bool startupProbe = false; ///< --startup-probe: print time and memory at the first paint, then quit.
    /// The language the interface speaks (what gui::Translations::install reported); the
    /// catalog's exercise texts are shown in it where a translation exists.
    std::string language = "en";
};

} // namespace keel::app
