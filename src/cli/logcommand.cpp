// SPDX-License-Identifier: GPL-3.0-or-later
// `log set|walk|checkin`: every input is checked before the database is touched, and the new
// row's id is printed only once the commit has returned.
#include "cli/clistore.h"
#include "cli/commands.h"
#include "core/catalog/catalogloader.h"
#include "core/catalog/catalogpaths.h"
#include "core/store/logrepository.h"

#include <ostream>

namespace keel::cli {

namespace {

using core::LogLimits;

void requireKnownExercise(const Context& context, const std::string& id)
{
    const core::CatalogLoadResult loaded
        = core::CatalogLoader::loadWithOverrides(core::builtInCatalogDir(), context.dataDir / "catalog.d");
    if (loaded.catalog.find(id))
        return;
    std::string message = "--exercise: unknown exercise \"" + id + "\"";
    if (!loaded.ok())
        message += " (the catalog could not be read fully: " + loaded.errors.front().toString() + ")";
    else
        message += " (keel-cli catalog list shows the known ids)";
    throw UsageError(message);
}

/// Core validation (note length, dates) with the same one-line treatment as option errors.
template<typename Record> void validate(const Record& record)
{
    try {
        core::LogRepository::validate(record);
    } catch (const core::StoreError& error) {
        throw UsageError(error.what());
    }
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
    requireKnownExercise(context, set.exerciseId);

    return withDatabase(context, [&](core::Database& db) {
        context.out << core::LogRepository(db).addSet(set) << std::endl;
        return 0;
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

    return withDatabase(context, [&](core::Database& db) {
        context.out << core::LogRepository(db).addWalk(walk) << std::endl;
        return 0;
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

    return withDatabase(context, [&](core::Database& db) {
        context.out << core::LogRepository(db).saveCheckIn(checkIn) << std::endl;
        return 0;
    });
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
