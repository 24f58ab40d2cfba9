// SPDX-License-Identifier: GPL-3.0-or-later
// keel-cli export csv|json|ics: the logbook for a spreadsheet, a complete backup, or the coming
// weeks' plan for a calendar; to stdout or to --out FILE.
#include "cli/clicatalog.h"
#include "cli/clistore.h"
#include "cli/commands.h"
#include "core/exchange/csvexporter.h"
#include "core/exchange/icswriter.h"
#include "core/exchange/jsonbackup.h"
#include "core/store/importrepository.h"
#include "core/store/logrepository.h"
#include "core/store/planrepository.h"
#include "core/store/profilerepository.h"

#include <fstream>
#include <map>
#include <ostream>

namespace keel::cli {

namespace {

std::string logbookCsv(Context& context, core::Database& db)
{
    const core::Catalog catalog = loadCatalogOrFail(context);
    std::map<std::string, std::string> imported;
    for (const core::ImportedExercise& exercise : core::ImportRepository(db).importedExercises())
        imported.emplace(exercise.id, exercise.name);
    core::LogRepository log(db);
    const core::Date from = core::Date::fromYmd(core::LogLimits::kMinYear, 1, 1);
    const core::Date to = core::Date::fromYmd(core::LogLimits::kMaxYear, 12, 31);
    return core::CsvExporter::write(
        log.sets(from, to), log.walks(from, to), log.checkIns(from, to), [&](const std::string& id) {
            if (const core::Exercise* exercise = catalog.find(id))
                return exercise->name;
            const auto it = imported.find(id);
            return it != imported.end() ? it->second : id;
        });
}

std::string planIcs(Context& context, core::Database& db, int weeks, std::optional<int> startMinute)
{
    const core::Catalog catalog = loadCatalogOrFail(context);
    const auto profile = core::ProfileRepository(db).load();
    core::IcsOptions options;
    options.stamp = context.today;
    options.startMinute = startMinute;
    if (profile) {
        options.units = profile->units;
        options.durationMinutes = profile->minutesPerDay;
    }
    const core::Date from = context.today;
    const core::Date to = from.addDays(7L * weeks - 1);
    const auto plan = core::PlanRepository(db).weeks(from.addDays(-6), to);
    if (plan.empty())
        context.err << "keel-cli: note: nothing is planned from " << from.toString() << " to " << to.toString()
                    << "; the calendar is empty\n";
    return core::IcsWriter::write(plan, from, to, &catalog, options);
}

std::optional<int> timeOption(Arguments& args)
{
    const auto text = args.value("time");
    if (!text)
        return std::nullopt;
    if (text->size() == 5 && (*text)[2] == ':') {
        try {
            const int hours = std::stoi(text->substr(0, 2));
            const int minutes = std::stoi(text->substr(3, 2));
            if (hours >= 0 && hours < 24 && minutes >= 0 && minutes < 60)
                return hours * 60 + minutes;
        } catch (const std::exception&) { }
    }
    throw UsageError("--time: \"" + *text + "\" is not a time like 07:30");
}

void writeOut(Context& context, const std::optional<std::string>& out, const std::string& text)
{
    if (!out) {
        context.out << text;
        return;
    }
    // Written beside the target and renamed, so a failure never leaves half a file under its name.
    const std::filesystem::path target = *out;
    const std::filesystem::path temporary = target.string() + ".part";
    {
        std::ofstream file(temporary, std::ios::binary | std::ios::trunc);
        file << text;
        file.flush();
        if (!file)
            throw std::runtime_error("export: cannot write " + temporary.string());
    }
    std::error_code error;
    std::filesystem::rename(temporary, target, error);
    if (error) {
        std::filesystem::remove(temporary, error);
        throw std::runtime_error("export: cannot write " + target.string());
    }
}

} // namespace

int runExport(Context& context, Arguments& args)
{
    const auto out = args.value("out");
    const auto weeks = args.integer("weeks", 1, 52);
    const auto startMinute = timeOption(args);
    args.expectAllUsed();
    if (args.positional().size() != 1)
        throw UsageError("export: say which: csv, json or ics");
    const std::string what = args.positional().front();
    if (what != "csv" && what != "json" && what != "ics")
        throw UsageError("export: \"" + what + "\" is not csv, json or ics");
    if ((weeks || startMinute) && what != "ics")
        throw UsageError("export: --weeks and --time are for ics");
    if (out && out->empty())
        throw UsageError("--out: the path is empty");

    return withDatabase(context, [&](core::Database& db) {
        std::string text;
        if (what == "csv")
            text = logbookCsv(context, db);
        else if (what == "json")
            text = core::JsonBackup::write(db);
        else
            text = planIcs(context, db, weeks.value_or(4), startMinute);
        writeOut(context, out, text);
        return 0;
    });
}

} // namespace keel::cli
