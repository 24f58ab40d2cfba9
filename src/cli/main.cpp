// SPDX-License-Identifier: GPL-3.0-or-later
// keel-cli: the scriptable face of keel_core. CLI11 reads the global options and finds the command
// and verb among the specs the command files give (so each has its own options and --help); every
// failure ends as one line on stderr and a non-zero exit: 2 for a mistake on the command line, 1
// when the command itself fails.
#include "cli/commands.h"
#include "core/catalog/catalogpaths.h"
#include "core/util/freetext.h"

#include <CLI/CLI.hpp>
#include <cstddef>
#include <exception>
#include <iostream>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

namespace {

using namespace keel::cli;

/// The command groups in the order `keel-cli --help` lists them.
std::vector<CommandSpec> commandSpecs()
{
    return {catalogCommand(), profileCommand(), planCommand(), logCommand(), historyCommand(), progressCommand(),
        backupCommand(), restoreCommand(), checkCommand(), exportCommand(), importCommand()};
}

/// The CLI11 subcommands made from the specs, and what each was given once parsed.
class CommandLine {
public:
    explicit CommandLine(const std::vector<CommandSpec>& specs)
        : m_app("Keel plans, logs and reviews back-friendly training; this is its command line.", "keel-cli")
    {
        m_app.add_option("--db", "the logbook to use (default: the one the desktop app uses)")
            ->type_name("PATH")
            ->multi_option_policy(CLI::MultiOptionPolicy::TakeLast);
        m_app.add_option("--today", "the date to take as today (for tests and scripts)")
            ->type_name("YYYY-MM-DD")
            ->multi_option_policy(CLI::MultiOptionPolicy::TakeLast);
        // The catalog's folder too, so a user (and the install test) sees which data is read.
        m_app.set_version_flag("--version",
            "keel-cli " KEEL_VERSION " (catalog: " + keel::core::builtInCatalogDir().string() + ")",
            "print the version and the catalog folder, then exit");
        m_app.require_subcommand(0, 1);
        for (const CommandSpec& spec : specs)
            add(m_app, spec);
    }

    CLI::App& app() { return m_app; }

    /// The value of a global option, if it was given.
    std::optional<std::string> global(const std::string& name) const
    {
        const CLI::Option* option = m_app.get_option(name);
        if (option->count() == 0)
            return std::nullopt;
        return option->results().back();
    }

    /// The command, then its verb, that the words chose; empty when they name none.
    std::vector<const CLI::App*> chosen() const
    {
        std::vector<const CLI::App*> chain;
        for (const CLI::App* app = &m_app; !app->get_subcommands().empty();) {
            app = app->get_subcommands().front();
            chain.push_back(app);
        }
        return chain;
    }

    const CommandSpec& spec(const CLI::App* app) const { return *m_verbs.at(app).spec; }

    /// What `app` was given, for its command to read; a verb takes no option of the command above it.
    Arguments arguments(const std::vector<const CLI::App*>& chain) const
    {
        const CLI::App* app = chain.back();
        for (std::size_t i = 0; i + 1 < chain.size(); ++i) {
            for (const OptionSpec& option : spec(chain[i]).options) {
                if (chain[i]->get_option("--" + std::string(option.name))->count() > 0)
                    throw UsageError(path(chain) + ": --" + std::string(option.name) + " is for "
                        + path({chain.begin(), chain.begin() + static_cast<std::ptrdiff_t>(i) + 1}) + " alone");
            }
        }
        std::map<std::string, std::string, std::less<>> values;
        std::set<std::string, std::less<>> flags;
        for (const OptionSpec& option : spec(app).options) {
            const std::string name(option.name);
            const CLI::Option* given = app->get_option("--" + name);
            if (given->count() == 0)
                continue;
            if (option.value.empty()) {
                // CLI11 takes `--flag=false` and the like; Keel's flags take no value at all.
                for (const std::string& result : given->results()) {
                    if (result != "true")
                        throw UsageError("--" + name + " takes no value (got \"--" + name + "=" + result + "\")");
                }
                flags.insert(name);
            } else {
                if (given->count() > 1)
                    throw UsageError("--" + name + " is given twice");
                values[name] = given->results().front();
            }
        }
        const CLI::Option* words = m_verbs.at(app).words;
        return Arguments(std::move(values), std::move(flags), words ? words->results() : std::vector<std::string>());
    }

