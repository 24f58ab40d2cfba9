// SPDX-License-Identifier: GPL-3.0-or-later
// Fuzz target: keel-cli's option parser (src/cli/arguments). The input is the words after a
// command's name, one per line. The parser is asked what `log set` and the other commands ask
// (values, whole numbers, decimals, flags, dates), each question on its own so that one refused
// option does not hide the rest. A UsageError is the expected answer to bad words; what must hold
// is that accepted numbers are inside their bounds and that every error prints without a raw
// control character or broken UTF-8 (keel-cli writes it to a terminal).
#include "cli/arguments.h"
#include "core/store/records.h"
#include "core/util/date.h"
#include "core/util/freetext.h"

#include "fuzzcheck.h"

#include <climits>
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
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

void askInteger(Arguments& args, std::string_view name, int min, int max)
{
    ask([&] {
        if (const auto value = args.integer(name, min, max))
            require(*value >= min && *value <= max, "an accepted whole number is inside its bounds");
    });
}

void askNumber(Arguments& args, std::string_view name, double min, double max)
{
    ask([&] {
        if (const auto value = args.number(name, min, max))
            require(
                std::isfinite(*value) && *value >= min && *value <= max, "an accepted decimal is inside its bounds");
    });
}

void askDate(Arguments& args, std::string_view name)
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
    try {
        Arguments args(words, {"json", "dry-run", "merge"});
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
        ask([&] { args.expectAllUsed(); });
    } catch (const UsageError& error) {
        checkPrintable(error);
    }
    return 0;
}
