// SPDX-License-Identifier: GPL-3.0-or-later
// `plan generate|show|day`: generate reviews every finished week first (so logged weeks count), then
// plans and stores; show first brings the plan up to date with the log (PlanService::refresh), then
// prints the week as text or as DESIGN.md's JSON; day prints one day as Today shows it.
#include "cli/clicatalog.h"
#include "cli/clistore.h"
#include "cli/commands.h"
#include "core/plan/dayview.h"
#include "core/plan/planjson.h"
#include "core/plan/planservice.h"
#include "core/plan/plantext.h"
#include "core/plan/reasontext.h"

#include <climits>
#include <ostream>

namespace keel::cli {

namespace {

std::string summary(const core::WeekPlan& week)
{
    std::vector<core::Weekday> strength;
    int walking = 0;
    for (const core::PlannedSession& session : week.sessions) {
        if (session.kind == core::SessionKind::Strength)
            strength.push_back(session.date.weekday());
        if (session.kind == core::SessionKind::Walk && session.date == week.weekStart) {
            for (const core::PlannedItem& item : session.items)
                walking += item.minutes ? item.minutes->min : 0;
        }
    }
    std::string text = "week of " + week.weekStart.toString() + ": strength on "
        + core::ReasonText::weekdayList(strength) + ", walking " + std::to_string(walking) + " min a day";
    if (week.recovery)
        text += ", recovery week";
    if (week.flareUp)
        text += ", flare-up mode";
    return text;
}

int generate(Context& context, const Arguments& args)
{
    const auto week = dateOption(args, "week");
    const int weeks = args.integer("weeks", 1, core::PlanService::kMaxWeeks).value_or(1);
    const int seed = args.integer("seed", 0, INT_MAX).value_or(1);
    const core::Catalog catalog = loadCatalogOrFail(context);
    return withDatabase(context, [&](core::Database& db) {
        core::PlanService service(db, catalog);
        const core::Profile profile = service.profile();
        const core::Date first = week.value_or(context.today).startOfWeek(profile.weekStart);
        const auto planned = service.generate(first, weeks, static_cast<std::uint64_t>(seed), context.today);
        std::optional<core::Date> reviewed;
        for (const core::ProgressionEvent& event : service.lastEvents()) {
            if (event.kind == core::ProgressionKind::Start)
                continue;
            if (event.date != reviewed) {
                reviewed = event.date;
                context.out << "reviewed the week of " << event.date.addDays(-7).toString() << ":\n";
            }
            context.out << "  " << core::PlanText::event(event) << '\n';
        }
        context.out << "planned " << planned.size() << (planned.size() == 1 ? " week" : " weeks") << " from "
                    << first.toString() << " (seed " << seed << ")\n";
        for (const core::WeekPlan& plan : planned) {
            context.out << "  " << summary(plan) << '\n';
            for (const core::Reason& note : plan.notes)
                context.out << "    note: " << note.text() << '\n';
        }
        return 0;
    });
}

int show(Context& context, const Arguments& args)
{
    const core::Date day = dateOption(args, "week").value_or(context.today);
    const bool json = args.flag("json");
    const core::Catalog catalog = loadCatalogOrFail(context);
    return withReadableDatabase(context, [&](core::Database& db) {
        core::PlanService service(db, catalog);
        const core::Profile profile = service.profile();
        if (!db.readOnly())
            service.refresh(context.today);
        const auto week = service.week(day);
        if (!week) {
            const std::string start = day.startOfWeek(profile.weekStart).toString();
            context.err << "keel-cli: no plan for the week of " << start << ": run keel-cli plan generate --week "
                        << start << '\n';
            return 1;
        }
        if (json)
            context.out << core::PlanJson::toJson(*week).dump(2) << '\n';
        else
            context.out << core::PlanText::week(*week, &catalog, profile.units);
        return 0;
    });
}

int showDay(Context& context, const Arguments& args)
{
    const core::Date day = dateOption(args, "date").value_or(context.today);
    const core::Catalog catalog = loadCatalogOrFail(context);
    return withReadableDatabase(context, [&](core::Database& db) {
        core::PlanService service(db, catalog);
        const core::Profile profile = service.profile();
        if (!db.readOnly())
            service.refresh(context.today);
        // The same view Today shows: what is planned, what is logged against it, what is left.
        context.out << core::PlanText::day(
            core::DayView::load(db, day, core::DayView::Detail::PlanOnly), &catalog, profile.units);
        return 0;
    });
}

} // namespace

CommandSpec planCommand()
{
    return {.name = "plan",
        .help = "The weekly plan: generate it, show a week or one day",
        .verbs = {
            {.name = "generate",
                .help = "Review the finished weeks, then plan and store the coming ones",
                .options = {{"week", "D", "a day in the first week to plan (YYYY-MM-DD); this week when left out"},
                    {"weeks", "N", "how many weeks to plan, 1 to 52 (default 1)"},
                    {"seed", "S", "the seed that picks among equal choices, 0 or more (default 1)"}},
                .run = generate},
            {.name = "show",
                .help = "Show one week of the plan, brought up to date with the log",
                .options = {{"week", "D", "a day in the week to show (YYYY-MM-DD); this week when left out"},
                    {"json", {}, "print JSON instead of text"}},
                .run = show},
            {.name = "day",
                .help = "Show one day as Today shows it: planned, logged and left",
                .options = {{"date", "D", "the day (YYYY-MM-DD); today when left out"}},
                .run = showDay},
        }};
}

} // namespace keel::cli
