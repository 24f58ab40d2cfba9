// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/clistore.h"
#include "cli/commands.h"
#include "core/plan/loadunits.h"
#include "core/store/logrepository.h"
#include "core/store/profilerepository.h"

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

int runHistory(Context& context, Arguments& args)
{
    const core::Date from = dateOption(args, "from").value_or(core::Date::fromYmd(core::LogLimits::kMinYear, 1, 1));
    const core::Date to = dateOption(args, "to").value_or(core::Date::fromYmd(core::LogLimits::kMaxYear, 12, 31));
    const bool asJson = args.flag("json");
    args.expectAllUsed();
    if (!args.positional().empty())
        throw UsageError("history: unexpected \"" + args.positional().front() + "\"");
    if (to < from)
        throw UsageError("history: --from " + from.toString() + " is after --to " + to.toString());

    return withDatabase(context, [&](core::Database& db) {
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

} // namespace keel::cli
