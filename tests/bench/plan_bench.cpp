// SPDX-License-Identifier: GPL-3.0-or-later
// What storing a plan costs: PlanService planning and storing 52 weeks for one profile into a file
// database (one transaction: the progression, 52 weeks, their sessions and items), next to the pure
// generator producing the same 52 weeks in memory. Regenerating (replacing the stored weeks) too.
#include "core/catalog/catalogloader.h"
#include "core/catalog/catalogpaths.h"
#include "core/plan/plangenerator.h"
#include "core/plan/planservice.h"
#include "core/plan/progressionengine.h"
#include "core/store/database.h"
#include "core/store/profilerepository.h"

#include "benchtable.h"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <memory>
#include <unistd.h>

namespace {

namespace core = keel::core;
namespace fs = std::filesystem;

constexpr int kRuns = 11;
constexpr int kWeeks = 52;
const core::Date kMonday = core::Date::fromYmd(2026, 1, 5);

core::Profile benchProfile()
{
    core::Profile profile;
    profile.experience = core::Experience::Returning;
    profile.strengthDays = 3;
    profile.preferredDays = {core::Weekday::Monday, core::Weekday::Wednesday, core::Weekday::Friday};
    profile.equipment = {"dumbbell", "band"};
    profile.minutesPerDay = 45;
    return profile;
}

std::size_t itemsIn(const std::vector<core::WeekPlan>& weeks)
{
    std::size_t items = 0;
    for (const core::WeekPlan& week : weeks) {
        for (const core::PlannedSession& session : week.sessions)
            items += session.items.size();
    }
    return items;
}

/// The floor: the same weeks, sessions and items as plain rows through one prepared INSERT each, in one
/// transaction, in a bare WAL + synchronous=FULL file. What any store must at least pay.
double rawInsert(const fs::path& file, const std::vector<core::WeekPlan>& weeks)
{
    SQLite::Database db(file.string(), SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
    db.exec(
        "PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL;"
        "CREATE TABLE weeks (id INTEGER PRIMARY KEY, start TEXT, flare_up INTEGER, recovery INTEGER, notes TEXT);"
        "CREATE TABLE sessions (id INTEGER PRIMARY KEY, week INTEGER, date TEXT, kind TEXT);"
        "CREATE TABLE items (id INTEGER PRIMARY KEY, session INTEGER, position INTEGER, exercise TEXT, sets INTEGER,"
        " reps_min INTEGER, reps_max INTEGER, minutes_min INTEGER, minutes_max INTEGER, load REAL, reason TEXT)");
    const auto start = std::chrono::steady_clock::now();
    db.exec("BEGIN IMMEDIATE");
    SQLite::Statement week(db, "INSERT INTO weeks (start, flare_up, recovery, notes) VALUES (?, ?, ?, ?)");
    SQLite::Statement session(db, "INSERT INTO sessions (week, date, kind) VALUES (?, ?, ?)");
    SQLite::Statement item(db,
        "INSERT INTO items (session, position, exercise, sets, reps_min, reps_max, minutes_min, "
        "minutes_max, load, reason) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    for (const core::WeekPlan& plan : weeks) {
        week.reset();
        week.bind(1, plan.weekStart.toString());
        week.bind(2, plan.flareUp ? 1 : 0);
        week.bind(3, plan.recovery ? 1 : 0);
        week.bind(4, "[]");
        week.exec();
        const auto weekId = db.getLastInsertRowid();
        for (const core::PlannedSession& planned : plan.sessions) {
            session.reset();
            session.bind(1, weekId);
            session.bind(2, planned.date.toString());
            session.bind(3, std::string(core::toString(planned.kind)));
            session.exec();
            const auto sessionId = db.getLastInsertRowid();
            int position = 0;
            for (const core::PlannedItem& entry : planned.items) {
                item.reset();
                item.bind(1, sessionId);
                item.bind(2, position++);
                item.bind(3, entry.exerciseId);
                item.bind(4, entry.sets);
                item.bind(5, entry.reps ? entry.reps->min : 0);
                item.bind(6, entry.reps ? entry.reps->max : 0);
                item.bind(7, entry.minutes ? entry.minutes->min : 0);
                item.bind(8, entry.minutes ? entry.minutes->max : 0);
                item.bind(9, entry.loadKg.value_or(0.0));
                item.bind(10, entry.reason);
                item.exec();
            }
        }
    }
    db.exec("COMMIT");
    return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
}

} // namespace

int main()
{
    const fs::path dir = fs::temp_directory_path() / ("keel-plan-bench-" + std::to_string(::getpid()));
    fs::create_directories(dir);
    const core::CatalogLoadResult loaded
        = core::CatalogLoader::loadWithOverrides(core::builtInCatalogDir(), dir / "none");
    if (!loaded.ok()) {
        std::fprintf(
            stderr, "plan_bench: the shipped catalog does not load: %s\n", loaded.errors.front().toString().c_str());
        return 1;
    }
    const core::Catalog& catalog = loaded.catalog;
    const core::Profile profile = benchProfile();

    // One fresh file per run, opened beforehand: opening (quick_check, backup, schema) is not planning.
    std::vector<std::unique_ptr<core::Database>> databases;
    for (int run = 0; run < kRuns; ++run) {
        databases.push_back(core::Database::open(dir / ("plan-" + std::to_string(run) + ".db"), kMonday));
        core::ProfileRepository(*databases.back()).save(profile);
    }
    std::size_t next = 0;
    std::size_t items = 0;
    const auto stored = keel::bench::timeRuns(kRuns,
        [&] { items = itemsIn(core::PlanService(*databases[next++], catalog).generate(kMonday, kWeeks, 1, kMonday)); });
    next = 0;
    const auto replaced = keel::bench::timeRuns(
        kRuns, [&] { core::PlanService(*databases[next++], catalog).generate(kMonday, kWeeks, 2, kMonday); });
    std::vector<core::WeekPlan> weeks;
    const auto pure = keel::bench::timeRuns(kRuns, [&] {
        const core::ProgressionUpdate start = core::ProgressionEngine(catalog, profile).prepare({}, kMonday);
        const core::PlanGenerator generator(catalog);
        weeks.clear();
        for (int week = 0; week < kWeeks; ++week)
            weeks.push_back(
                generator.generate({profile, start.snapshot, start.events, kMonday.addDays(7L * week), 1, week}));
        items = std::max(items, itemsIn(weeks));
    });
    std::vector<double> raw;
    for (int run = 0; run < kRuns; ++run)
        raw.push_back(rawInsert(dir / ("raw-" + std::to_string(run) + ".db"), weeks));
    std::sort(raw.begin(), raw.end());
    databases.clear();
    std::error_code ignored;
    fs::remove_all(dir, ignored);

    const double baseline = keel::bench::quantile(pure, 0.5);
    keel::bench::printRow("plan: 52 weeks", "generate + store, file db p50", keel::bench::quantile(stored, 0.5), "ms",
        baseline, "generate only, in memory p50", "< 50 ms");
    keel::bench::printRow("plan: 52 weeks", "regenerate (replace) p50", keel::bench::quantile(replaced, 0.5), "ms",
        baseline, "generate only, in memory p50", "< 50 ms");
    keel::bench::printRow("plan: 52 weeks", "generate + store, file db p50", keel::bench::quantile(stored, 0.5), "ms",
        keel::bench::quantile(raw, 0.5), "raw INSERT of the same rows p50", "< 50 ms");
    std::printf("%-24s %zu planned items per 52 weeks\n", "plan: 52 weeks", items);
    return 0;
}
