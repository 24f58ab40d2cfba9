// SPDX-License-Identifier: GPL-3.0-or-later
// keel-cli export csv|json|ics: the logbook for a spreadsheet, a complete backup, or the coming
// weeks' plan for a calendar; to stdout or to --out FILE.
#include "cli/clicatalog.h"
#include "cli/clistore.h"
#include "cli/commands.h"
#include "core/exchange/jsonbackup.h"
#include "core/exchange/logbookexport.h"

#include <fstream>
#include <ostream>

namespace keel::cli {

namespace {

std::optional<int> timeOption(const Arguments& args)
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

/// `what` is csv, json or ics; only ics is given --weeks and --time.
int exportAs(Context& context, const Arguments& args, std::string_view what)
{
    const auto out = args.value("out");
    const auto weeks = args.integer("weeks", 1, 52);
    const auto startMinute = timeOption(args);
    if (out && out->empty())
        throw UsageError("--out: the path is empty");

    return withReadableDatabase(context, [&](core::Database& db) {
        std::string text;
        if (what == "csv") {
            text = core::LogbookExport::csv(db, loadCatalogOrFail(context));
        } else if (what == "json") {
            text = core::JsonBackup::write(db, context.dataDir / "catalog.d");
        } else {
            auto calendar = core::LogbookExport::ics(
                db, loadCatalogOrFail(context), context.today, weeks.value_or(4), startMinute);
            if (calendar.empty)
                context.err << "keel-cli: note: nothing is planned from " << calendar.from.toString() << " to "
                            << calendar.to.toString() << "; the calendar is empty\n";
            text = std::move(calendar.text);
        }
        writeOut(context, out, text);
        return 0;
    });
}

int exportCsv(Context& context, const Arguments& args)
{
    return exportAs(context, args, "csv");
}

int exportJson(Context& context, const Arguments& args)
{
    return exportAs(context, args, "json");
}

int exportIcs(Context& context, const Arguments& args)
{
    return exportAs(context, args, "ics");
}

} // namespace

CommandSpec exportCommand()
{
    const OptionSpec out {"out", "FILE", "write to this file instead of stdout"};
    return {.name = "export",
        .help = "The logbook for a spreadsheet, a complete backup, or the plan for a calendar",
        .verbs = {
            {.name = "csv",
                .help = "Everything logged, one row per set, walk or check-in",
                .options = {out},
                .run = exportCsv},
            {.name = "json",
                .help = "A complete backup that keel-cli import reads back",
                .options = {out},
                .run = exportJson},
            {.name = "ics",
                .help = "The coming weeks' plan as calendar events",
                .options = {out, {"weeks", "N", "how many weeks, 1 to 52 (default 4)"},
                    {"time", "HH:MM", "when each session starts; all-day events when left out"}},
                .run = exportIcs},
        }};
}

} // namespace keel::cli
