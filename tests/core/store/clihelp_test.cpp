// SPDX-License-Identifier: GPL-3.0-or-later
// keel-cli's help and its command-line mistakes, run as a user would: every command and verb has
// its own --help, and every mistake is one line naming the option or word and where help is.
#include "support/tempdir.h"

#include <catch2/catch.hpp>

using namespace keel;

namespace {

/// keel-cli with --db and a fixed --today in front of `args`.
test::CliResult cli(const test::TempDir& dir, std::vector<std::string> args)
{
    args.insert(args.begin(), {"--db", (dir / "keel.db").string(), "--today", "2026-03-02"});
    return test::runCli(args);
}

} // namespace

TEST_CASE("keel-cli --help lists every command, and a command's --help its verbs")
{
    test::TempDir dir;
    const auto general = cli(dir, {"--help"});
    INFO(general.out);
    CHECK(general.exitCode == 0);
    for (const char* command : {"catalog", "profile", "plan", "log", "history", "progress", "backup", "restore",
             "check", "export", "import", "--db", "--today", "--version"})
        CHECK_THAT(general.out, Catch::Contains(command));

    const auto log = cli(dir, {"log", "--help"});
    INFO(log.out);
    CHECK(log.exitCode == 0);
    for (const char* verb : {"set", "walk", "checkin"})
        CHECK_THAT(log.out, Catch::Contains(verb));
    CHECK_THAT(log.out, !Catch::Contains("backup") && !Catch::Contains("--reps"));
}

TEST_CASE("each verb's --help shows its own options only")
{
    test::TempDir dir;
    const auto set = cli(dir, {"log", "set", "--help"});
    INFO(set.out);
    CHECK(set.exitCode == 0);
    CHECK(set.err.empty());
    CHECK_THAT(set.out, Catch::Contains("keel-cli log set"));
    CHECK_THAT(set.out, Catch::Contains("--reps N") && Catch::Contains("--rpe R") && Catch::Contains("--exercise ID"));
    CHECK_THAT(set.out, !Catch::Contains("--minutes"));

    const auto walk = cli(dir, {"log", "walk", "--help"});
    INFO(walk.out);
    CHECK(walk.exitCode == 0);
    CHECK_THAT(walk.out, Catch::Contains("--minutes M") && Catch::Contains("--km D"));
    CHECK_THAT(walk.out, !Catch::Contains("--reps"));

    const auto ics = cli(dir, {"export", "ics", "--help"});
    CHECK_THAT(ics.out, Catch::Contains("--weeks") && Catch::Contains("--time"));
    CHECK_THAT(cli(dir, {"export", "csv", "--help"}).out, !Catch::Contains("--weeks"));
}

TEST_CASE("--help after a verb's options shows its help and runs nothing")
{
    test::TempDir dir;
    const auto help = cli(dir, {"log", "set", "--exercise", "goblet-squat", "--reps", "5", "--help"});
    CHECK(help.exitCode == 0);
    CHECK_THAT(help.out, Catch::Contains("--rpe R"));
    CHECK_FALSE(std::filesystem::exists(dir / "keel.db"));
}

TEST_CASE("command-line mistakes are one line naming the option or word, with the verb's help to see")
{
    test::TempDir dir;
    struct Case {
        std::vector<std::string> args;
        std::string err;
    };
    const std::vector<Case> cases = {
        {{"log", "set", "--exercise", "goblet-squat", "--reps", "abc"},
            "keel-cli: --reps: expected a whole number, got \"abc\"\n"},
        {{"log", "walk", "--minutes", "1441"}, "keel-cli: --minutes: 1441 is outside 1–1440\n"},
        {{"log", "set", "--exercise", "goblet-squat", "--colour", "red"},
            "keel-cli: log set: unknown option --colour (see keel-cli log set --help)\n"},
        {{"log", "set", "--exercise", "goblet-squat", "--minutes=20"},
            "keel-cli: log set: unknown option --minutes (see keel-cli log set --help)\n"},
        {{"log", "set", "--exercise", "goblet-squat", "--reps"},
            "keel-cli: log set: --reps needs a value (see keel-cli log set --help)\n"},
        {{"log", "set", "--exercise", "goblet-squat", "--reps", "5", "again"},
            "keel-cli: log set: unexpected \"again\" (see keel-cli log set --help)\n"},
        {{"log", "sett"},
            "keel-cli: log: unknown verb \"sett\"; expected set, walk or checkin (see keel-cli log --help)\n"},
        {{"log"}, "keel-cli: log: say which: set, walk or checkin (see keel-cli log --help)\n"},
        {{"backup", "--out", "copy.db", "list"}, "keel-cli: backup list: --out is for backup alone\n"},
        {{"export", "csv", "--weeks", "2"},
            "keel-cli: export csv: unknown option --weeks (see keel-cli export csv --help)\n"},
        {{"frobnicate"}, "keel-cli: unknown command \"frobnicate\" (see keel-cli --help)\n"},
        {{"--colour", "log"}, "keel-cli: unknown option --colour (see keel-cli --help)\n"},
        {{"history", "--today", "2026-03-01"},
            "keel-cli: --today goes before the command: keel-cli --today ... history ...\n"},
        {{"history", "--json=yes"}, "keel-cli: --json takes no value (got \"--json=yes\")\n"},
    };
    for (const Case& item : cases) {
        std::string shown;
        for (const std::string& arg : item.args)
            shown += arg + " ";
        INFO(shown);
        const auto result = cli(dir, item.args);
        CHECK(result.exitCode == 2);
        CHECK(result.out.empty());
        CHECK(result.err == item.err);
    }
    CHECK_FALSE(std::filesystem::exists(dir / "keel.db"));
}
