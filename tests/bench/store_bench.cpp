// SPDX-License-Identifier: GPL-3.0-or-later
// The store's cost over bare SQLite. Both sides use the same disk, the same pragmas (WAL,
// synchronous=FULL, foreign keys) and the same schema with its indexes and checks (rawstore.h
// copies it and checks it), so the ratio is what the store adds: validation, the transaction
// wrapper, statement handling. The two sides take turns. No goal is set for these figures.
//   1. latency of one durable `log set` (LogRepository::addSet) next to one raw INSERT+COMMIT;
//   2. 100,000 sets in one transaction (LogRepository::addSets) next to a raw prepared bulk insert.
#include "core/store/database.h"
#include "core/store/logrepository.h"

#include "benchtable.h"
#include "rawstore.h"

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

/// A bare SQLite connection set up like the store's, with the store's whole schema; checked.
std::unique_ptr<SQLite::Database> rawDatabase(const fs::path& path, core::Database& schemaSource)
{
    auto raw = bench::openRaw(path);
    bench::copySchema(schemaSource.sql(), *raw);
    bench::requireSameSetup(schemaSource.sql(), *raw);
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
    int next = 0;
    int nextRaw = 0;
    const bench::Samples samples = bench::interleave(
        kSamples, [&] { log.addSet(sampleSet(next++)); }, [&] { rawInsert(insert, sampleSet(nextRaw++)); });
    bench::printRow("store: log set", "p50 latency, durable", bench::quantile(samples.keel, 0.5), "ms",
        bench::quantile(samples.baseline, 0.5), "raw INSERT+COMMIT p50");
    bench::printRow("store: log set", "p99 latency, durable", bench::quantile(samples.keel, 0.99), "ms",
        bench::quantile(samples.baseline, 0.99), "raw INSERT+COMMIT p99");
}

void bulk(const fs::path& dir)
{
    constexpr int kSets = 100000;
    constexpr int kBulkRuns = 3;
    std::vector<core::LoggedSet> sets;
    sets.reserve(kSets);
    for (int i = 0; i < kSets; ++i)
        sets.push_back(sampleSet(i));

    // Each round into fresh files, Keel's and the raw one in turn; only the inserts are timed.
    int round = 0;
    const auto fresh = [&](const std::string& what) {
        const fs::path path = dir / ("bulk-" + what + "-" + std::to_string(round) + ".db");
        return core::Database::open(path, kToday);
    };
    const auto raw = [&] {
        auto schema = fresh("schema");
        auto bare = rawDatabase(dir / ("bulk-raw-" + std::to_string(round++) + ".db"), *schema);
        const auto start = Clock::now();
        bare->exec("BEGIN IMMEDIATE");
        {
            SQLite::Statement insert(*bare, kRawInsert);
            for (const core::LoggedSet& set : sets)
                rawInsert(insert, set);
        }
        bare->exec("COMMIT");
        return millisecondsSince(start);
    };
    const bench::Samples one = bench::interleaveMeasured(
        kBulkRuns,
        [&] {
            auto db = fresh("core");
            const auto start = Clock::now();
            core::LogRepository(*db).addSets(sets);
            return millisecondsSince(start);
        },
        raw);
    bench::printRow("store: 100k sets", "one transaction (addSets) p50", bench::quantile(one.keel, 0.5), "ms",
        bench::quantile(one.baseline, 0.5), "raw prepared bulk insert p50");

    // The same through addSet calls inside one Database::transaction (each joins via a savepoint).
    const bench::Samples nested = bench::interleaveMeasured(
        kBulkRuns,
        [&] {
            auto db = fresh("nested");
            core::LogRepository log(*db);
            const auto start = Clock::now();
            db->transaction([&] {
                for (const core::LoggedSet& set : sets)
                    log.addSet(set);
            });
            return millisecondsSince(start);
        },
        raw);
    bench::printRow("store: 100k sets", "addSet x100k in transaction() p50", bench::quantile(nested.keel, 0.5), "ms",
        bench::quantile(nested.baseline, 0.5), "raw prepared bulk insert p50");
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
