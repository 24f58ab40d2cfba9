// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/clistore.h"
#include "cli/commands.h"
#include "core/store/backupmanager.h"

#include <ostream>

namespace keel::cli {

namespace {

/// keel-YYYY-MM-DD-manual.db in the backup folder, numbered when one exists already that day.
std::filesystem::path defaultBackupPath(const std::filesystem::path& dir, core::Date today)
{
    const std::string stem = "keel-" + today.toString() + "-manual";
    std::filesystem::path candidate = dir / (stem + ".db");
    for (int n = 2; std::filesystem::exists(candidate); ++n)
        candidate = dir / (stem + "-" + std::to_string(n) + ".db");
    return candidate;
}

} // namespace

int runBackup(Context& context, Arguments& args)
{
    const auto out = args.value("out");
    args.expectAllUsed();
    if (!args.positional().empty())
        throw UsageError("backup: unexpected \"" + args.positional().front() + "\" (use --out FILE)");
    if (out && out->empty())
        throw UsageError("--out: the path is empty");

    return withDatabase(context, [&](core::Database& db) {
        std::filesystem::path destination;
        if (out) {
            destination = *out;
        } else {
            std::filesystem::create_directories(db.backupDir());
            destination = defaultBackupPath(db.backupDir(), context.today);
        }
        core::BackupManager::backupTo(db, destination);
        context.out << destination.string() << '\n';
        return 0;
    });
}

} // namespace keel::cli
