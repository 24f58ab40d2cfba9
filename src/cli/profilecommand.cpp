// SPDX-License-Identifier: GPL-3.0-or-later
// `profile set|show`: set changes only the fields it is given; the rest keep their stored value
// (or the Profile defaults before the first save).
#include "cli/clicatalog.h"
#include "cli/clistore.h"
#include "cli/commands.h"
#include "core/plan/planservice.h"
#include "core/store/planrepository.h"
#include "core/store/profilerepository.h"
#include "core/util/units.h"

#include <array>
#include <functional>
#include <nlohmann/json.hpp>
#include <ostream>
#include <set>

namespace keel::cli {

namespace {

using nlohmann::json;

std::vector<std::string> splitCommas(const std::string& text)
{
    std::vector<std::string> items;
    std::size_t start = 0;
    while (true) {
        const std::size_t comma = text.find(',', start);
        items.push_back(text.substr(start, comma == std::string::npos ? std::string::npos : comma - start));
        if (comma == std::string::npos)
            return items;
        start = comma + 1;
    }
}

core::Weekday weekdayOption(const std::string& option, const std::string& text)
{
    const auto day = core::parseWeekday(text);
    if (!day)
        throw UsageError("--" + option + ": \"" + text + "\" is not a weekday (mon, tue, wed, thu, fri, sat, sun)");
    return *day;
}

std::string knownEquipment()
{
    std::string names;
    for (const std::string_view name : core::equipmentNames())
        names += (names.empty() ? "" : ", ") + std::string(name);
    return names;
}

/// One change asked for on the command line, applied to the stored profile.
using Change = std::function<void(core::Profile&)>;

/// The weights-owned options: the profile field each sets, in the profile's units.
struct WeightOption {
    std::string_view name;
    double core::Profile::*field;
};

constexpr std::array<WeightOption, 6> kWeightOptions = {{
    {"heaviest-dumbbell", &core::Profile::heaviestDumbbellKg},
    {"dumbbell-step", &core::Profile::dumbbellStepKg},
    {"heaviest-kettlebell", &core::Profile::heaviestKettlebellKg},
    {"kettlebell-step", &core::Profile::kettlebellStepKg},
    {"heaviest-bar", &core::Profile::heaviestBarKg},
    {"bar-step", &core::Profile::barStepKg},
}};

/// The weights owned, given in the profile's units (after any --units), applied after every other change.
std::vector<Change> parseWeights(const Arguments& args)
{
    std::vector<Change> changes;
    for (const WeightOption& option : kWeightOptions) {
        if (const auto value = args.number(option.name, 0.0, 1000.0)) {
            changes.push_back([field = option.field, value = *value](core::Profile& profile) {
                profile.*field = core::LoadUnits::fromDisplay(value, profile.units);
            });
        }
    }
    return changes;
}

/// Parses every option before the database is opened, so a bad value never creates anything.
std::vector<Change> parseChanges(const Arguments& args)
{
    std::vector<Change> changes;
    if (const auto text = args.value("experience")) {
        const auto experience = core::parseExperience(*text);
        if (!experience)
            throw UsageError(
                "--experience: \"" + *text + "\" is not one of starting, returning, building, experienced");
        changes.push_back([value = *experience](core::Profile& profile) { profile.experience = value; });
    }
    if (const auto days = args.integer("strength-days", 2, 3))
        changes.push_back([value = *days](core::Profile& profile) { profile.strengthDays = value; });
    if (const auto text = args.value("days")) {
        std::vector<core::Weekday> days;
        for (const std::string& day : splitCommas(*text))
            days.push_back(weekdayOption("days", day));
        changes.push_back([days](core::Profile& profile) { profile.preferredDays = days; });
    }
    if (const auto text = args.value("equipment")) {
        std::set<std::string, std::less<>> equipment;
        if (*text != "none") {
            for (const std::string& item : splitCommas(*text)) {
                if (!core::isKnownEquipment(item))
                    throw UsageError(
                        "--equipment: unknown equipment \"" + item + "\" (known: " + knownEquipment() + ", or none)");
                equipment.insert(item);
            }
        }
        changes.push_back([equipment](core::Profile& profile) { profile.equipment = equipment; });
    }
    if (const auto minutes = args.integer("minutes", 10, 240))
        changes.push_back([value = *minutes](core::Profile& profile) { profile.minutesPerDay = value; });
    if (const auto minutes = args.integer("walk-baseline", 0, 300))
        changes.push_back([value = *minutes](core::Profile& profile) { profile.walkBaselineMinutes = value; });
    if (const auto text = args.value("units")) {
        const auto units = core::parseUnits(*text);
        if (!units)
            throw UsageError("--units: \"" + *text + "\" is not kg or lb");
        changes.push_back([value = *units](core::Profile& profile) { profile.units = value; });
    }
    if (const auto text = args.value("week-start")) {
        const core::Weekday day = weekdayOption("week-start", *text);
        changes.push_back([day](core::Profile& profile) { profile.weekStart = day; });
    }
    if (const auto weeks = args.integer("recovery-every", 0, 12))
        changes.push_back([value = *weeks](core::Profile& profile) { profile.recoveryEvery = value; });
    if (const auto seconds = args.integer("rest-seconds", 10, 600))
        changes.push_back([value = *seconds](core::Profile& profile) { profile.restSeconds = value; });
    return changes;
}

json toJson(const core::Profile& profile, bool saved)
{
    json days = json::array();
    for (const core::Weekday day : profile.preferredDays)
        days.push_back(std::string(core::weekdayKey(day)));
    return {{"saved", saved}, {"experience", std::string(core::toString(profile.experience))},
        {"strength_days", profile.strengthDays}, {"days", days}, {"equipment", profile.equipment},
        {"minutes", profile.minutesPerDay}, {"walk_baseline", profile.walkBaselineMinutes},
        {"units", std::string(core::toString(profile.units))},
        {"week_start", std::string(core::weekdayKey(profile.weekStart))}, {"recovery_every", profile.recoveryEvery},
        {"rest_seconds", profile.restSeconds},
        {"weights",
            {{"units", std::string(core::toString(profile.units))},
                {"heaviest_dumbbell", core::LoadUnits::toDisplay(profile.heaviestDumbbellKg, profile.units)},
                {"dumbbell_step", core::LoadUnits::toDisplay(profile.dumbbellStepKg, profile.units)},
                {"heaviest_kettlebell", core::LoadUnits::toDisplay(profile.heaviestKettlebellKg, profile.units)},
                {"kettlebell_step", core::LoadUnits::toDisplay(profile.kettlebellStepKg, profile.units)},
                {"heaviest_bar", core::LoadUnits::toDisplay(profile.heaviestBarKg, profile.units)},
                {"bar_step", core::LoadUnits::toDisplay(profile.barStepKg, profile.units)}}}};
}

void printText(std::ostream& out, const core::Profile& profile, bool saved)
{
    auto join = [](const auto& items) {
        std::string text;
        for (const auto& item : items)
            text += (text.empty() ? "" : ", ") + std::string(item);
        return text.empty() ? std::string("none") : text;
    };
    std::vector<std::string_view> days;
    for (const core::Weekday day : profile.preferredDays)
        days.push_back(core::weekdayKey(day));
    if (!saved)
        out << "No profile saved yet; these are the defaults (keel-cli profile set … saves one).\n";
    out << "experience      " << core::toString(profile.experience) << '\n'
        << "strength days   " << profile.strengthDays << " a week\n"
        << "preferred days  " << join(days) << '\n'
        << "equipment       " << join(profile.equipment) << '\n'
        << "minutes a day   " << profile.minutesPerDay << '\n'
        << "walk baseline   " << profile.walkBaselineMinutes << " min a day\n"
        << "units           " << core::toString(profile.units) << '\n'
        << "week starts on  " << core::weekdayKey(profile.weekStart) << '\n'
        << "recovery week   "
        << (profile.recoveryEvery == 0 ? std::string("off")
                                       : "every " + std::to_string(profile.recoveryEvery) + " weeks")
        << '\n'
        << "rest timer      " << profile.restSeconds << " s\n";
    auto weight = [&profile](double kg) { return core::LoadUnits::text(kg, profile.units); };
    out << "dumbbells       every " << weight(profile.dumbbellStepKg) << " up to " << weight(profile.heaviestDumbbellKg)
        << '\n'
        << "kettlebells     every " << weight(profile.kettlebellStepKg) << " up to "
        << weight(profile.heaviestKettlebellKg) << '\n'
        << "bar             every " << weight(profile.barStepKg) << " up to " << weight(profile.heaviestBarKg) << '\n';
}

int showProfile(Context& context, const Arguments& args)
{
    const bool asJson = args.flag("json");
    return withDatabase(context, [&](core::Database& db) {
        const auto stored = core::ProfileRepository(db).load();
        const core::Profile profile = stored.value_or(core::Profile {});
        if (asJson)
            context.out << toJson(profile, stored.has_value()).dump() << '\n';
        else
            printText(context.out, profile, stored.has_value());
        return 0;
    });
}

int setProfile(Context& context, const Arguments& args)
{
    const std::vector<Change> changes = parseChanges(args);
    const std::vector<Change> weights = parseWeights(args);
    return withDatabase(context, [&](core::Database& db) {
        core::ProfileRepository repository(db);
        const std::optional<core::Profile> stored = repository.load();
        core::Profile profile = stored.value_or(core::Profile {});
        for (const Change& change : changes)
            change(profile);
        // A first profile in pounds starts from weights that come in pounds.
        if (!stored)
            profile.setDefaultWeights(profile.units);
        for (const Change& change : weights)
            change(profile);
        // A plan made for the old profile is re-planned from today on, in the same transaction; days
        // before today stay as they were.
        if (!core::PlanRepository(db).lastWeekStart()) {
            repository.save(profile);
        } else {
            const core::Catalog catalog = loadCatalogOrFail(context);
            db.transaction([&] {
                repository.save(profile);
                core::PlanService(db, catalog).replanFrom(context.today);
            });
        }
        context.out << "profile saved\n";
        return 0;
    });
}

} // namespace

CommandSpec profileCommand()
{
    return {.name = "profile",
        .help = "Who the plan is for: experience, days, equipment, units",
        .verbs = {
            {.name = "set",
                .help = "Change the profile; what is not given keeps its stored value",
                .options = {{"experience", "E", "starting, returning, building or experienced"},
                    {"strength-days", "N", "strength sessions a week, 2 or 3"},
                    {"days", "mon,wed,fri", "the preferred days for strength, comma-separated"},
                    {"equipment", "a,b", "the equipment at hand, comma-separated, or none"},
                    {"minutes", "N", "minutes a day for training, 10 to 240"},
                    {"walk-baseline", "MIN", "minutes walked a day now, 0 to 300"},
                    {"units", "kg|lb", "the units weights are shown and given in"},
                    {"week-start", "DAY", "the day a week starts on (mon, ..., sun)"},
                    {"recovery-every", "N", "a lighter week every N weeks, 0 to 12 (0 = never)"},
                    {"rest-seconds", "S", "the rest timer between sets, 10 to 600 seconds"},
                    {"heaviest-dumbbell", "W", "the heaviest dumbbell, in the profile's units"},
                    {"dumbbell-step", "W", "the step between dumbbells"},
                    {"heaviest-kettlebell", "W", "the heaviest kettlebell"},
                    {"kettlebell-step", "W", "the step between kettlebells"},
                    {"heaviest-bar", "W", "the heaviest loaded bar"},
                    {"bar-step", "W", "the smallest step on the bar"}},
                .run = setProfile},
            {.name = "show",
                .help = "Show the profile, or the defaults before the first save",
                .options = {{"json", {}, "print JSON instead of text"}},
                .run = showProfile},
        }};
}

} // namespace keel::cli
