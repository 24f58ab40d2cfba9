// SPDX-License-Identifier: GPL-3.0-or-later
// `progress [--exercise ID | --pattern P] [--range R] [--json]`: where each pattern stands and every
// progression event with its reason; the JSON also carries the charts the Progress pane draws.
#include "cli/clicatalog.h"
#include "cli/clistore.h"
#include "cli/commands.h"
#include "core/plan/planjson.h"
#include "core/plan/planservice.h"
#include "core/plan/plantext.h"
#include "core/report/progressjson.h"
#include "core/store/importrepository.h"
#include "core/store/profilerepository.h"
#include "core/util/units.h"

#include <algorithm>
#include <ostream>
#include <string_view>

namespace keel::cli {

namespace {

nlohmann::json progressionJson(const core::ProgressView& view)
{
    nlohmann::json json {{"flare_up", view.snapshot.flareUp},
        {"flare_up_since",
            view.snapshot.flareUpSince ? nlohmann::json(view.snapshot.flareUpSince->toString()) : nlohmann::json()},
        {"states", nlohmann::json::array()}, {"events", nlohmann::json::array()}};
    for (const core::PatternState& state : view.states)
        json["states"].push_back(core::PlanJson::toJson(state));
    for (const core::ProgressionEvent& event : view.events)
        json["events"].push_back(core::PlanJson::toJson(event));
    return json;
}

void printText(Context& context, const core::ProgressView& view, const core::Catalog& catalog, core::Units units)
{
    if (view.snapshot.flareUp) {
        context.out << "flare-up mode"
                    << (view.snapshot.flareUpSince ? " since " + view.snapshot.flareUpSince->toString() : "")
                    << ": gentle options only until two sessions in a row at pain ≤ 3\n";
    }
    context.out << "current:\n";
    if (view.states.empty())
        context.out << "  nothing yet: run keel-cli plan generate\n";
    for (const core::PatternState& state : view.states)
        context.out << "  " << core::PlanText::state(state, &catalog, units) << '\n';
    context.out << "events:\n";
    if (view.events.empty())
        context.out << "  none yet\n";
    for (const core::ProgressionEvent& event : view.events)
        context.out << "  " << core::PlanText::event(event) << '\n';
}

/// The part of a progression view that concerns every exercise: the flare-up and its events.
core::ProgressView programWide(const core::ProgressView& view)
{
    core::ProgressView wide {view.snapshot, {}, {}};
    for (const core::ProgressionEvent& event : view.events) {
        if (!event.pattern)
            wide.events.push_back(event);
    }
    return wide;
}

/// An imported exercise has no place on a ladder: its text is what was logged, from its chart.
void printImported(Context& context, const std::string& name, const core::ProgressChart& chart)
{
    context.out << name << " (imported, not in the catalog):\n";
    if (chart.series.empty())
        context.out << "  nothing logged in this range\n";
    for (const core::ChartSeries& series : chart.series) {
        if (series.points.empty())
            continue;
        const auto best = std::max_element(series.points.begin(), series.points.end(),
            [](const core::ChartPoint& a, const core::ChartPoint& b) { return a.value < b.value; });
        context.out << "  " << series.name << ": " << core::trimmedNumber(series.points.back().value) << ' '
                    << series.unit << " on " << series.points.back().date.toString() << ", best "
                    << core::trimmedNumber(best->value) << ' ' << series.unit << " on " << best->date.toString() << " ("
                    << series.points.size() << (series.points.size() == 1 ? " day" : " days") << ")\n";
    }
}

int showProgress(Context& context, const Arguments& args)
{
    const auto exercise = args.value("exercise");
    const std::optional<core::Pattern> pattern = patternOption(args);
    core::ProgressQuery query;
    if (const auto range = args.value("range")) {
        const auto parsed = core::parseProgressRange(*range);
        if (!parsed)
            throw UsageError("--range: unknown range \"" + *range + "\"; expected 4w, 3m, 1y or all");
        query.range = *parsed;
    }
    const bool json = args.flag("json");
    if (exercise && pattern)
        throw UsageError("progress: give --exercise or --pattern, not both");
    const core::Catalog catalog = loadCatalogOrFail(context);
    if (exercise && !core::ImportRepository::isImportedId(*exercise))
        requireKnownExercise(catalog, *exercise);
    return withReadableDatabase(context, [&](core::Database& db) {
        std::optional<core::ImportedExercise> imported;
        if (exercise && core::ImportRepository::isImportedId(*exercise)) {
            imported = core::ImportRepository(db).importedExercise(*exercise);
            if (!imported)
                throw UsageError("--exercise: no imported exercise \"" + *exercise
                    + "\" (keel-cli history lists what was imported)");
        }
        core::PlanService service(db, catalog);
        const core::Profile profile = service.profile();
        if (!db.readOnly())
            service.refresh(context.today);
        // An imported exercise has no progression of its own, only the program-wide events.
        const core::ProgressView view = imported ? programWide(service.progress(std::nullopt, std::nullopt))
                                                 : service.progress(pattern, exercise);
        core::ProgressReport report(db, catalog, core::ProgressSettings::fromProfile(profile), context.today);
        if (!json) {
            if (imported)
                printImported(context, imported->name, report.exercise(imported->id, query.range));
            else
                printText(context, view, catalog, profile.units);
            return 0;
        }
        query.exerciseId = exercise;
        query.pattern = pattern;
        nlohmann::json out = core::progressJson(report, query, profile.units);
        out.update(progressionJson(view));
        context.out << out.dump(2) << '\n';
        return 0;
    });
}

} // namespace

CommandSpec progressCommand()
{
    return {.name = "progress",
        .help = "Where each pattern stands and every progression step with its reason",
        .options = {{"exercise", "ID", "only this exercise (or an imported one)"},
            {"pattern", "P", "only this movement pattern"}, {"range", "4w|3m|1y|all", "the span the JSON charts cover"},
            {"json", {}, "print JSON, with the charts"}},
        .run = showProgress};
}

} // namespace keel::cli
