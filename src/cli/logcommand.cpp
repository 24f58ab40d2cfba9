// SPDX-License-Identifier: GPL-3.0-or-later
// `log set|walk|checkin`: every input is checked before the database is touched, and the new
// row's id is printed only once the commit has returned. A set or walk is linked to the day's
// planned item for it when one is still open. The plan is brought up to date with the log before
// the entry (so it links to the current plan) and after it (so the next session follows it).
#include "cli/clicatalog.h"
#include "cli/clistore.h"
#include "cli/commands.h"
#include "core/plan/dayview.h"
#include "core/plan/entrycheck.h"
#include "core/plan/planservice.h"
#include "core/store/logrepository.h"

#include <cstdint>
#include <functional>
#include <ostream>

namespace keel::cli {

namespace {

using core::LogLimits;

/// Core validation (note length, dates) with the same one-line treatment as option errors.
template<typename Record> void validate(const Record& record)
{
    try {
        core::LogRepository::validate(record);
    } catch (const core::StoreError& error) {
        throw UsageError(error.what());
    }
}

/// Turns what EntryCheck found into the one-line usage error of `verb`.
void refuse(const char* verb, const std::optional<core::Reason>& problem)
{
    if (problem)
        throw UsageError(std::string(verb) + ": " + problem->text());
}

/// Runs `write` as one transaction and prints the id it returns once the commit is done; refreshes
/// the plan before and after it.
int printIdAfterCommit(
    Context& context, const core::Catalog& catalog, const std::function<std::int64_t(core::Database&)>& write)
{
    return withDatabase(context, [&](core::Database& db) {
        core::PlanService service(db, catalog);
        service.refresh(context.today);
        std::int64_t id = 0;
        db.transaction([&] { id = write(db); });
        context.out << id << std::endl;
        service.refresh(context.today);
        return 0;
    });
}

int logSet(Context& context, const Arguments& args)
{
    core::LoggedSet set;
    const auto exercise = args.value("exercise");
    set.reps = args.integer("reps", 0, LogLimits::kMaxReps);
    set.loadKg = args.number("load", 0.0, LogLimits::kMaxLoadKg);
    set.seconds = args.integer("seconds", 0, LogLimits::kMaxSeconds);
    set.meters = args.number("meters", 0.0, LogLimits::kMaxMeters);
    set.rpe = args.integer("rpe", LogLimits::kMinRpe, LogLimits::kMaxRpe);
    set.pain = args.integer("pain", 0, LogLimits::kMaxPain);
    set.date = dateOption(args, "date").value_or(context.today);
    set.note = args.value("note").value_or("");
    if (!exercise || exercise->empty())
        throw UsageError("log set: --exercise ID is required");
    if (!set.reps && !set.seconds && !set.meters)
        throw UsageError("log set: give what was done with --reps, --seconds or --meters");
    set.exerciseId = *exercise;
    validate(set);
    const core::Catalog catalog = loadCatalogOrFail(context);
    requireKnownExercise(catalog, set.exerciseId);
    refuse("log set", core::EntryCheck::set(set, *catalog.find(set.exerciseId), context.today));

    return printIdAfterCommit(context, catalog, [&](core::Database& db) {
        // The set counts towards the day's planned item, as in Today, so regenerating the week keeps it.
        set.plannedItemId = core::DayView::openItemId(db, set.date, set.exerciseId);
        return core::LogRepository(db).addSet(set);
    });
}

int logWalk(Context& context, const Arguments& args)
{
    core::WalkEntry walk;
    const auto minutes = args.integer("minutes", LogLimits::kMinWalkMinutes, LogLimits::kMaxWalkMinutes);
    if (const auto km = args.number("km", 0.0, LogLimits::kMaxWalkMeters / 1000.0))
        walk.meters = *km * 1000.0;
    walk.pain = args.integer("pain", 0, LogLimits::kMaxPain);
    walk.date = dateOption(args, "date").value_or(context.today);
    walk.note = args.value("note").value_or("");
    if (!minutes)
        throw UsageError("log walk: --minutes M is required");
    walk.minutes = *minutes;
    validate(walk);
    refuse("log walk", core::EntryCheck::date(walk.date, context.today));

    return printIdAfterCommit(context, loadCatalogOrFail(context), [&](core::Database& db) {
        walk.plannedItemId = core::DayView::openWalkItemId(db, walk.date);
        return core::LogRepository(db).addWalk(walk);
    });
}

int logCheckIn(Context& context, const Arguments& args)
{
    const auto pain = args.integer("pain", 0, LogLimits::kMaxPain);
    const core::Date date = dateOption(args, "date").value_or(context.today);
    if (!pain)
        throw UsageError("log checkin: --pain P is required");
    const core::CheckIn checkIn {date, *pain};
    validate(checkIn);
    refuse("log checkin", core::EntryCheck::date(checkIn.date, context.today));

    return printIdAfterCommit(context, loadCatalogOrFail(context),
        [&](core::Database& db) { return core::LogRepository(db).saveCheckIn(checkIn); });
}

} // namespace

CommandSpec logCommand()
{
    const OptionSpec pain {
        "pain", "P", "pain during it, 0 to 10: up to 3 is fine, 4-5 holds progress, above 5 steps back"};
    const OptionSpec date {"date", "D", "the day it was done (YYYY-MM-DD); today when left out"};
    const OptionSpec note {"note", "TEXT", "a note kept with the entry"};
    return {.name = "log",
        .help = "Log a set, a walk or the morning check-in; each prints the new entry's id",
        .verbs = {
            {.name = "set",
                .help = "Log one set of an exercise",
                .options = {{"exercise", "ID", "the exercise (required; keel-cli catalog list shows the ids)"},
                    {"reps", "N", "repetitions done"}, {"load", "KG", "the load in kg"},
                    {"seconds", "S", "seconds held or carried"}, {"meters", "M", "metres carried"},
                    {"rpe", "R",
                        "how hard the set felt (rate of perceived exertion), 1 to 10: 10 = nothing left,\n"
                        "8 = about two more reps in reserve, 6 = four or more. Loads and reps go up only\n"
                        "when every set is RPE 8 or easier; leave it out and the set counts as fine."},
                    pain, date, note},
                .run = logSet},
            {.name = "walk",
                .help = "Log a walk",
                .options
                = {{"minutes", "M", "minutes walked (required)"}, {"km", "D", "the distance in km"}, pain, date, note},
                .run = logWalk},
            {.name = "checkin",
                .help = "Log the morning pain check-in",
                .options = {{"pain", "P", "pain this morning, 0 to 10 (required)"}, date},
                .run = logCheckIn},
        }};
}

} // namespace keel::cli
