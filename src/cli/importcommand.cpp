// SPDX-License-Identifier: GPL-3.0-or-later
// keel-cli import: reads another app's export, shows what it would add, then adds it in one
// transaction (or, with --dry-run, writes nothing).
#include "cli/clicatalog.h"
#include "cli/clistore.h"
#include "cli/clitext.h"
#include "cli/commands.h"
#include "core/exchange/exchangeerror.h"
#include "core/exchange/exercisematcher.h"
#include "core/exchange/importer.h"
#include "core/exchange/jsonbackup.h"
#include "core/store/importrepository.h"
#include "core/store/profilerepository.h"

#include <fstream>
#include <nlohmann/json.hpp>
#include <ostream>
#include <sstream>

namespace keel::cli {

namespace {

using nlohmann::json;

json previewJson(const core::ImportPreview& preview)
{
    json units = json::array();
    for (const core::Units unit : preview.weightUnits)
        units.push_back(std::string(core::toString(unit)));
    json result = {{"format", std::string(core::toString(preview.format))}, {"dialect", preview.dialect.text()},
        {"from", preview.first ? json(preview.first->toString()) : json(nullptr)},
        {"to", preview.last ? json(preview.last->toString()) : json(nullptr)}, {"workouts", preview.workouts},
        {"sets", preview.sets}, {"warm_up_sets", preview.warmUpSets}, {"walks", preview.walks}, {"weight_units", units},
        {"units_assumed", preview.unitsAssumed}, {"matched", json::array()}, {"unmatched", json::array()},
        {"skipped", json::array()}};
    for (const auto& [name, id] : preview.matched)
        result["matched"].push_back({{"name", name}, {"exercise", id}});
    for (const core::UnmatchedName& name : preview.unmatched)
        result["unmatched"].push_back(
            {{"name", name.name}, {"exercise", name.importedId}, {"sets", name.sets}, {"reason", name.reason.text()}});
    for (const core::SkippedRow& row : preview.skipped)
        result["skipped"].push_back({{"line", row.line}, {"reason", row.reason.text()}});
    return result;
}

void printPreview(std::ostream& out, const core::ImportPreview& preview, core::Units assumed)
{
    out << "Format: " << core::toString(preview.format) << " (" << preview.dialect.text() << ")\n";
    if (preview.first)
        out << "Dates: " << preview.first->toString() << " to " << preview.last->toString() << '\n';
    else
        out << "Dates: none (nothing to import)\n";
    out << "Workouts: " << preview.workouts << ", sets: " << preview.sets << " (" << preview.warmUpSets
        << " warm-up), walks: " << preview.walks << '\n';
    if (preview.unitsAssumed) {
        const bool kg = assumed == core::Units::Kg;
        out << "Units: the file states none; weights read as " << (kg ? "kg" : "lb") << " and distances as "
            << (kg ? "km" : "miles") << " (--units " << (kg ? "lb" : "kg") << " if not)\n";
    } else if (!preview.weightUnits.empty()) {
        out << "Units: weights in";
        for (std::size_t i = 0; i < preview.weightUnits.size(); ++i)
            out << (i == 0 ? " " : " and ") << core::toString(preview.weightUnits[i]);
        out << ", stored as kg\n";
    }
    for (const auto& [name, id] : preview.matched)
        out << "  " << name << " -> " << id << '\n';
    if (!preview.unmatched.empty()) {
        out << "Not in the catalog, kept under their own names (" << preview.unmatched.size() << "):\n";
        for (const core::UnmatchedName& name : preview.unmatched)
            out << "  " << name.name << " -> " << name.importedId << " ("
                << plural(static_cast<std::size_t>(name.sets), "set")
                << (name.reason.empty() ? std::string()
                                        : ", not recorded as the catalog's exercise: " + name.reason.text())
                << ")\n";
    }
    if (!preview.skipped.empty()) {
        out << "Rows skipped (" << preview.skipped.size() << "):\n";
        for (const core::SkippedRow& row : preview.skipped)
            out << "  line " << row.line << ": " << row.reason.text() << '\n';
    }
}

std::optional<core::DateOrder> dateOrderOption(const Arguments& args)
{
    const auto text = args.value("dates");
    if (!text)
        return std::nullopt;
    if (*text == "dmy")
        return core::DateOrder::DayFirst;
    if (*text == "mdy")
        return core::DateOrder::MonthFirst;
    throw UsageError("--dates: \"" + *text + "\" is not dmy or mdy");
}

/// Exports of years of training are a few megabytes; anything far larger is not one.
constexpr std::uintmax_t kMaxImportBytes = 256u * 1024u * 1024u;

std::string readImportFile(const std::filesystem::path& file)
{
    std::error_code error;
    const auto size = std::filesystem::file_size(file, error);
    if (error)
        throw std::runtime_error("import: cannot read " + file.string() + ": " + error.message());
    if (size > kMaxImportBytes)
        throw std::runtime_error("import: " + file.string() + " is " + std::to_string(size >> 20)
            + " MiB; no export Keel reads is that large");
    std::ifstream in(file, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    if (!in)
        throw std::runtime_error("import: cannot read " + file.string());
    return text.str();
}

int restoreBackup(Context& context, const std::string& text, bool dryRun, bool merge, bool asJson)
{
    core::RestoreSummary summary;
    if (dryRun) {
        summary = core::JsonBackup::inspect(text);
    } else {
        const auto db = openDatabase(context);
        summary = core::JsonBackup::restore(*db, text, merge, context.dataDir / "catalog.d");
    }
    if (asJson) {
        json result = {{"format", "json"}, {"rows", summary.rows}, {"written", !dryRun}, {"merged", summary.merged},
            {"catalog_files", summary.catalogFiles}};
        if (summary.merged) {
            result["sets_added"] = summary.mergeOutcome.setsAdded;
            result["walks_added"] = summary.mergeOutcome.walksAdded;
            result["checkins_added"] = summary.checkInsAdded;
        }
        context.out << result.dump() << '\n';
        return 0;
    }
    context.out << "Format: json (Keel backup, format version " << core::JsonBackup::kFormatVersion << ")\n";
    for (const auto& [table, count] : summary.rows)
        context.out << "  " << table << ": " << plural(static_cast<std::size_t>(count), "row") << '\n';
    for (const std::string& name : summary.catalogFiles)
        context.out << "  catalog.d/" << name << (dryRun ? "\n" : " (restored)\n");
    if (dryRun)
        context.out << "Dry run: nothing was written.\n";
    else if (summary.merged)
        context.out << "Merged " << summary.mergeOutcome.setsAdded << " sets, " << summary.mergeOutcome.walksAdded
                    << " walks and " << summary.checkInsAdded << " check-ins.\n";
    else
        context.out << "Restored.\n";
    return 0;
}

/// --map "NAME=ID": an imported name and the catalog exercise it stands for.
struct NameMapping {
    std::string name;
    std::string exerciseId;
};

NameMapping parseMapping(const std::optional<std::string>& text, const core::Catalog& catalog)
{
    const auto equals = text->rfind('=');
    if (equals == std::string::npos || equals == 0 || equals + 1 == text->size())
        throw UsageError("--map: \"" + *text + "\" is not NAME=EXERCISE-ID");
    NameMapping mapping {text->substr(0, equals), text->substr(equals + 1)};
    if (!catalog.find(mapping.exerciseId))
        throw UsageError("--map: " + unknownExerciseMessage(catalog, mapping.exerciseId));
    if (core::ExerciseMatcher::normalise(mapping.name).empty())
        throw UsageError("--map: the name \"" + mapping.name + "\" has no letters or digits");
    return mapping;
}

/// Remembers the mapping and moves the sets of an earlier import of that name (one transaction
/// with whatever the caller does around it); returns how many sets moved.
int applyMapping(core::Database& db, const NameMapping& mapping)
{
    core::ImportRepository imports(db);
    const std::string importedId = core::ExerciseMatcher::importedId(mapping.name);
    const std::string normalised = core::ExerciseMatcher::normalise(mapping.name);
    if (imports.importedExercise(importedId))
        return imports.mapImported(importedId, normalised, mapping.exerciseId);
    imports.remember(normalised, mapping.exerciseId);
    return 0;
}

int importFile(Context& context, const Arguments& args)
{
    const auto formatText = args.value("format");
    const auto unitsText = args.value("units");
    const auto dateOrder = dateOrderOption(args);
    const bool dryRun = args.flag("dry-run");
    const bool asJson = args.flag("json");
    const bool merge = args.flag("merge");
    const auto mapText = args.value("map");
    std::optional<core::Catalog> loaded;
    auto catalog = [&]() -> const core::Catalog& {
        if (!loaded)
            loaded = loadCatalogOrFail(context);
        return *loaded;
    };
    std::optional<NameMapping> chosen;
    if (mapText)
        chosen = parseMapping(mapText, catalog());
    if (chosen && args.positional().empty()) {
        // Only a mapping: remember it and move what an earlier import kept under that name.
        if (dryRun || asJson || merge || formatText || unitsText || dateOrder)
            throw UsageError("import --map without a file takes no other options");
        return withDatabase(context, [&](core::Database& db) {
            int moved = 0;
            db.transaction([&] { moved = applyMapping(db, *chosen); });
            context.out << "\"" << chosen->name << "\" is " << chosen->exerciseId << " from now on; "
                        << plural(static_cast<std::size_t>(moved), "set") << " moved.\n";
            return 0;
        });
    }
    if (args.positional().empty())
        throw UsageError("import: name one file to import");
    const std::filesystem::path file = args.positional().front();

    std::optional<core::ImportFormat> format;
    if (formatText) {
        format = core::parseImportFormat(*formatText);
        if (!format)
            throw UsageError("--format: \"" + *formatText + "\" is not strong, hevy, fitnotes, gpx or json");
    }
    std::optional<core::Units> units;
    if (unitsText) {
        units = core::parseUnits(*unitsText);
        if (!units)
            throw UsageError("--units: \"" + *unitsText + "\" is not kg or lb");
    }

    const std::string text = readImportFile(file);
    try {
        if (format.value_or(core::Importer::detect(text)) == core::ImportFormat::Json) {
            if (units || dateOrder || chosen)
                throw UsageError("--units, --dates and --map are for other apps' exports, not Keel backups");
            return restoreBackup(context, text, dryRun, merge, asJson);
        }
        if (merge)
            throw UsageError("--merge is for Keel JSON backups; other imports always add to the logbook");

        // A database that does not exist yet has no remembered mappings and no profile to read;
        // it is created only once the file has been read and there is something to write.
        std::unique_ptr<core::Database> db;
        std::map<std::string, std::string> mappings;
        if (std::filesystem::exists(context.databasePath)) {
            db = openDatabase(context);
            mappings = core::ImportRepository(*db).mappings();
            if (!units) {
                if (const auto profile = core::ProfileRepository(*db).load())
                    units = profile->units;
            }
        }
        if (chosen)
            mappings[core::ExerciseMatcher::normalise(chosen->name)] = chosen->exerciseId;
        core::ReadOptions options;
        options.units = units.value_or(core::Units::Kg);
        options.dateOrder = dateOrder;
        const core::SourceFile source = core::Importer::read(text, format, options);
        const core::ImportPlan plan
            = core::Importer::plan(source, core::ExerciseMatcher(catalog(), mappings), context.today);

        std::optional<core::ImportOutcome> outcome;
        if (!dryRun) {
            if (!db)
                db = openDatabase(context);
            db->transaction([&] {
                if (chosen)
                    applyMapping(*db, *chosen);
                outcome = core::ImportRepository(*db).write(plan.batch);
            });
        }

        if (asJson) {
            json result = {{"preview", previewJson(plan.preview)}, {"written", nullptr}};
            if (outcome) {
                result["written"]
                    = {{"sets_added", outcome->setsAdded}, {"sets_already_there", outcome->setsAlreadyThere},
                        {"walks_added", outcome->walksAdded}, {"walks_already_there", outcome->walksAlreadyThere}};
            }
            context.out << result.dump() << '\n';
            return 0;
        }
        printPreview(context.out, plan.preview, options.units);
        if (!outcome) {
            context.out << "Dry run: nothing was written.\n";
        } else {
            context.out << "Imported " << outcome->setsAdded << " sets and " << outcome->walksAdded << " walks";
            const int already = outcome->setsAlreadyThere + outcome->walksAlreadyThere;
            if (already > 0)
                context.out << "; " << already << " were imported before and left alone";
            context.out << ".\n";
        }
        return 0;
    } catch (const core::ExchangeError& error) {
        context.err << "keel-cli: import: " << error.located(file.string()) << "; nothing was written\n";
        return 1;
    } catch (const core::StoreError& error) {
        return reportStoreError(context, error);
    }
}

} // namespace

CommandSpec importCommand()
{
    return {.name = "import",
        .help = "Add another app's export, or restore a Keel JSON backup; shows what it adds",
        .options = {{"format", "F", "strong, hevy, fitnotes, gpx or json; read from the file when left out"},
            {"units", "kg|lb", "the units of a file that states none"},
            {"dates", "dmy|mdy", "the order of day and month in a file whose dates leave it open"},
            {"map", "NAME=ID",
                "import NAME as the catalog exercise ID, and remember it (alone: map what was imported)"},
            {"dry-run", {}, "show what would be added and write nothing"},
            {"merge", {}, "add a Keel JSON backup to the logbook instead of replacing it"},
            {"json", {}, "print JSON instead of text"}},
        .words = {"FILE", "the export or backup to read"},
        .run = importFile};
}

} // namespace keel::cli
