// SPDX-License-Identifier: GPL-3.0-or-later
// What a keel-cli command pays to open the logbook safely, as history grows: `log set` as a whole
// process on a logbook of 1, 10 and 30 years (tests/bench/demohistories.h), next to `rawinsert` (a
// process that opens the same file with the same pragmas, rawstore.h, and inserts one row) in the
// same run, interleaved. No goal is set for these figures. Two cases:
//   - later in the day: the day's full check is recorded, so the open relies on it;
//   - first of the day: the full integrity check and the daily backup run before the write.
// CPU time (user + system of the child) is reported; it is what the check costs and is steadier
// than wall time on a shared machine.
#include "core/catalog/catalogloader.h"
#include "core/catalog/catalogpaths.h"
#include "core/store/database.h"

#include "benchtable.h"
#include "demohistories.h"
#include "rawstore.h"

#include <algorithm>
#include <cstdio>
#include <fcntl.h>
#include <filesystem>
#include <stdexcept>
#include <string>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>
#include <vector>

#if !defined(KEEL_CLI_PATH) || !defined(KEEL_RAWINSERT_PATH)
#error "cli_bench needs KEEL_CLI_PATH and KEEL_RAWINSERT_PATH"
#endif

namespace {

using namespace keel;
namespace fs = std::filesystem;

constexpr int kRuns = 15;

/// CPU milliseconds (user + system) of one run of `argv`, its output discarded.
double cpuMilliseconds(const std::vector<std::string>& argv)
{
    std::fflush(stdout); // Or the child would inherit, and print again, what is still buffered.
    const pid_t child = ::fork();
    if (child < 0)
        throw std::runtime_error("fork failed");
    if (child == 0) {
        const int quiet = ::open("/dev/null", O_WRONLY);
        ::dup2(quiet, STDOUT_FILENO);
        std::vector<char*> args;
        for (const std::string& arg : argv)
            args.push_back(const_cast<char*>(arg.c_str()));
        args.push_back(nullptr);
        ::execv(args[0], args.data());
        ::_exit(127);
    }
    int status = 0;
    rusage usage {};
    if (::wait4(child, &status, 0, &usage) != child || !WIFEXITED(status) || WEXITSTATUS(status) != 0)
        throw std::runtime_error("a run of " + argv.front() + " failed");
    auto ms = [](const timeval& t) {
        return static_cast<double>(t.tv_sec) * 1000.0 + static_cast<double>(t.tv_usec) / 1000.0;
    };
    return ms(usage.ru_utime) + ms(usage.ru_stime);
}

} // namespace

int main()
{
    const fs::path dir = fs::temp_directory_path() / ("keel-cli-bench-" + std::to_string(::getpid()));
    fs::create_directories(dir);
    const auto loaded = core::CatalogLoader::loadWithOverrides(core::builtInCatalogDir(), dir / "none");
    if (!loaded.ok()) {
        std::fprintf(stderr, "cli_bench: the shipped catalog does not load\n");
        return 1;
    }
    using keel::bench::median;
    std::vector<std::pair<int, double>> laterByYears;
    std::vector<std::pair<int, double>> firstByYears;
    try {
        for (const int years : keel::bench::kHistoryYears) {
            const fs::path db = keel::bench::demoHistory(years, dir / ("keel-" + std::to_string(years) + "y.db"));
            const core::Date end = keel::bench::kHistoryEnd;
            {
                // rawinsert opens the file through openRaw: the same pragmas as the store's, checked here.
                auto keelDb = core::Database::open(db, end);
                keel::bench::requireSameSetup(keelDb->sql(), *keel::bench::openRaw(db));
            }
            const std::string label = "cli: log set, " + std::to_string(years) + " y";
            const std::string cli = KEEL_CLI_PATH;
            auto logSet = [&](core::Date today) {
                return cpuMilliseconds({cli, "--db", db.string(), "--today", today.toString(), "log", "set",
                    "--exercise", "goblet-squat", "--reps", "5"});
            };
            const auto raw = [&] { return cpuMilliseconds({KEEL_RAWINSERT_PATH, db.string()}); };
            core::Date day = end.addDays(1);
            logSet(day); // Records the day's check.
            const keel::bench::Samples later = keel::bench::interleaveMeasured(
                kRuns, [&] { return logSet(day); }, raw);
            const keel::bench::Samples first = keel::bench::interleaveMeasured(
                kRuns,
                [&] {
                    day = day.addDays(1);
                    return logSet(day);
                },
                raw);
            laterByYears.emplace_back(years, median(later.keel));
            firstByYears.emplace_back(years, median(first.keel));
            keel::bench::printRow(label, "later that day, CPU p50", median(later.keel), "ms", median(later.baseline),
                "raw insert process CPU p50");
            keel::bench::printRow(label, "first of the day, CPU p50", median(first.keel), "ms", median(first.baseline),
                "raw insert process CPU p50");
        }
    } catch (const std::exception& error) {
        std::fprintf(stderr, "cli_bench: %s\n", error.what());
        fs::remove_all(dir);
        return 1;
    }
    keel::bench::printGrowth("cli: growth", "later that day, CPU p50", "ms", laterByYears);
    keel::bench::printGrowth("cli: growth", "first of the day, CPU p50", "ms", firstByYears);
    fs::remove_all(dir);
    return 0;
}
