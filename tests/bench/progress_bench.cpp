// SPDX-License-Identifier: GPL-3.0-or-later
// Opening the Progress pane on a ten-year history (about 150,000 sets, 3,500 walks and 3,500
// check-ins, a plan every week): the queries and the charts, for the default range and for
// "all". Baselines measured in the same run: a bare SQLite GROUP BY over the same sets, and the
// pane drawn over an empty log.
// Then the same default (3-month) pane on 1, 10 and 30 years of the same kind of history, the
// three measured in turn in every round: what the pane costs must follow the range shown, not
// the years behind it (goal: 30 years within 1.5x of 1 year).
#include "core/catalog/catalogloader.h"
#include "core/catalog/catalogpaths.h"
#include "core/model/weekplan.h"
#include "core/report/progressreport.h"
#include "core/store/database.h"
#include "core/store/logrepository.h"
#include "core/store/planrepository.h"
#include "core/store/progressionrepository.h"
#include "gui/logbook.h"
#include "gui/progress/chartpanel.h"
#include "gui/progress/progresspane.h"

#include "benchtable.h"

#include <QApplication>
#include <QImage>
#include <QTabWidget>

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <memory>
#include <random>
#include <string>
#include <unistd.h>

using keel::bench::printRow;
using keel::bench::quantile;
using keel::bench::timeRuns;
namespace core = keel::core;
namespace gui = keel::gui;

namespace {

const core::Date kToday = core::Date::fromYmd(2026, 3, 11);
constexpr int kRuns = 7;
constexpr int kScaleRuns = 15;

struct Exercises {
    std::vector<std::string> strength;
    std::vector<std::string> mobility;
};

Exercises pickExercises(const core::Catalog& catalog)
{
    Exercises picked;
    for (const core::Exercise& exercise : catalog.exercises()) {
        if (exercise.pattern == core::Pattern::Mobility)
            picked.mobility.push_back(exercise.id);
        else if (exercise.pattern != core::Pattern::Walking)
            picked.strength.push_back(exercise.id);
    }
    return picked;
}

core::PlannedItem plannedItem(const std::string& exercise, core::Pattern pattern, int sets, int minutes = 0)
{
    core::PlannedItem item;
    item.exerciseId = exercise;
    item.pattern = pattern;
    item.sets = sets;
    if (minutes > 0)
        item.minutes = core::IntRange {minutes, minutes + 5};
    else
        item.reps = core::IntRange {8, 12};
    item.reason = "bench";
    return item;
}

/// `weeks` weeks up to kToday written through the core API in one transaction: 41 sets a day on
/// average (strength days heavy, the others mobility), a walk and a check-in on most days, a plan
/// every week and a progression event every third week.
std::size_t writeHistory(core::Database& db, const core::Catalog& catalog, int weeks)
{
    const Exercises exercises = pickExercises(catalog);
    std::mt19937 random(20260311);
    std::size_t sets = 0;
    db.transaction([&] {
        core::LogRepository log(db);
        core::PlanRepository plans(db);
        core::ProgressionRepository progression(db);
        std::vector<core::ProgressionEvent> events;
        const core::Date first = kToday.startOfWeek().addDays(-7L * (weeks - 1));
        for (int week = 0; week < weeks; ++week) {
            const core::Date monday = first.addDays(7L * week);
            core::WeekPlan plan;
            plan.weekStart = monday;
            for (int day = 0; day < 7; ++day) {
                const core::Date date = monday.addDays(day);
                const bool strengthDay = day % 2 == 0 && day < 6;
                core::PlannedSession session {
                    0, date, strengthDay ? core::SessionKind::Strength : core::SessionKind::Mobility, {}};
                if (strengthDay) {
                    for (core::Pattern pattern : core::strengthPatterns()) {
                        const auto rung = catalog.byPattern(pattern);
                        session.items.push_back(
                            plannedItem(rung[static_cast<std::size_t>(week / 60) % rung.size()]->id, pattern, 5));
                    }
                } else {
                    session.items.push_back(
                        plannedItem(exercises.mobility[static_cast<std::size_t>(day) % exercises.mobility.size()],
                            core::Pattern::Mobility, 0, 8));
                }
                plan.sessions.push_back(session);
                plan.sessions.push_back(
                    {0, date, core::SessionKind::Walk, {plannedItem("brisk-walk", core::Pattern::Walking, 0, 25)}});
                if (date > kToday)
                    continue;

                const int count = strengthDay ? 80 : 12;
                for (int i = 0; i < count; ++i) {
                    core::LoggedSet set;
                    set.date = date;
                    const auto& pool = strengthDay ? exercises.strength : exercises.mobility;
                    set.exerciseId = pool[static_cast<std::size_t>(random()) % pool.size()];
                    set.reps = 8 + static_cast<int>(random() % 5);
                    if (strengthDay)
                        set.loadKg = 8.0 + 2.0 * static_cast<double>(week / 26);
                    else
                        set.seconds = 30 + static_cast<int>(random() % 31);
                    set.rpe = 6 + static_cast<int>(random() % 3);
                    set.pain = static_cast<int>(random() % 4);
                    log.addSet(set);
                    ++sets;
                }
                if (random() % 100 < 96) {
                    core::WalkEntry walk;
                    walk.date = date;
                    walk.minutes = 15 + static_cast<int>(random() % 30);
                    walk.pain = static_cast<int>(random() % 3);
                    log.addWalk(walk);
                }
                if (random() % 100 < 96)
                    log.setCheckIn({date, static_cast<int>(random() % 4)});
            }
            plans.saveWeek(plan);
            if (week % 3 == 0) {
                events.push_back({0, monday, core::Pattern::Hinge, core::ProgressionKind::LoadUp, "kettlebell-deadlift",
                    "12 kg", "14 kg", "every set reached the top of the range"});
            }
        }
        progression.save(progression.load(), events);
    });
    return sets;
}

core::Catalog loadCatalog()
{
    auto result = core::CatalogLoader::loadWithOverrides(core::builtInCatalogDir(), {});
    if (!result.ok()) {
        std::fprintf(stderr, "progress_bench: the shipped catalog does not load: %s\n",
            result.errors.front().toString().c_str());
        std::exit(1);
    }
    return std::move(result.catalog);
}

/// A fresh Progress pane on `logbook`, shown at a typical size, with the visible chart painted.
void openPane(gui::Logbook& logbook, std::optional<core::ProgressRange> range)
{
    gui::ProgressPane pane(logbook);
    pane.resize(1100, 700);
    if (range)
        pane.setRange(*range);
    pane.show();
    const QImage image = pane.grab().toImage();
    if (image.isNull())
        std::exit(1);
}

class ScratchFolder {
public:
    ScratchFolder()
        : m_path(std::filesystem::temp_directory_path() / ("keel-progress-bench-" + std::to_string(::getpid())))
    {
        std::filesystem::remove_all(m_path);
        std::filesystem::create_directories(m_path);
    }
    ~ScratchFolder() { std::filesystem::remove_all(m_path); }
    const std::filesystem::path& path() const { return m_path; }

private:
    std::filesystem::path m_path;
};

} // namespace

