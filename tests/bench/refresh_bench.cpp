// SPDX-License-Identifier: GPL-3.0-or-later
// What keeping the plan current costs: PlanService::refresh right after one logged set, on 1, 10 and 30
// years of demo history in a file database, next to the log's own commit (the same set's INSERT in its
// own transaction, synchronous=FULL) measured interleaved in the same run. Also the forced re-plan (a
// profile change, or a painful set) on the same histories. Goals (issue 10): at 10 years the refresh
// costs at most the commit + 10 ms; the 30-year refresh is within 1.5× of the 1-year one.
#include "core/catalog/catalogloader.h"
#include "core/catalog/catalogpaths.h"
#include "core/demo/demohistory.h"
#include "core/plan/dayview.h"
#include "core/plan/planservice.h"
#include "core/store/database.h"
#include "core/store/logrepository.h"
#include "core/store/planrepository.h"

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

constexpr int kRuns = 21;
// A Wednesday: the week's last strength session (Friday) is still ahead, as on most days.
const core::Date kToday = core::Date::fromYmd(2026, 11, 18);

double cpuMs()
{
    timespec now {};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &now);
    return static_cast<double>(now.tv_sec) * 1000.0 + static_cast<double>(now.tv_nsec) / 1e6;
}

double wallMs()
{
    return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now().time_since_epoch()).count();
}

struct Samples {
    std::vector<double> commitWall;
    std::vector<double> refreshWall;
    std::vector<double> refreshCpu;
    std::vector<double> replanWall;

    void sort()
    {
        for (auto* samples : {&commitWall, &refreshWall, &refreshCpu, &replanWall})
            std::sort(samples->begin(), samples->end());
    }
};

Samples measure(core::Database& db, const core::Catalog& catalog)
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
    Samples samples;
    for (int run = 0; run < kRuns; ++run) {
        // The log's own commit, as keel-cli and the app store a set: link it, insert it, one transaction.
        core::LoggedSet set;
        set.date = kToday;
        set.exerciseId = exercise;
        set.reps = 10;
        set.rpe = 7;
        set.pain = 1;
        double start = wallMs();
        db.transaction([&] {
            set.plannedItemId = core::DayView::openItemId(db, kToday, exercise);
            core::LogRepository(db).addSet(set);
        });
        samples.commitWall.push_back(wallMs() - start);
        start = wallMs();
        const double cpu = cpuMs();
        service.refresh(kToday);
        samples.refreshCpu.push_back(cpuMs() - cpu);
        samples.refreshWall.push_back(wallMs() - start);
        start = wallMs();
        service.replanFrom(kToday);
        samples.replanWall.push_back(wallMs() - start);
    }
    samples.sort();
    return samples;
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
    std::vector<std::pair<int, Samples>> results;
    for (int years : {1, 10, 30}) {
        const fs::path file = dir / ("history-" + std::to_string(years) + ".db");
        auto db = core::Database::open(file, kToday);
        core::DemoHistory(*db, loaded.catalog).generate(core::DemoHistory::demoProfile(), kToday, 52 * years, 7);
        results.emplace_back(years, measure(*db, loaded.catalog));
    }
    std::error_code ignored;
    fs::remove_all(dir, ignored);

    const double oneYear = keel::bench::quantile(results.front().second.refreshWall, 0.5);
    for (const auto& [years, samples] : results) {
        const std::string name = "refresh: " + std::to_string(years) + (years == 1 ? " year" : " years");
        const double commit = keel::bench::quantile(samples.commitWall, 0.5);
        keel::bench::printRow(name, "refresh after a set p50", keel::bench::quantile(samples.refreshWall, 0.5), "ms",
            commit, "the set's own commit p50", years == 10 ? "<= commit + 10 ms" : "");
        keel::bench::printRow(name, "refresh CPU p50", keel::bench::quantile(samples.refreshCpu, 0.5), "ms", commit,
            "the set's own commit p50", "");
        keel::bench::printRow(name, "forced re-plan p50", keel::bench::quantile(samples.replanWall, 0.5), "ms", commit,
            "the set's own commit p50", "");
        keel::bench::printRow(name, "refresh after a set p50", keel::bench::quantile(samples.refreshWall, 0.5), "ms",
            oneYear, "refresh at 1 year p50", years == 30 ? "<= 1.5x" : "");
    }
    return 0;
}
