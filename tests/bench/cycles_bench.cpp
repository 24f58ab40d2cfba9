// SPDX-License-Identifier: GPL-3.0-or-later
// What planning a year ahead costs once breaks, recovery weeks and the graded return after a flare-up are
// part of it: PlanService::generate planning and storing 52 weeks on 1, 10 and 30 years of demo history
// (tests/bench/demohistories.h) in a file database, each run interleaved with the same call on a logbook
// holding only the profile (the baseline: everything but the history). Goal (issue 11): at 10 years, 52 weeks within 20
// ms.
#include "core/catalog/catalogloader.h"
#include "core/catalog/catalogpaths.h"
#include "core/demo/demohistory.h"
#include "core/plan/planservice.h"
#include "core/store/database.h"
#include "core/store/profilerepository.h"

#include "benchtable.h"
#include "demohistories.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <ctime>
#include <filesystem>
#include <memory>
#include <unistd.h>

namespace {

namespace core = keel::core;
namespace fs = std::filesystem;

constexpr int kRuns = 11;
constexpr int kWeeks = 52;
const core::Date kToday = keel::bench::kHistoryEnd;

double wallMs()
{
    return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now().time_since_epoch()).count();
}

double cpuMs()
{
    timespec now {};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &now);
    return static_cast<double>(now.tv_sec) * 1000.0 + static_cast<double>(now.tv_nsec) / 1e6;
}

/// Wall and CPU milliseconds of one generate(): the machine may be shared, so CPU is the steadier figure.
std::pair<double, double> timed(core::PlanService& service, std::uint64_t seed)
{
    const double start = wallMs();
    const double cpu = cpuMs();
    service.generate(kToday, kWeeks, seed, kToday);
    return {wallMs() - start, cpuMs() - cpu};
}

} // namespace

int main()
{
    const fs::path dir = fs::temp_directory_path() / ("keel-cycles-bench-" + std::to_string(::getpid()));
    fs::create_directories(dir);
    const core::CatalogLoadResult loaded
        = core::CatalogLoader::loadWithOverrides(core::builtInCatalogDir(), dir / "none");
    if (!loaded.ok()) {
        std::fprintf(
            stderr, "cycles_bench: the shipped catalog does not load: %s\n", loaded.errors.front().toString().c_str());
        return 1;
    }
    const core::Profile profile = core::DemoHistory::demoProfile();
    struct Result {
        int years;
        keel::bench::Samples wall;
        std::vector<double> historyCpu;
        std::vector<double> freshCpu;
    };
    std::vector<Result> results;
    for (const int years : keel::bench::kHistoryYears) {
        const fs::path file = keel::bench::demoHistory(years, dir / ("history-" + std::to_string(years) + ".db"));
        auto db = core::Database::open(file, kToday);
        auto empty = core::Database::open(dir / ("fresh-" + std::to_string(years) + ".db"), kToday);
        core::ProfileRepository(*empty).save(profile);
        core::PlanService withHistory(*db, loaded.catalog);
        core::PlanService fresh(*empty, loaded.catalog);
        // Once each first, so both measure the same path: replacing 52 stored weeks.
        timed(withHistory, 1);
        timed(fresh, 1);
        Result result {years, {}, {}, {}};
        std::uint64_t seed = 2;
        result.wall = keel::bench::interleaveMeasured(
            kRuns,
            [&] {
                const auto [wall, cpu] = timed(withHistory, seed);
                result.historyCpu.push_back(cpu);
                return wall;
            },
            [&] {
                const auto [wall, cpu] = timed(fresh, seed++);
                result.freshCpu.push_back(cpu);
                return wall;
            });
        std::sort(result.historyCpu.begin(), result.historyCpu.end());
        std::sort(result.freshCpu.begin(), result.freshCpu.end());
        results.push_back(std::move(result));
    }
    std::error_code ignored;
    fs::remove_all(dir, ignored);

    using keel::bench::Goal;
    using keel::bench::quantile;
    std::vector<std::pair<int, double>> wallByYears;
    std::vector<std::pair<int, double>> cpuByYears;
    for (const Result& result : results) {
        const std::string name = "cycles: " + std::to_string(result.years) + (result.years == 1 ? " year" : " years");
        const Goal goal = result.years == 10 ? Goal::atMost(20.0, "issue 11") : Goal::none();
        wallByYears.emplace_back(result.years, quantile(result.wall.keel, 0.5));
        cpuByYears.emplace_back(result.years, quantile(result.historyCpu, 0.5));
        keel::bench::printRow(name, "52 weeks generate + store p50", quantile(result.wall.keel, 0.5), "ms",
            quantile(result.wall.baseline, 0.5), "the same on a fresh logbook p50", goal);
        keel::bench::printRow(name, "52 weeks generate + store CPU p50", quantile(result.historyCpu, 0.5), "ms",
            quantile(result.freshCpu, 0.5), "the same on a fresh logbook CPU p50", goal);
    }
    keel::bench::printGrowth("cycles: growth", "52 weeks generate + store p50", "ms", wallByYears);
    keel::bench::printGrowth("cycles: growth", "52 weeks generate + store CPU p50", "ms", cpuByYears);
    return 0;
}
