// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/clistore.h"
#include "cli/commands.h"
#include "core/records/recordbook.h"
#include "core/store/logrepository.h"
#include "core/store/profilerepository.h"
#include "core/util/units.h"

#include <iomanip>
#include <nlohmann/json.hpp>
#include <ostream>
#include <sstream>

namespace keel::cli {

namespace {

using nlohmann::json;

template<typename T> json orNull(const std::optional<T>& value)
{
    return value ? json(*value) : json(nullptr);
}

std::string decimal(double value)
{
    std::ostringstream out;
    out << std::setprecision(6) << value;
    return out.str();
}

json toJson(const std::vector<core::LoggedSet>& sets, const std::vector<core::WalkEntry>& walks,
    const std::vector<core::CheckIn>& checkIns)
{
    json result = {{"sets", json::array()}, {"walks", json::array()}, {"checkins", json::array()}};
    for (const core::LoggedSet& set : sets) {
        result["sets"].push_back({{"id", set.id}, {"date", set.date.toString()}, {"exercise", set.exerciseId},
            {"reps", orNull(set.reps)}, {"load_kg", orNull(set.loadKg)}, {"seconds", orNull(set.seconds)},
            {"meters", orNull(set.meters)}, {"rpe", orNull(set.rpe)}, {"pain", orNull(set.pain)}, {"note", set.note}});
    }
    for (const core::WalkEntry& walk : walks) {
        const std::optional<double> km = walk.meters ? std::optional<double>(*walk.meters / 1000.0) : std::nullopt;
        result["walks"].push_back({{"id", walk.id}, {"date", walk.date.toString()}, {"minutes", walk.minutes},
            {"km", orNull(km)}, {"pain", orNull(walk.pain)}, {"note", walk.note}});
    }
    for (const core::CheckIn& checkIn : checkIns)
        result["checkins"].push_back({{"date", checkIn.date.toString()}, {"pain", checkIn.pain}});
    return result;
}

std::string describe(const core::LoggedSet& set, core::Units units)
{
    std::vector<std::string> parts;
    if (set.reps)
        parts.push_back(std::to_string(*set.reps) + " reps");
    if (set.loadKg) {
        parts.push_back(core::LoadUnits::text(*set.loadKg, units));
    }
    if (set.seconds)
        parts.push_back(std::to_string(*set.seconds) + " s");
    if (set.meters)
        parts.push_back(decimal(*set.meters) + " m");
    if (set.rpe)
        parts.push_back("RPE " + std::to_string(*set.rpe));
    if (set.pain)
        parts.push_back("pain " + std::to_string(*set.pain) + "/10");
    std::string text;
    for (const std::string& part : parts)
        text += (text.empty() ? "" : ", ") + part;
    return text;
}

void printText(std::ostream& out, const std::vector<core::LoggedSet>& sets, const std::vector<core::WalkEntry>& walks,
    const std::vector<core::CheckIn>& checkIns, core::Units units)
{
    if (sets.empty() && walks.empty() && checkIns.empty()) {
        out << "Nothing logged in this period.\n";
        return;
    }
    if (!sets.empty()) {
        out << "Sets (" << sets.size() << ")\n";
        for (const core::LoggedSet& set : sets) {
            out << "  " << set.date.toString() << "  #" << set.id << "  " << set.exerciseId << "  "
                << describe(set, units);
            if (!set.note.empty())
                out << "  \"" << set.note << '"';
            out << '\n';
        }
    }
    if (!walks.empty()) {
        out << "Walks (" << walks.size() << ")\n";
        for (const core::WalkEntry& walk : walks) {
            out << "  " << walk.date.toString() << "  #" << walk.id << "  " << walk.minutes << " min";
            if (walk.meters)
                out << ", " << decimal(*walk.meters / 1000.0) << " km";
            if (walk.pain)
                out << ", pain " << *walk.pain << "/10";
            if (!walk.note.empty())
                out << "  \"" << walk.note << '"';
            out << '\n';
        }
    }
    if (!checkIns.empty()) {
        out << "Check-ins (" << checkIns.size() << ")\n";
        for (const core::CheckIn& checkIn : checkIns)
            out << "  " << checkIn.date.toString() << "  morning pain " << checkIn.pain << "/10\n";
    }
}

} // namespace

std::string onDay(const std::optional<core::Date>& date)
{
    return date ? " (" + date->toString() + ")" : std::string();
}

json recordsJson(const core::RecordBook& book)
{
    const auto day = [](const std::optional<core::Date>& date) { return date ? json(date->toString()) : json(); };
    json result = {{"records", json::array()}, {"longest_walk", nullptr}};
    for (const core::ExerciseRecords& records : book.exercises) {
        const core::ExerciseBests& bests = records.bests;
        result["records"].push_back({{"exercise", records.exerciseId}, {"heaviest_kg", orNull(bests.heaviestKg)},
            {"heaviest_reps", bests.heaviestKg ? json(bests.heaviestReps) : json()},
            {"heaviest_on", day(bests.heaviestOn)}, {"epley_1rm_kg", orNull(bests.bestEstimateKg)},
            {"epley_1rm_on", day(bests.bestEstimateOn)}, {"most_reps_unloaded", orNull(bests.mostRepsUnloaded)},
            {"most_reps_on", day(bests.mostRepsOn)}, {"longest_hold_seconds", orNull(bests.longestHoldSeconds)},
            {"longest_hold_on", day(bests.longestHoldOn)}});
    }
    if (book.longestWalk)
        result["longest_walk"] = {{"minutes", book.longestWalk->minutes}, {"date", book.longestWalk->date.toString()}};
    return result;
}

void printRecords(std::ostream& out, const core::RecordBook& book, core::Units units)
{
    if (book.exercises.empty() && !book.longestWalk) {
        out << "No records yet: log a few sessions first.\n";
        return;
    }
    out << "Personal records (warm-ups left out; 1RM estimated by Epley, load × (1 + reps / 30)):\n";
    for (const core::ExerciseRecords& records : book.exercises) {
        const core::ExerciseBests& bests = records.bests;
        std::vector<std::string> parts;
        if (bests.heaviestKg) {
            parts.push_back("heaviest " + core::LoadUnits::text(*bests.heaviestKg, units) + " × "
                + std::to_string(bests.heaviestReps) + onDay(bests.heaviestOn));
        }
        if (bests.bestEstimateKg)
            parts.push_back("1RM " + core::LoadUnits::text(*bests.bestEstimateKg, units) + onDay(bests.bestEstimateOn));
        if (bests.mostRepsUnloaded)
            parts.push_back("most reps " + std::to_string(*bests.mostRepsUnloaded) + onDay(bests.mostRepsOn));
        if (bests.longestHoldSeconds)
            parts.push_back(
                "longest hold " + std::to_string(*bests.longestHoldSeconds) + " s" + onDay(bests.longestHoldOn));
        out << "  " << records.exerciseId << ":";
        for (std::size_t i = 0; i < parts.size(); ++i)
            out << (i == 0 ? " " : ", ") << parts[i];
        out << '\n';
    }
    if (book.longestWalk) {
        out << "  walking: longest walk " << book.longestWalk->minutes << " min" << onDay(book.longestWalk->date)
            << '\n';
    }
}

namespace {

int showHistory(Context& context, const Arguments& args)
{
    const std::optional<core::Date> fromOption = dateOption(args, "from");
    const std::optional<core::Date> toOption = dateOption(args, "to");
    const core::Date from = fromOption.value_or(core::Date::fromYmd(core::LogLimits::kMinYear, 1, 1));
    const core::Date to = toOption.value_or(core::Date::fromYmd(core::LogLimits::kMaxYear, 12, 31));
    const bool asJson = args.flag("json");
    const bool records = args.flag("records");
    const bool ranged = fromOption || toOption;
    if (to < from)
        throw UsageError("history: --from " + from.toString() + " is after --to " + to.toString());
    if (records && ranged)
        throw UsageError("history --records: records cover the whole log; leave out --from and --to");

    return withReadableDatabase(context, [&](core::Database& db) {
        if (records) {
            const core::RecordBook book = core::RecordBook::load(db);
            if (asJson) {
                context.out << recordsJson(book).dump() << '\n';
            } else {
                const auto profile = core::ProfileRepository(db).load();
                printRecords(context.out, book, profile ? profile->units : core::Units::Kg);
            }
            return 0;
        }
        core::LogRepository log(db);
        const auto sets = log.sets(from, to);
        const auto walks = log.walks(from, to);
        const auto checkIns = log.checkIns(from, to);
        if (asJson) {
            context.out << toJson(sets, walks, checkIns).dump() << '\n';
        } else {
            const auto profile = core::ProfileRepository(db).load();
            printText(context.out, sets, walks, checkIns, profile ? profile->units : core::Units::Kg);
        }
        return 0;
    });
}
} // namespace

CommandSpec historyCommand()
{
    return {.name = "history",
        .help = "What was logged: sets, walks and check-ins, or the personal records",
        .options
        = {{"from", "D", "the first day to show (YYYY-MM-DD)"}, {"to", "D", "the last day to show (YYYY-MM-DD)"},
            {"records", {}, "the personal records over the whole log instead"},
            {"json", {}, "print JSON instead of text"}},
        .run = showHistory};
}

} // namespace keel::cli
