// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/startupoptions.h"

#include <QStringList>

#include <filesystem>

namespace keel::app {

/// Reads keel's command line.
class CommandLine {
public:
    /// The database the app and keel-cli use when no --db is given:
    /// QStandardPaths::AppDataLocation/keel.db, i.e. $XDG_DATA_HOME/keel/keel/keel.db on Linux.
    static std::filesystem::path defaultDatabasePath();

    /// True when the arguments ask only for --help or --version, which need no display.
    static bool onlyPrints(int argc, const char* const* argv);

    /// Parses `arguments` (argv[0] first). On --help, --version or a bad argument it prints and
    /// exits, as QCommandLineParser::process does.
    static StartupOptions parse(const QStringList& arguments);
};

} // namespace keel::app
