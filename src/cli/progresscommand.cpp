// SPDX-License-Identifier: GPL-3.0-or-later
// `progress [--exercise ID | --pattern P] [--range R] [--json]`: where each pattern stands and every
// progression event with its reason; the JSON also carries the charts the Progress pane draws.
#include "cli/clicatalog.h"
#include "cli/clistore.h"
#include "cli/commands.h"
#include "core/plan/planjson.h"
#include "core/plan/planservice.h"
#include "core/plan/plantext.h"
#include "core/plan/progressjson.h"
#include "core/store/profilerepository.h"

#include <ostream>

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

} // namespace

int runProgress(Context& context, Arguments& args)
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
    args.expectAllUsed();
    if (!args.positional().empty())
        throw UsageError("usage: keel-cli progress [--exercise ID | --pattern P] [--range 4w|3m|1y|all] [--json]");
    if (exercise && pattern)
        throw UsageError("progress: give --exercise or --pattern, not both");
    const core::Catalog catalog = loadCatalogOrFail(context);
    if (exercise)
        requireKnownExercise(catalog, *exercise);
    return withDatabase(context, [&](core::Database& db) {
        core::PlanService service(db, catalog);
        const core::Profile profile = service.profile();
        service.refresh(context.today);
        const core::ProgressView view = service.progress(pattern, exercise);
        if (!json) {
            printText(context, view, catalog, profile.units);
            return 0;
        }
        query.exerciseId = exercise;
        query.pattern = pattern;
        core::ProgressReport report(db, catalog, core::ProgressSettings::fromProfile(profile), context.today);
        nlohmann::json out = core::progressJson(report, query, profile.units);
        out.update(progressionJson(view));
        context.out << out.dump(2) << '\n';
        return 0;
    });
}

} // namespace keel::cli
