// SPDX-License-Identifier: GPL-3.0-or-later
// A 10,000-row Strong export imported end to end (CSV reading, exercise matching, validation, one
// keyed transaction) next to a raw prepared bulk INSERT of the very same rows into the same schema
// with the same pragmas (the raw side writes through the store's own connection). Runs alternate, each
// into a fresh database file, so both see the same disk. No goal is set for this figure.
#include "core/catalog/catalogloader.h"
#include "core/catalog/catalogpaths.h"
#include "core/exchange/exercisematcher.h"
#include "core/exchange/importer.h"
#include "core/store/database.h"
#include "core/store/importrepository.h"

#include "benchtable.h"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <stdexcept>
#include <string>
#include <unistd.h>
#include <vector>

namespace {

using namespace keel;
namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;

const core::Date kToday = core::Date::fromYmd(2026, 3, 2);
constexpr int kRows = 10000;
constexpr int kRuns = 7;

/// Strong's comma dialect: workouts of 20 sets over 500 days, a warm-up first in each exercise.
std::string strongExport()
{
    const char* exercises[]
        = {"Deadlift (Barbell)", "Goblet Squat (Kettlebell)", "Farmer's Walk", "Plank", "Pallof Press (Cable)"};
    std::string text = "Date,Workout Name,Duration,Exercise Name,Set Order,Weight,Reps,Distance,Seconds,Notes,"
                       "Workout Notes,RPE\n";
    char line[256];
    for (int i = 0; i < kRows; ++i) {
        const int workout = i / 20;
        const core::Date date = kToday.addDays(-500 + workout);
        const int exercise = (i % 20) / 4;
        const int set = i % 4;
        std::snprintf(line, sizeof line, "%s 07:30:00,Back day %d,45m,%s,%s,%d.0,%d.0,0,0,%s,,%d\n",
            date.toString().c_str(), workout, exercises[exercise], set == 0 ? "W" : std::to_string(set).c_str(),
            20 + (i % 7) * 5, 5 + i % 8, i % 50 == 0 ? "\"slow, steady\"" : "", 6 + i % 4);
        text += line;
    }
    return text;
}

double millisecondsSince(Clock::time_point start)
{
    return std::chrono::duration<double, std::milli>(Clock::now() - start).count();
}

void removeDatabase(const fs::path& path)
{
    for (const char* suffix : {"", "-wal", "-shm"})
        fs::remove(path.string() + suffix);
    fs::remove_all(path.parent_path() / "backups");
}

} // namespace

int main()
{
    const fs::path dir = fs::temp_directory_path() / ("keel-import-bench-" + std::to_string(getpid()));
    fs::create_directories(dir);
    const std::string text = strongExport();
    const auto catalog = core::CatalogLoader::loadWithOverrides(core::builtInCatalogDir(), dir / "none").catalog;

    // The rows the raw side inserts: exactly what the import writes.
    const core::ImportPlan reference
        = core::Importer::plan(core::Importer::read(text, std::nullopt, {}), core::ExerciseMatcher(catalog, {}));
    if (reference.preview.sets != kRows) {
        std::fprintf(stderr, "import_bench: expected %d sets, read %d\n", kRows, reference.preview.sets);
        return 1;
    }

    const auto import = [&] {
        const fs::path path = dir / "import.db";
        auto db = core::Database::open(path, kToday);
        const auto start = Clock::now();
        const core::SourceFile source = core::Importer::read(text, std::nullopt, {});
        const core::ImportPlan plan
            = core::Importer::plan(source, core::ExerciseMatcher(catalog, core::ImportRepository(*db).mappings()));
        const auto outcome = core::ImportRepository(*db).write(plan.batch);
        const double elapsed = millisecondsSince(start);
        if (outcome.setsAdded != kRows)
            throw std::runtime_error("the import added " + std::to_string(outcome.setsAdded) + " sets");
        db.reset();
        removeDatabase(path);
        return elapsed;
    };
    const auto rawInsert = [&] {
        const fs::path path = dir / "raw.db";
        auto db = core::Database::open(path, kToday);
        SQLite::Database& raw = db->sql();
        const auto start = Clock::now();
        raw.exec("BEGIN IMMEDIATE");
        {
            SQLite::Statement insert(raw,
                "INSERT INTO logged_sets (date, exercise_id, reps, load_kg, seconds, meters, rpe, note, warm_up, "
                "source_key) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
            for (const core::ImportedSet& row : reference.batch.sets) {
                const core::LoggedSet& set = row.set;
                insert.reset();
                insert.bind(1, set.date.toString());
                insert.bind(2, set.exerciseId);
                set.reps ? insert.bind(3, *set.reps) : insert.bind(3);
                set.loadKg ? insert.bind(4, *set.loadKg) : insert.bind(4);
                set.seconds ? insert.bind(5, *set.seconds) : insert.bind(5);
                set.meters ? insert.bind(6, *set.meters) : insert.bind(6);
                set.rpe ? insert.bind(7, *set.rpe) : insert.bind(7);
                insert.bind(8, set.note);
                insert.bind(9, set.warmUp ? 1 : 0);
                insert.bind(10, row.sourceKey);
                insert.exec();
            }
        } // the statement is finalised before the connection closes
        raw.exec("COMMIT");
        const double elapsed = millisecondsSince(start);
        db.reset();
        removeDatabase(path);
        return elapsed;
    };
    const bench::Samples samples = bench::interleaveMeasured(kRuns, import, rawInsert);
    bench::printRow("exchange: import", "10,000-row Strong CSV, p50", bench::quantile(samples.keel, 0.5), "ms",
        bench::quantile(samples.baseline, 0.5), "raw bulk INSERT, same rows p50");
    fs::remove_all(dir);
    return 0;
}