int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const ScratchFolder folder;
    const core::Catalog catalog = loadCatalog();

    auto database = core::Database::open(folder.path() / "ten-years.db", kToday);
    const auto writeStart = std::chrono::steady_clock::now();
    const std::size_t sets = writeHistory(*database, catalog, 522);
    const double writeSeconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - writeStart).count();
    std::fprintf(stderr, "progress_bench: wrote %zu sets in %.1f s\n", sets, writeSeconds);

    // Baseline: the bare aggregate SQLite does for the same sets, on its own connection.
    SQLite::Database raw(folder.path() / "ten-years.db", SQLite::OPEN_READONLY);
    const auto rawGroupBy = [&](const std::string& from) {
        SQLite::Statement query(raw,
            "SELECT date, exercise_id, COUNT(*) FROM logged_sets WHERE date >= ? "
            "GROUP BY date, exercise_id");
        query.bind(1, from);
        long rows = 0;
        while (query.executeStep())
            ++rows;
        return rows;
    };
    const core::ProgressWindow defaultWindow
        = core::ProgressReport(*database, catalog, {}, kToday).window(core::ProgressReport::kDefaultRange);
    const auto rawDefault = timeRuns(kRuns, [&] { rawGroupBy(defaultWindow.from.toString()); });
    const auto rawAll = timeRuns(kRuns, [&] { rawGroupBy("1900-01-01"); });

    gui::Logbook session(std::move(database), catalog, [] { return kToday; });
    const auto queryDefault = timeRuns(kRuns, [&] {
        core::ProgressReport report(session.database(), catalog, {}, kToday);
        report.overview(core::ProgressReport::kDefaultRange);
        report.pattern(core::Pattern::Hinge, core::ProgressReport::kDefaultRange);
    });
    const auto queryAll = timeRuns(kRuns, [&] {
        core::ProgressReport report(session.database(), catalog, {}, kToday);
        report.overview(core::ProgressRange::All);
        report.pattern(core::Pattern::Hinge, core::ProgressRange::All);
    });
    const auto paneDefault = timeRuns(kRuns, [&] { openPane(session, std::nullopt); });
    const auto paneAll = timeRuns(kRuns, [&] { openPane(session, core::ProgressRange::All); });

    // Baseline: the same pane over an empty log (widgets, layout and painting only).
    auto emptyDatabase = core::Database::open(folder.path() / "empty.db", kToday);
    gui::Logbook emptyLogbook(std::move(emptyDatabase), catalog, [] { return kToday; });
    const auto paneEmpty = timeRuns(kRuns, [&] { openPane(emptyLogbook, std::nullopt); });

    const double median = 0.5;
    printRow("progress (10 years)", "query, 3 months", quantile(queryDefault, median), "ms",
        quantile(rawDefault, median), "raw GROUP BY, 3 months", "");
    printRow("progress (10 years)", "query, all", quantile(queryAll, median), "ms", quantile(rawAll, median),
        "raw GROUP BY, all", "");
    printRow("progress (10 years)", "open pane, 3 months", quantile(paneDefault, median), "ms",
        quantile(paneEmpty, median), "pane over an empty log", "< 100 ms");
    printRow("progress (10 years)", "open pane, all", quantile(paneAll, median), "ms", quantile(paneEmpty, median),
        "pane over an empty log", "< 300 ms");

    // The default pane at 1, 10 and 30 years, interleaved so that a slow moment of the machine
    // lands on all three alike. The ten-year history is the one above.
    struct Scale {
        std::string name;
        gui::Logbook* session = nullptr;
        std::vector<double> query;
        std::vector<double> pane;
    };
    std::vector<std::unique_ptr<gui::Logbook>> owned;
    const auto history = [&](const std::string& file, int weeks) {
        auto db = core::Database::open(folder.path() / file, kToday);
        const auto start = std::chrono::steady_clock::now();
        const std::size_t written = writeHistory(*db, catalog, weeks);
        std::fprintf(stderr, "progress_bench: wrote %zu sets (%d weeks) in %.1f s\n", written, weeks,
            std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count());
        owned.push_back(std::make_unique<gui::Logbook>(std::move(db), catalog, [] { return kToday; }));
        return owned.back().get();
    };
    std::vector<Scale> scales {{"1 year", history("one-year.db", 52), {}, {}}, {"10 years", &session, {}, {}},
        {"30 years", history("thirty-years.db", 1565), {}, {}}};
    const auto defaultPane = [](gui::Logbook& on) {
        core::ProgressReport report(on.database(), on.catalog(), {}, kToday);
        report.overview(core::ProgressReport::kDefaultRange);
        report.pattern(core::Pattern::Hinge, core::ProgressReport::kDefaultRange);
        report.loggedExercises();
    };
    for (Scale& scale : scales) // warm the page cache of each file once
        defaultPane(*scale.session);
    for (int run = 0; run < kScaleRuns; ++run) {
        for (Scale& scale : scales) {
            scale.query.push_back(timeRuns(1, [&] { defaultPane(*scale.session); }).front());
            scale.pane.push_back(timeRuns(1, [&] { openPane(*scale.session, std::nullopt); }).front());
        }
    }
    for (Scale& scale : scales) {
        std::sort(scale.query.begin(), scale.query.end());
        std::sort(scale.pane.begin(), scale.pane.end());
    }
    const Scale& oneYear = scales.front();
    for (std::size_t i = 1; i < scales.size(); ++i) {
        const Scale& scale = scales[i];
        printRow("progress (" + scale.name + ")", "query, 3 months", quantile(scale.query, median), "ms",
            quantile(oneYear.query, median), "the same on 1 year", "< 1.5x");
        printRow("progress (" + scale.name + ")", "open pane, 3 months", quantile(scale.pane, median), "ms",
            quantile(oneYear.pane, median), "the same on 1 year", "< 1.5x");
    }
    return 0;
}
