// SPDX-License-Identifier: GPL-3.0-or-later
// The store's cost over bare SQLite. Both sides use the same disk, the same pragmas (WAL,
// synchronous=FULL, foreign keys) and the same table with its indexes and checks, so the
// ratio is what the store adds: validation, the transaction wrapper, statement handling.
//   1. latency of one durable `log set` (LogRepository::addSet) next to one raw INSERT+COMMIT;
//   2. 100,000 sets in one transaction (LogRepository::addSets) next to a raw prepared bulk insert.
#include "core/store/database.h"
#include "core/store/logrepository.h"

#include "benchtable.h"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <memory>
#include <string>
#include <unistd.h>
#include <vector>

namespace {

using namespace keel;
namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;

const core::Date kToday = core::Date::fromYmd(2026, 3, 2);

core::LoggedSet sampleSet(int i)
{
    core::LoggedSet set;
    set.date = kToday.addDays(-(i % 365));
    set.exerciseId = i % 2 == 0 ? "goblet-squat" : "suitcase-carry";
    set.reps = 8 + i % 5;
    set.loadKg = 12.0 + (i % 8) * 2.0;
    set.rpe = 6 + i % 4;
    set.pain = i % 3;
    set.note = i % 10 == 0 ? "felt a twinge on the last rep" : "";
    return set;
}

/// A bare SQLite connection set up like the store's, with the same logged_sets table.
std::unique_ptr<SQLite::Database> rawDatabase(const fs::path& path, core::Database& schemaSource)
{
    auto raw = std::make_unique<SQLite::Database>(path, SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE, 5000);
    raw->exec("PRAGMA journal_mode = WAL");
    raw->exec("PRAGMA synchronous = FULL");
    raw->exec("PRAGMA foreign_keys = ON");
    SQLite::Statement schema(schemaSource.sql(),
        "SELECT sql FROM sqlite_master WHERE tbl_name IN ('plan_weeks', 'planned_sessions', 'planned_items', "
        "'logged_sets') AND sql IS NOT NULL ORDER BY rowid");
    while (schema.executeStep())
        raw->exec(schema.getColumn(0).getString());
    return raw;
}

constexpr const char* kRawInsert = "INSERT INTO logged_sets (date, exercise_id, reps, load_kg, seconds, meters, rpe, "
                                   "pain, note, planned_item_id) VALUES (?, ?, ?, ?, NULL, NULL, ?, ?, ?, NULL)";

void rawInsert(SQLite::Statement& insert, const core::LoggedSet& set)
{
    insert.reset();
    insert.bind(1, set.date.toString());
    insert.bind(2, set.exerciseId);
    insert.bind(3, *set.reps);
    insert.bind(4, *set.loadKg);
    insert.bind(5, *set.rpe);
    insert.bind(6, *set.pain);
    insert.bind(7, set.note);
    insert.exec();
}

double millisecondsSince(Clock::time_point start)
{
    return std::chrono::duration<double, std::milli>(Clock::now() - start).count();
}

void latency(const fs::path& dir)
{
    auto db = core::Database::open(dir / "core.db", kToday);
    core::LogRepository log(*db);
    auto raw = rawDatabase(dir / "raw.db", *db);
    SQLite::Statement insert(*raw, kRawInsert);

    constexpr int kWarmUp = 50;
    constexpr int kSamples = 1000;
    for (int i = 0; i < kWarmUp; ++i) {
        log.addSet(sampleSet(i));
        rawInsert(insert, sampleSet(i));
    }
    // Interleaved, so both sides see the same disk weather.
    std::vector<double> core;
    std::vector<double> bare;
    for (int i = 0; i < kSamples; ++i) {
        const core::LoggedSet set = sampleSet(i);
        auto start = Clock::now();
        log.addSet(set);
        core.push_back(millisecondsSince(start));
        start = Clock::now();
        rawInsert(insert, set);
        bare.push_back(millisecondsSince(start));
    }
    std::sort(core.begin(), core.end());
    std::sort(bare.begin(), bare.end());
    bench::printRow("store: log set", "p50 latency, durable", bench::quantile(core, 0.5), "ms",
        bench::quantile(bare, 0.5), "raw INSERT+COMMIT p50", "<= 1.5x");
    bench::printRow("store: log set", "p99 latency, durable", bench::quantile(core, 0.99), "ms",
        bench::quantile(bare, 0.99), "raw INSERT+COMMIT p99", "<= 1.5x");
}

void bulk(const fs::path& dir)
{
    constexpr int kSets = 100000;
    std::vector<core::LoggedSet> sets;
    sets.reserve(kSets);
    for (int i = 0; i < kSets; ++i)
        sets.push_back(sampleSet(i));

    auto db = core::Database::open(dir / "bulk-core.db", kToday);
    auto start = Clock::now();
    core::LogRepository(*db).addSets(sets);
    const double coreMs = millisecondsSince(start);

    auto raw = rawDatabase(dir / "bulk-raw.db", *db);
    start = Clock::now();
    raw->exec("BEGIN IMMEDIATE");
    {
        SQLite::Statement insert(*raw, kRawInsert);
        for (const core::LoggedSet& set : sets)
            rawInsert(insert, set);
    }
    raw->exec("COMMIT");
    const double rawMs = millisecondsSince(start);
    bench::printRow(
        "store: 100k sets", "one transaction (addSets)", coreMs, "ms", rawMs, "raw prepared bulk insert", "<= 2x");

    // The same through addSet calls inside one Database::transaction (each joins via a savepoint).
    auto nested = core::Database::open(dir / "bulk-nested.db", kToday);
    core::LogRepository nestedLog(*nested);
    start = Clock::now();
    nested->transaction([&] {
        for (const core::LoggedSet& set : sets)
            nestedLog.addSet(set);
    });
    bench::printRow("store: 100k sets", "addSet x100k in transaction()", millisecondsSince(start), "ms", rawMs,
        "raw prepared bulk insert", "info");
}

} // namespace

int main()
{
    const fs::path dir = fs::temp_directory_path() / ("keel-store-bench-" + std::to_string(::getpid()));
    fs::create_directories(dir);
    try {
        latency(dir);
        bulk(dir);
    } catch (const std::exception& error) {
        std::fprintf(stderr, "store_bench: %s\n", error.what());
        fs::remove_all(dir);
        return 1;
    }
    fs::remove_all(dir);
    return 0;
}
