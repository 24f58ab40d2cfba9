// SPDX-License-Identifier: GPL-3.0-or-later
// What storing a plan costs: PlanService planning and storing 52 weeks (one transaction: the
// progression, 52 weeks, their sessions and items, replacing the weeks stored before) on 1, 10 and
// 30 years of demo history (tests/bench/demohistories.h) in a file database, next to a bare-SQLite
// floor: a copy of the same history, opened with the store's pragmas and the very same schema
// (rawstore.h checks both), where the same rows are stored by one prepared INSERT each in one
// transaction, the weeks they replace deleted beforehand and untimed. The two take turns. Goal (issue 11): at 10 years,
// 52 weeks within 20 ms.
#include "core/catalog/catalogloader.h"
#include "core/catalog/catalogpaths.h"
#include "core/plan/planservice.h"
#include "core/store/database.h"

#include "benchtable.h"
#include "demohistories.h"
#include "rawstore.h"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <memory>
#include <nlohmann/json.hpp>
#include <unistd.h>

namespace {

namespace core = keel::core;
namespace fs = std::filesystem;

constexpr int kRuns = 11;
constexpr int kWeeks = 52;
const core::Date kToday = keel::bench::kHistoryEnd;

std::size_t itemsIn(const std::vector<core::WeekPlan>& weeks)
{
    std::size_t items = 0;
    for (const core::WeekPlan& week : weeks) {
        for (const core::PlannedSession& session : week.sessions)
            items += session.items.size();
    }
    return items;
}

void bindRange(SQLite::Statement& statement, int index, const std::optional<core::IntRange>& range)
{
    if (range) {
        statement.bind(index, range->min);
        statement.bind(index + 1, range->max);
    } else {
        statement.bind(index);
        statement.bind(index + 1);
    }
}

/// The floor, in milliseconds: the same weeks, sessions and items as rows, one prepared INSERT each, in
/// one transaction. What any store of this schema must at least pay. The weeks stored before are deleted
/// first, untimed (their sessions and items go by the schema's cascades).
double rawStore(SQLite::Database& db, const std::vector<core::WeekPlan>& weeks)
{
    SQLite::Statement clear(db, "DELETE FROM plan_weeks WHERE week_start >= ?");
    clear.bind(1, weeks.front().weekStart.toString());
    clear.exec();
    const auto start = std::chrono::steady_clock::now();
    db.exec("BEGIN IMMEDIATE");
    {
        SQLite::Statement week(
            db, "INSERT INTO plan_weeks (week_start, flare_up, recovery, notes) VALUES (?, ?, ?, ?)");
        SQLite::Statement session(
            db, "INSERT INTO planned_sessions (week_id, date, kind, moved_from) VALUES (?, ?, ?, ?)");
        SQLite::Statement item(db,
            "INSERT INTO planned_items (session_id, position, exercise_id, pattern, focus, sets, reps_min, reps_max, "
            "seconds_min, seconds_max, minutes_min, minutes_max, meters_min, meters_max, load_kg, per_side, warm_up, "
            "reason, swapped_from, reason_parts) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, "
            "?14, ?15, ?16, ?17, ?18, ?19, ?20)");
        for (const core::WeekPlan& plan : weeks) {
            week.reset();
            week.bind(1, plan.weekStart.toString());
            week.bind(2, plan.flareUp ? 1 : 0);
            week.bind(3, plan.recovery ? 1 : 0);
            nlohmann::json notes = nlohmann::json::array();
            for (const core::Reason& note : plan.notes)
                notes.push_back({{"text", note.text()}, {"parts", nlohmann::json::parse(note.toJson())}});
            week.bind(4, notes.dump());
            week.exec();
            const auto weekId = db.getLastInsertRowid();
            for (const core::PlannedSession& planned : plan.sessions) {
                session.reset();
                session.bind(1, weekId);
                session.bind(2, planned.date.toString());
                session.bind(3, std::string(core::toString(planned.kind)));
                planned.movedFrom ? session.bind(4, planned.movedFrom->toString()) : session.bind(4);
                session.exec();
                const auto sessionId = db.getLastInsertRowid();
                int position = 0;
                for (const core::PlannedItem& entry : planned.items) {
                    item.reset();
                    item.bind(1, sessionId);
                    item.bind(2, position++);
                    item.bind(3, entry.exerciseId);
                    item.bind(4, std::string(core::toString(entry.pattern)));
                    item.bind(5, std::string(core::toString(entry.focus)));
                    item.bind(6, entry.sets);
                    bindRange(item, 7, entry.reps);
                    bindRange(item, 9, entry.seconds);
                    bindRange(item, 11, entry.minutes);
                    bindRange(item, 13, entry.meters);
                    entry.loadKg ? item.bind(15, *entry.loadKg) : item.bind(15);
                    item.bind(16, entry.perSide ? 1 : 0);
                    item.bind(17, entry.warmUp ? 1 : 0);
                    item.bind(18, entry.reason.text());
                    item.bind(20, entry.reason.toJson());
                    entry.swappedFrom.empty() ? item.bind(19) : item.bind(19, entry.swappedFrom);
                    item.exec();
                }
            }
        }
    } // the statements are finalised before the commit
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
    using keel::bench::Goal;
    using keel::bench::quantile;
    std::vector<std::pair<int, double>> storedByYears;
    std::vector<std::pair<int, double>> rawByYears;
    try {
        for (const int years : keel::bench::kHistoryYears) {
            const std::string suffix = std::to_string(years) + "y.db";
            auto db = core::Database::open(keel::bench::demoHistory(years, dir / ("keel-" + suffix)), kToday);
            auto raw = keel::bench::openRaw(keel::bench::demoHistory(years, dir / ("raw-" + suffix)));
            keel::bench::requireSameSetup(db->sql(), *raw);
            core::PlanService service(*db, loaded.catalog);
            // Once each first, so both measure the same path: replacing 52 stored weeks.
            const std::vector<core::WeekPlan> weeks = service.generate(kToday, kWeeks, 1, kToday);
            rawStore(*raw, weeks);
            std::uint64_t seed = 2;
            const keel::bench::Samples samples = keel::bench::interleaveMeasured(
                kRuns,
                [&] {
                    const auto start = std::chrono::steady_clock::now();
                    service.generate(kToday, kWeeks, seed++, kToday);
                    return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
                },
                [&] { return rawStore(*raw, weeks); });
            keel::bench::requireSameSetup(db->sql(), *raw);

            const std::string name = "plan: " + std::to_string(years) + (years == 1 ? " year" : " years");
            storedByYears.emplace_back(years, quantile(samples.keel, 0.5));
            rawByYears.emplace_back(years, quantile(samples.baseline, 0.5));
            keel::bench::printRow(name, "52 weeks generate + store p50", quantile(samples.keel, 0.5), "ms",
                quantile(samples.baseline, 0.5), "raw INSERT of the same rows p50",
                years == 10 ? Goal::atMost(20.0, "issue 11") : Goal::none());
            keel::bench::printRow(name, "52 weeks generate + store p90", quantile(samples.keel, 0.9), "ms",
                quantile(samples.baseline, 0.9), "raw INSERT of the same rows p90");
            std::printf("%-24s %zu planned items in 52 weeks\n", name.c_str(), itemsIn(weeks));
        }
    } catch (const std::exception& error) {
        std::fprintf(stderr, "plan_bench: %s\n", error.what());
        std::error_code ignored;
        fs::remove_all(dir, ignored);
        return 1;
    }
    std::error_code ignored;
    fs::remove_all(dir, ignored);
    keel::bench::printGrowth("plan: growth", "52 weeks generate + store p50", "ms", storedByYears);
    keel::bench::printGrowth("plan: growth", "raw INSERT p50", "ms", rawByYears);
    return 0;
}
