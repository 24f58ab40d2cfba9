// SPDX-License-Identifier: GPL-3.0-or-later
// What planning a year ahead costs once breaks, recovery weeks and the graded return after a flare-up are
// part of it: PlanService::generate planning and storing 52 weeks on 1, 10 and 30 years of demo history in a
// file database, each run interleaved with the same call on a logbook holding only the profile (the
// baseline: everything but the history). Goal (issue 11): at 10 years, 52 weeks within 20 ms.
#include "core/catalog/catalogloader.h"
#include "core/catalog/catalogpaths.h"
#include "core/demo/demohistory.h"
#include "core/plan/planservice.h"
#include "core/store/database.h"
#include "core/store/profilerepository.h"

#include "benchtable.h"

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
const core::Date kToday = core::Date::fromYmd(2026, 11, 18);

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
        std::vector<double> history;
        std::vector<double> fresh;
        std::vector<double> historyCpu;
        std::vector<double> freshCpu;
    };
    std::vector<Result> results;
    for (int years : {1, 10, 30}) {
        auto db = core::Database::open(dir / ("history-" + std::to_string(years) + ".db"), kToday);
        core::DemoHistory(*db, loaded.catalog).generate(profile, kToday, 52 * years, 7);
        auto empty = core::Database::open(dir / ("fresh-" + std::to_string(years) + ".db"), kToday);
        core::ProfileRepository(*empty).save(profile);
        core::PlanService withHistory(*db, loaded.catalog);
        core::PlanService fresh(*empty, loaded.catalog);
        // Once each first, so both measure the same path: replacing 52 stored weeks.
        timed(withHistory, 1);
        timed(fresh, 1);
        Result result {years, {}, {}, {}, {}};
        for (int run = 0; run < kRuns; ++run) {
            const auto seed = static_cast<std::uint64_t>(run + 2);
            const auto [wall, cpu] = timed(withHistory, seed);
            result.history.push_back(wall);
            result.historyCpu.push_back(cpu);
            const auto [freshWall, freshCpu] = timed(fresh, seed);
            result.fresh.push_back(freshWall);
            result.freshCpu.push_back(freshCpu);
        }
        for (auto* samples : {&result.history, &result.fresh, &result.historyCpu, &result.freshCpu})
            std::sort(samples->begin(), samples->end());
        results.push_back(std::move(result));
    }
    std::error_code ignored;
    fs::remove_all(dir, ignored);

    for (const Result& result : results) {
        const std::string name = "cycles: " + std::to_string(result.years) + (result.years == 1 ? " year" : " years");
        keel::bench::printRow(name, "52 weeks generate + store p50", keel::bench::quantile(result.history, 0.5), "ms",
            keel::bench::quantile(result.fresh, 0.5), "the same on a fresh logbook p50",
            result.years == 10 ? "< 20 ms" : "");
        keel::bench::printRow(name, "52 weeks generate + store CPU p50", keel::bench::quantile(result.historyCpu, 0.5),
            "ms", keel::bench::quantile(result.freshCpu, 0.5), "the same on a fresh logbook CPU p50",
            result.years == 10 ? "< 20 ms" : "");
    }
    return 0;
}
