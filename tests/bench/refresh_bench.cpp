// SPDX-License-Identifier: GPL-3.0-or-later
// What keeping the plan current costs: PlanService::refresh right after one logged set, on 1, 10 and 30
// years of demo history (tests/bench/demohistories.h) in a file database, next to the log's own commit
// (the same set's INSERT in its own transaction, synchronous=FULL), the two taking turns. Also the
// forced re-plan (a profile change, or a painful set) on the same histories. Goals (issue 10): at 10 years the refresh
// costs at most the commit + 10 ms; the 30-year refresh is within 1.5× of the 1-year one.
#include "core/catalog/catalogloader.h"
#include "core/catalog/catalogpaths.h"
#include "core/plan/dayview.h"
#include "core/plan/planservice.h"
#include "core/store/database.h"
#include "core/store/logrepository.h"
#include "core/store/planrepository.h"

#include "benchtable.h"
#include "demohistories.h"

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <filesystem>
#include <memory>
#include <unistd.h>

namespace {

namespace core = keel::core;
namespace fs = std::filesystem;

constexpr int kRuns = 21;
// A Wednesday: the week's last strength session (Friday) is still ahead, as on most days.
const core::Date kToday = keel::bench::kHistoryEnd;

double cpuMs()
{
    timespec now {};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &now);
    return static_cast<double>(now.tv_sec) * 1000.0 + static_cast<double>(now.tv_nsec) / 1e6;
}

struct Result {
    keel::bench::Samples refresh; // against the set's own commit
    keel::bench::Samples replan; // against the set's own commit
    std::vector<double> refreshCpu;
};

Result measure(core::Database& db, const core::Catalog& catalog)
{
    core::PlanService service(db, catalog);
    service.refresh(kToday);
    const auto week = service.week(kToday);
    std::string exercise = "goblet-squat";
    if (week) {
        for (const core::PlannedSession& session : week->sessions) {
            for (const core::PlannedItem& item : session.items) {
                if (session.date == kToday && session.kind == core::SessionKind::Strength && !item.warmUp
                    && item.pattern == core::Pattern::Squat)
                    exercise = item.exerciseId;
            }
        }
    }
    // The log's own commit, as keel-cli and the app store a set: link it, insert it, one transaction.
    const auto commit = [&] {
        core::LoggedSet set;
        set.date = kToday;
        set.exerciseId = exercise;
        set.reps = 10;
        set.rpe = 7;
        set.pain = 1;
        db.transaction([&] {
            set.plannedItemId = core::DayView::openItemId(db, kToday, exercise);
            core::LogRepository(db).addSet(set);
        });
    };
    Result result;
    // Each round is the refresh, then the commit that the next round's refresh follows.
    commit();
    result.refresh = keel::bench::interleave(
        kRuns,
        [&] {
            const double cpu = cpuMs();
            service.refresh(kToday);
            result.refreshCpu.push_back(cpuMs() - cpu);
        },
        commit);
    result.replan = keel::bench::interleave(
        kRuns, [&] { service.replanFrom(kToday); }, commit);
    std::sort(result.refreshCpu.begin(), result.refreshCpu.end());
    return result;
}

} // namespace

int main()
{
    const fs::path dir = fs::temp_directory_path() / ("keel-refresh-bench-" + std::to_string(::getpid()));
    fs::create_directories(dir);
    const core::CatalogLoadResult loaded
        = core::CatalogLoader::loadWithOverrides(core::builtInCatalogDir(), dir / "none");
    if (!loaded.ok()) {
        std::fprintf(
            stderr, "refresh_bench: the shipped catalog does not load: %s\n", loaded.errors.front().toString().c_str());
        return 1;
    }
    std::vector<std::pair<int, Result>> results;
    for (const int years : keel::bench::kHistoryYears) {
        const fs::path file = keel::bench::demoHistory(years, dir / ("history-" + std::to_string(years) + ".db"));
        auto db = core::Database::open(file, kToday);
        results.emplace_back(years, measure(*db, loaded.catalog));
    }
    std::error_code ignored;
    fs::remove_all(dir, ignored);

    using keel::bench::Goal;
    using keel::bench::quantile;
    std::vector<std::pair<int, double>> refreshByYears;
    std::vector<std::pair<int, double>> replanByYears;
    for (const auto& [years, result] : results) {
        const std::string name = "refresh: " + std::to_string(years) + (years == 1 ? " year" : " years");
        const double commit = quantile(result.refresh.baseline, 0.5);
        const double refresh = quantile(result.refresh.keel, 0.5);
        refreshByYears.emplace_back(years, refresh);
        replanByYears.emplace_back(years, quantile(result.replan.keel, 0.5));
        keel::bench::printRow(name, "refresh after a set p50", refresh, "ms", commit, "the set's own commit p50",
            years == 10 ? Goal::baselinePlus(10.0, "issue 10") : Goal::none());
        keel::bench::printRow(
            name, "refresh CPU p50", quantile(result.refreshCpu, 0.5), "ms", commit, "the set's own commit p50");
        keel::bench::printRow(name, "forced re-plan p50", quantile(result.replan.keel, 0.5), "ms",
            quantile(result.replan.baseline, 0.5), "the set's own commit p50");
    }
    keel::bench::printGrowth(
        "refresh: growth", "refresh after a set p50", "ms", refreshByYears, Goal::ratioAtMost(1.5, "issue 10"));
    keel::bench::printGrowth("refresh: growth", "forced re-plan p50", "ms", replanByYears);
    return 0;
}
