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
void refuse(const char* verb, const std::optional<std::string>& problem)
{
    if (problem)
        throw UsageError(std::string(verb) + ": " + *problem);
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

int logSet(Context& context, Arguments& args)
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
    args.expectAllUsed();
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

int logWalk(Context& context, Arguments& args)
{
    core::WalkEntry walk;
    const auto minutes = args.integer("minutes", LogLimits::kMinWalkMinutes, LogLimits::kMaxWalkMinutes);
    if (const auto km = args.number("km", 0.0, LogLimits::kMaxWalkMeters / 1000.0))
        walk.meters = *km * 1000.0;
    walk.pain = args.integer("pain", 0, LogLimits::kMaxPain);
    walk.date = dateOption(args, "date").value_or(context.today);
    walk.note = args.value("note").value_or("");
    args.expectAllUsed();
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

int logCheckIn(Context& context, Arguments& args)
{
    const auto pain = args.integer("pain", 0, LogLimits::kMaxPain);
    const core::Date date = dateOption(args, "date").value_or(context.today);
    args.expectAllUsed();
    if (!pain)
        throw UsageError("log checkin: --pain P is required");
    const core::CheckIn checkIn {date, *pain};
    validate(checkIn);
    refuse("log checkin", core::EntryCheck::date(checkIn.date, context.today));

    return printIdAfterCommit(context, loadCatalogOrFail(context),
        [&](core::Database& db) { return core::LogRepository(db).saveCheckIn(checkIn); });
}

} // namespace

int runLog(Context& context, Arguments& args)
{
    const auto& words = args.positional();
    if (words.size() != 1)
        throw UsageError("log: expected one of set, walk, checkin");
    if (words.front() == "set")
        return logSet(context, args);
    if (words.front() == "walk")
        return logWalk(context, args);
    if (words.front() == "checkin")
        return logCheckIn(context, args);
    throw UsageError("log: unknown kind \"" + words.front() + "\" (expected set, walk or checkin)");
}

} // namespace keel::cli
