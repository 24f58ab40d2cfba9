// SPDX-License-Identifier: GPL-3.0-or-later
// `check` reads the file without opening it for writing, so it also works on a damaged file
// and lists every problem instead of stopping at the first.
#include "cli/clitext.h"
#include "cli/commands.h"
#include "core/store/database.h"

#include <ostream>

namespace keel::cli {

namespace {

int checkDatabase(Context& context, const Arguments&)
{
    const core::IntegrityReport report = core::Database::checkFile(context.databasePath);
    if (report.ok) {
        // Recorded, so the day's other commands need not check again (and a suspicion is lifted).
        // A file that cannot be written (read-only media) is still reported as ok.
        try {
            core::Database::connect(context.databasePath)->recordCheckPassed(context.today);
        } catch (const std::exception&) { }
        context.out << "ok\n";
        return 0;
    }
    for (const std::string& problem : report.problems)
        context.out << problem << '\n';
    context.err << "keel-cli: check: " << plural(report.problems.size(), "problem") << " in "
                << context.databasePath.string() << '\n';
    return 1;
}

} // namespace

CommandSpec checkCommand()
{
    return {
        .name = "check", .help = "Check the database file's integrity and list every problem", .run = checkDatabase};
}

} // namespace keel::cli
