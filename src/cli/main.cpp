// SPDX-License-Identifier: GPL-3.0-or-later
// keel-cli: the scriptable face of keel_core. Parses global options, then hands the rest
// to one command group; every failure ends as one line on stderr and a non-zero exit.
#include "cli/commands.h"
#include "core/catalog/catalogpaths.h"
#include "core/util/freetext.h"

#include <algorithm>
#include <array>
#include <exception>
#include <iostream>
#include <string>
#include <utility>
#include <vector>

namespace {

using namespace keel::cli;

struct Command {
    std::string_view name;
    int (*run)(Context&, Arguments&);
    std::string_view usage;
    std::string_view notes = {}; ///< Printed under the usage by `keel-cli COMMAND --help`.
};

constexpr std::array<Command, 11> kCommands = {{
    {"catalog", runCatalog, "catalog list [--pattern P] [--json] | catalog show ID [--json] | catalog check FILE..."},
    {"profile", runProfile,
        "profile set [--experience E] [--strength-days N] [--days mon,wed,fri] [--equipment a,b] [--minutes N] "
        "[--walk-baseline MIN] [--units kg|lb] [--week-start DAY] [--recovery-every N] [--rest-seconds S] "
        "[--heaviest-dumbbell W] [--dumbbell-step W] [--heaviest-kettlebell W] [--kettlebell-step W] "
        "[--heaviest-bar W] [--bar-step W] | profile show [--json]"},
    {"plan", runPlan,
        "plan generate [--week D] [--weeks N] [--seed S] | plan show [--week D] [--json] | plan day [--date D]"},
    {"log", runLog,
        "log set --exercise ID [--reps N] [--load KG] [--seconds S] [--meters M] [--rpe R] [--pain P] [--date D] "
        "[--note T] | log walk --minutes M [--km D] [--pain P] [--date D] [--note T] | log checkin --pain P [--date "
        "D]",
        "    --rpe R   how hard the set felt (rate of perceived exertion), 1 to 10: 10 = nothing left, 8 = about two\n"
        "              more reps in reserve, 6 = four or more. Loads and reps go up only when every set is RPE 8 or\n"
        "              easier; leave it out and the set counts as fine.\n"
        "    --pain P  pain during the set, 0 to 10: up to 3 is fine, 4-5 holds progress, above 5 steps back.\n"},
    {"history", runHistory, "history [--from D] [--to D] [--json] | history --records [--json]"},
    {"progress", runProgress, "progress [--exercise ID | --pattern P] [--range 4w|3m|1y|all] [--json]"},
    {"backup", runBackup, "backup [--out FILE] | backup list [--json]"},
    {"restore", runRestore, "restore BACKUP"},
    {"check", runCheck, "check"},
    {"export", runExport, "export csv|json|ics [--out FILE] [--weeks N] [--time HH:MM]"},
    {"import", runImport,
        "import [--format strong|hevy|fitnotes|gpx|json] [--units kg|lb] [--dates dmy|mdy] [--map NAME=ID] "
        "[--dry-run] [--merge] [--json] FILE | import --map NAME=ID"},
}};

/// The usage of every command, or of the one named `only` when it is one.
void printUsage(std::ostream& out, std::string_view only = {})
{
    out << "usage: keel-cli [--db PATH] [--today YYYY-MM-DD] COMMAND ...   (or keel-cli --version)\n";
    const bool known = std::any_of(
        kCommands.begin(), kCommands.end(), [only](const Command& command) { return command.name == only; });
    for (const Command& command : kCommands) {
        if (!known || command.name == only)
            out << "  " << command.usage << '\n';
        if (known && command.name == only)
            out << command.notes;
    }
}

} // namespace

int main(int argc, char** argv)
{
    std::vector<std::string> words(argv + 1, argv + argc);
    if (words.size() == 1 && words.front() == "--version") {
        // The catalog's folder too, so a user (and the install test) sees which data is read.
        std::cout << "keel-cli " KEEL_VERSION " (catalog: " << keel::core::builtInCatalogDir().string() << ")\n";
        return 0;
    }
    try {
        // Global options may come anywhere; pull them out before the command sees the rest.
        Context context {defaultDatabasePath(), {}, systemToday(), std::cout, std::cerr};
        std::vector<std::string> rest;
        for (std::size_t i = 0; i < words.size(); ++i) {
            const std::string& word = words[i];
            // Help is a word of its own only where a command's name goes, or right after it:
            // anywhere else it is an option's value (`--note -h`) or a mistake.
            if ((word == "--help" || word == "-h") && rest.size() <= 1) {
                printUsage(std::cout, rest.empty() ? std::string_view() : std::string_view(rest.front()));
                return 0;
            }
            if (word == "--db" || word == "--today") {
                if (i + 1 >= words.size())
                    throw UsageError("option " + word + " needs a value");
                const std::string& value = words[++i];
                if (word == "--db") {
                    if (value.empty())
                        throw UsageError("--db: the path is empty");
                    context.databasePath = value;
                } else {
                    const auto date = keel::core::Date::parse(value);
                    if (!date)
                        throw UsageError("--today: \"" + value + "\" is not a valid date (YYYY-MM-DD)");
                    context.today = *date;
                }
                continue;
            }
            rest.push_back(word);
        }
        context.dataDir = context.databasePath.parent_path();
        if (context.dataDir.empty())
            context.dataDir = ".";
        if (rest.empty()) {
            printUsage(std::cerr);
            return 2;
        }
        for (const Command& command : kCommands) {
            if (command.name == rest.front()) {
                Arguments args(
                    std::vector<std::string>(rest.begin() + 1, rest.end()), {"json", "dry-run", "merge", "records"});
                return command.run(context, args);
            }
        }
        throw UsageError("unknown command \"" + rest.front() + "\" (try --help)");
    } catch (const UsageError& error) {
        // Messages quote what the user typed; never let that reach the terminal raw.
        std::cerr << "keel-cli: " << keel::core::printable(error.what()) << '\n';
        return 2;
    } catch (const std::exception& error) {
        std::cerr << "keel-cli: " << keel::core::printable(error.what()) << '\n';
        return 1;
    }
}