    /// The one-line error for what CLI11 refused, naming the option or word and where help is.
    std::string describe(const CLI::ParseError& error) const
    {
        const std::vector<const CLI::App*> chain = chosen();
        if (dynamic_cast<const CLI::ExtrasError*>(&error)) {
            // The innermost command holding a word it did not take, and the first such word.
            std::vector<const CLI::App*> holder = chain;
            while (!holder.empty() && holder.back()->remaining(false).empty())
                holder.pop_back();
            const CLI::App* app = holder.empty() ? &m_app : holder.back();
            const std::vector<std::string> left = app->remaining(false);
            const std::string word = left.empty() ? std::string() : left.front();
            const std::string where = holder.empty() ? std::string() : path(holder) + ": ";
            const std::string option = word.substr(0, word.find('='));
            if (!holder.empty() && m_app.get_option_no_throw(option))
                return option + " goes before the command: keel-cli " + option + " ... " + path(holder) + " ...";
            if (word.starts_with("-"))
                return where + "unknown option " + option + hint(holder);
            if (holder.empty())
                return "unknown command \"" + word + "\"" + hint(holder);
            if (!spec(app).verbs.empty())
                return where + "unknown verb \"" + word + "\"; expected " + verbList(spec(app)) + hint(holder);
            return where + "unexpected \"" + word + "\"" + hint(holder);
        }
        if (dynamic_cast<const CLI::ArgumentMismatch*>(&error)) {
            // CLI11's message starts with the option's name: "--reps: 1 required N missing".
            const std::string message = error.what();
            const std::string option = message.substr(0, message.find_first_of(": "));
            return (chain.empty() ? std::string() : path(chain) + ": ") + option + " needs a value" + hint(chain);
        }
        return error.what();
    }

    /// A command chosen without one of its verbs, when it does nothing on its own.
    std::string missingVerb(const std::vector<const CLI::App*>& chain) const
    {
        return path(chain) + ": say which: " + verbList(spec(chain.back())) + hint(chain);
    }

private:
    struct Verb {
        const CommandSpec* spec = nullptr;
        CLI::Option* words = nullptr;
        std::vector<std::string> list; ///< Where CLI11 puts the words of a verb that takes many.
    };

    void add(CLI::App& parent, const CommandSpec& spec)
    {
        CLI::App* app = parent.add_subcommand(std::string(spec.name), std::string(spec.help));
        Verb& verb = m_verbs[app];
        verb.spec = &spec;
        for (const OptionSpec& option : spec.options) {
            const std::string name = "--" + std::string(option.name);
            CLI::Option* added = option.value.empty() ? app->add_flag(name) : app->add_option(name);
            added->description(std::string(option.help));
            added->multi_option_policy(CLI::MultiOptionPolicy::TakeAll);
            if (!option.value.empty())
                added->type_name(std::string(option.value));
        }
        if (!spec.words.name.empty()) {
            // Bound to a list, an option takes every word; unbound, one (and a second is unexpected).
            const std::string name(spec.words.name);
            const std::string help(spec.words.help);
            verb.words = spec.words.many ? app->add_option(name, verb.list, help) : app->add_option(name, help);
            verb.words->type_name("");
        }
        // At most one verb: a second verb's name after the first is one of its words (or a mistake).
        if (!spec.verbs.empty())
            app->require_subcommand(0, 1);
        for (const CommandSpec& child : spec.verbs)
            add(*app, child);
    }

    static std::string path(const std::vector<const CLI::App*>& chain)
    {
        std::string text;
        for (const CLI::App* app : chain)
            text += (text.empty() ? "" : " ") + app->get_name();
        return text;
    }

    static std::string hint(const std::vector<const CLI::App*>& chain)
    {
        return " (see keel-cli " + (chain.empty() ? std::string() : path(chain) + " ") + "--help)";
    }

    static std::string verbList(const CommandSpec& spec)
    {
        std::string text;
        for (std::size_t i = 0; i < spec.verbs.size(); ++i)
            text += (i == 0 ? "" : i + 1 == spec.verbs.size() ? " or " : ", ") + std::string(spec.verbs[i].name);
        return text;
    }

    CLI::App m_app;
    std::map<const CLI::App*, Verb> m_verbs;
};

} // namespace

int main(int argc, char** argv)
{
    const std::vector<CommandSpec> specs = commandSpecs();
    CommandLine line(specs);
    try {
        try {
            line.app().parse(argc, argv);
        } catch (const CLI::CallForHelp&) {
            std::cout << line.app().help();
            return 0;
        } catch (const CLI::CallForVersion& version) {
            std::cout << version.what() << '\n';
            return 0;
        } catch (const CLI::ParseError& error) {
            throw UsageError(line.describe(error));
        }
        Context context {defaultDatabasePath(), {}, systemToday(), std::cout, std::cerr};
        if (const auto path = line.global("--db")) {
            if (path->empty())
                throw UsageError("--db: the path is empty");
            context.databasePath = *path;
        }
        if (const auto today = line.global("--today")) {
            const auto date = keel::core::Date::parse(*today);
            if (!date)
                throw UsageError("--today: \"" + *today + "\" is not a valid date (YYYY-MM-DD)");
            context.today = *date;
        }
        context.dataDir = context.databasePath.parent_path();
        if (context.dataDir.empty())
            context.dataDir = ".";
        const std::vector<const CLI::App*> chain = line.chosen();
        if (chain.empty()) {
            std::cerr << line.app().help();
            return 2;
        }
        const CommandSpec& spec = line.spec(chain.back());
        if (!spec.run)
            throw UsageError(line.missingVerb(chain));
        return spec.run(context, line.arguments(chain));
    } catch (const UsageError& error) {
        // Messages quote what the user typed; never let that reach the terminal raw.
        std::cerr << "keel-cli: " << keel::core::printable(error.what()) << '\n';
        return 2;
    } catch (const std::exception& error) {
        std::cerr << "keel-cli: " << keel::core::printable(error.what()) << '\n';
        return 1;
    }
}
