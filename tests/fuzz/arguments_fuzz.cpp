// SPDX-License-Identifier: GPL-3.0-or-later
// Fuzz target: how keel-cli reads option values (src/cli/arguments). CLI11 splits keel-cli's words
// into options; here the input is the words after a verb, one per line, paired the simple way: a
// word starting with "--" names an option and the next word is its value (json, dry-run and merge
// are flags; `--name=value` works too). The values are asked for as `log set` and the other
// commands ask (whole numbers, decimals, flags, dates), each question on its own so that one
// refused option does not hide the rest. A UsageError is the expected answer to bad values; what
// must hold is that accepted numbers are inside their bounds and that every error prints without a
// raw control character or broken UTF-8 (keel-cli writes it to a terminal).
#include "cli/arguments.h"
#include "core/model/logentries.h"
#include "core/util/date.h"
#include "core/util/freetext.h"

#include "fuzzcheck.h"

#include <climits>
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <map>
#include <set>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace {

using keel::cli::Arguments;
using keel::cli::UsageError;
using keel::core::LogLimits;
using keel::fuzz::require;

std::vector<std::string> splitLines(std::string_view text)
{
    std::vector<std::string> words;
    while (true) {
        const std::size_t end = text.find('\n');
        words.emplace_back(text.substr(0, end));
        if (end == std::string_view::npos)
            return words;
        text.remove_prefix(end + 1);
    }
}

/// The words as options (last one wins), flags and positional words.
Arguments pair(const std::vector<std::string>& words)
{
    const std::set<std::string, std::less<>> flagNames = {"json", "dry-run", "merge"};
    std::map<std::string, std::string, std::less<>> values;
    std::set<std::string, std::less<>> flags;
    std::vector<std::string> positional;
    for (std::size_t i = 0; i < words.size(); ++i) {
        if (!words[i].starts_with("--")) {
            positional.push_back(words[i]);
            continue;
        }
        const std::string name = words[i].substr(2);
        if (const auto eq = name.find('='); eq != std::string::npos)
            values[name.substr(0, eq)] = name.substr(eq + 1);
        else if (flagNames.contains(name))
            flags.insert(name);
        else if (i + 1 < words.size())
            values[name] = words[++i];
    }
    return Arguments(std::move(values), std::move(flags), std::move(positional));
}

void checkPrintable(const UsageError& error)
{
    const std::string shown = keel::core::printable(error.what());
    require(!keel::core::freeTextProblem(shown, /*multiline=*/false), "an error message prints as clean UTF-8");
    for (const char c : shown)
        require(static_cast<unsigned char>(c) >= 0x20 && c != 0x7f, "an error message holds no control byte");
}

/// Runs one question; a UsageError is a fine answer as long as it prints cleanly.
template<typename Ask> void ask(Ask question)
{
    try {
        question();
    } catch (const UsageError& error) {
        checkPrintable(error);
    }
}

void askInteger(const Arguments& args, std::string_view name, int min, int max)
{
    ask([&] {
        if (const auto value = args.integer(name, min, max))
            require(*value >= min && *value <= max, "an accepted whole number is inside its bounds");
    });
}

void askNumber(const Arguments& args, std::string_view name, double min, double max)
{
    ask([&] {
        if (const auto value = args.number(name, min, max))
            require(
                std::isfinite(*value) && *value >= min && *value <= max, "an accepted decimal is inside its bounds");
    });
}

void askDate(const Arguments& args, std::string_view name)
{
    ask([&] {
        const auto text = args.value(name);
        if (!text)
            return;
        // What keel-cli's date options do with the value; an accepted date must print back as given.
        if (const auto date = keel::core::Date::parse(*text))
            require(date->toString() == *text, "an accepted date prints back as it was written");
    });
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const std::vector<std::string> words = splitLines(keel::fuzz::asText(data, size));
    const Arguments args = pair(words);
    require(args.positional().size() <= words.size(), "no more positional words than words");
    askInteger(args, "reps", 0, LogLimits::kMaxReps);
    askNumber(args, "load", 0.0, LogLimits::kMaxLoadKg);
    askInteger(args, "seconds", 0, LogLimits::kMaxSeconds);
    askNumber(args, "meters", 0.0, LogLimits::kMaxMeters);
    askInteger(args, "rpe", LogLimits::kMinRpe, LogLimits::kMaxRpe);
    askInteger(args, "pain", 0, LogLimits::kMaxPain);
    askInteger(args, "minutes", LogLimits::kMinWalkMinutes, LogLimits::kMaxWalkMinutes);
    askNumber(args, "km", 0.0, LogLimits::kMaxWalkMeters / 1000.0);
    askInteger(args, "seed", 0, INT_MAX);
    askInteger(args, "weeks", 1, 52);
    askDate(args, "date");
    askDate(args, "week");
    askDate(args, "from");
    ask([&] { args.value("note"); });
    ask([&] { args.value("exercise"); });
    ask([&] { args.flag("json"); });
    ask([&] { args.flag("dry-run"); });
    return 0;
}
