// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/arguments.h"
#include "cli/context.h"

#include <string_view>
#include <vector>

namespace keel::cli {

/// One option as `--help` shows it: `--name VALUE  help`. A flag has no value.
struct OptionSpec {
    std::string_view name; ///< Without the dashes, as Arguments is asked for it.
    std::string_view value = {};
    std::string_view help = {};
};

/// The words a verb takes after its options, e.g. `catalog check FILE...`.
struct WordSpec {
    std::string_view name; ///< Empty when the verb takes none.
    std::string_view help = {};
    bool many = false;
};

/// A command or one of its verbs: what its `--help` says and what runs it. main() turns these into
/// CLI11 subcommands, so the command files describe their options without including CLI11.
struct CommandSpec {
    std::string_view name;
    std::string_view help;
    std::vector<OptionSpec> options = {};
    WordSpec words = {};
    /// Runs the command with what it was given; null for a group that only runs through its verbs.
    int (*run)(Context&, const Arguments&) = nullptr;
    std::vector<CommandSpec> verbs = {};
};

// Each command group describes itself; main() lists them in this order in `keel-cli --help`.
CommandSpec catalogCommand();
CommandSpec profileCommand();
CommandSpec planCommand();
CommandSpec logCommand();
CommandSpec historyCommand();
CommandSpec progressCommand();
CommandSpec backupCommand();
CommandSpec restoreCommand();
CommandSpec checkCommand();
CommandSpec exportCommand();
CommandSpec importCommand();

} // namespace keel::cli
