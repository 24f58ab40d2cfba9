// SPDX-License-Identifier: GPL-3.0-or-later
// `backup`, `backup list` and `restore`: copies of the logbook, which ones belong to this
// database, and putting one back.
#include "cli/clistore.h"
#include "cli/clitext.h"
#include "cli/commands.h"
#include "core/store/backupmanager.h"

#include <cerrno>
#include <csignal>
#include <fstream>
#include <nlohmann/json.hpp>
#include <ostream>
#include <unistd.h>

namespace keel::cli {

namespace {

/// <stem>-YYYY-MM-DD-manual.db.zst in the backup folder, numbered when one exists already that day.
std::filesystem::path defaultBackupPath(const std::filesystem::path& databasePath, core::Date today)
{
    const std::filesystem::path dir = core::Database::backupDirFor(databasePath);
    const std::string stem = core::BackupManager::backupStem(databasePath) + "-" + today.toString() + "-manual";
    std::filesystem::path candidate = dir / (stem + ".db.zst");
    for (int n = 2; std::filesystem::exists(candidate); ++n)
        candidate = dir / (stem + "-" + std::to_string(n) + ".db.zst");
    return candidate;
}

/// How a listed backup relates to the database: the same identity, another one, or unknown.
std::string belonging(const core::BackupInfo& info, const std::optional<std::string>& id)
{
    if (!info.databaseId)
        return "unknown";
    if (!id)
        return "unchecked";
    return *info.databaseId == *id ? "this database" : "another database";
}

int listBackups(Context& context, const Arguments& args)
{
    const bool asJson = args.flag("json");
    const auto id = core::Database::readDatabaseId(context.databasePath);
    const auto backups = core::BackupManager::listFor(context.databasePath);
    if (asJson) {
        nlohmann::json list = nlohmann::json::array();
        for (const core::BackupInfo& info : backups) {
            list.push_back({{"path", info.path.string()}, {"date", info.date.toString()},
                {"kind", info.daily ? "daily" : "other"}, {"belongs", belonging(info, id)}});
        }
        context.out << nlohmann::json {{"database", context.databasePath.string()}, {"backups", list}}.dump(2) << '\n';
        return 0;
    }
    if (backups.empty()) {
        context.out << "no backups of " << context.databasePath.string() << " in "
                    << core::Database::backupDirFor(context.databasePath).string() << '\n';
        return 0;
    }
    for (const core::BackupInfo& info : backups) {
        context.out << info.date.toString() << "  " << (info.daily ? "daily" : "other") << "  " << belonging(info, id)
                    << "  " << info.path.string() << '\n';
    }
    return 0;
}

/// The running desktop app holds "<db>.lock" (a QLockFile: its first line is the pid).
std::optional<long> runningAppPid(const std::filesystem::path& databasePath)
{
    std::ifstream lock(databasePath.string() + ".lock");
    long pid = 0;
    if (!(lock >> pid) || pid <= 0)
        return std::nullopt;
    if (::kill(static_cast<pid_t>(pid), 0) != 0 && errno == ESRCH)
        return std::nullopt;
    return pid;
}

int backUp(Context& context, const Arguments& args)
{
    const auto out = args.value("out");
    if (out && out->empty())
        throw UsageError("--out: the path is empty");

    // A copy to elsewhere only reads the logbook; the default place is beside it, so that writes.
    const auto open = out ? withReadableDatabase : withDatabase;
    return open(context, [&](core::Database& db) {
        std::filesystem::path destination;
        if (out) {
            destination = *out;
        } else {
            std::filesystem::create_directories(db.backupDir());
            destination = defaultBackupPath(db.path(), context.today);
        }
        core::BackupManager::backupTo(db, destination);
        context.out << destination.string() << '\n';
        return 0;
    });
}

int restoreLogbook(Context& context, const Arguments& args)
{
    if (args.positional().empty())
        throw UsageError("restore: name one backup file (see keel-cli backup list)");
    const std::filesystem::path backup = args.positional().front();
    std::error_code error;
    if (!std::filesystem::is_regular_file(backup, error))
        throw UsageError("restore: " + backup.string() + " is not a file");
    if (const auto pid = runningAppPid(context.databasePath))
        throw UsageError("restore: Keel (process " + std::to_string(*pid) + ") has " + context.databasePath.string()
            + " open; close it first");
    try {
        // Counted before the swap, while the current file is still there to read.
        const auto loss = core::BackupManager::lossOnRestore(backup, context.databasePath);
        const auto kept = core::BackupManager::restore(backup, context.databasePath);
        context.out << "restored " << context.databasePath.string() << " from " << backup.string() << '\n';
        if (loss) {
            context.out << "not in the backup, so no longer in the logbook: "
                        << plural(static_cast<std::size_t>(loss->sets), "set") << ", "
                        << plural(static_cast<std::size_t>(loss->walks), "walk") << ", "
                        << plural(static_cast<std::size_t>(loss->checkIns), "check-in") << '\n';
        }
        if (kept)
            context.out << "the replaced file is kept as " << kept->string() << '\n';
        return 0;
    } catch (const core::StoreError& failure) {
        return reportStoreError(context, failure);
    }
}

} // namespace

CommandSpec backupCommand()
{
    return {.name = "backup",
        .help = "Copy the logbook, by default into the backup folder beside it",
        .options = {{"out", "FILE", "write the copy here instead"}},
        .run = backUp,
        .verbs = {{.name = "list",
            .help = "List the backups and whether each belongs to this database",
            .options = {{"json", {}, "print JSON instead of text"}},
            .run = listBackups}}};
}

CommandSpec restoreCommand()
{
    return {.name = "restore",
        .help = "Put a backup back in place of the logbook",
        .words = {"BACKUP", "the backup file (keel-cli backup list shows them)"},
        .run = restoreLogbook};
}

} // namespace keel::cli
