// SPDX-License-Identifier: GPL-3.0-or-later
// keel-cli catalog: list, show and check exercises of the built-in catalog merged with the
// user's catalog.d folder.
#include "cli/clicatalog.h"
#include "cli/clitext.h"
#include "cli/commands.h"
#include "core/catalog/catalogloader.h"
#include "core/catalog/catalogpaths.h"
#include "core/catalog/exercisejson.h"
#include "core/catalog/exercisetext.h"

#include <algorithm>
#include <ostream>
#include <set>

namespace keel::cli {

namespace {

using core::Catalog;
using core::CatalogLoader;
using core::CatalogLoadResult;
using core::Exercise;

std::size_t displayWidth(std::string_view text)
{
    return static_cast<std::size_t>(std::count_if(
        text.begin(), text.end(), [](char c) { return (static_cast<unsigned char>(c) & 0xC0u) != 0x80u; }));
}

std::string padded(const std::string& text, std::size_t width)
{
    const std::size_t shown = displayWidth(text);
    return shown >= width ? text : text + std::string(width - shown, ' ');
}

std::string patternText(const Exercise& exercise)
{
    std::string text(core::toString(exercise.pattern));
    if (exercise.focus != core::Focus::None)
        text += "/" + std::string(core::toString(exercise.focus));
    return text;
}

std::string joined(const std::vector<std::string>& items)
{
    std::string text;
    for (const std::string& item : items) {
        if (!text.empty())
            text += ", ";
        text += item;
    }
    return text;
}

// Every exercise, pattern by pattern in the program's order, then by level and name.
std::vector<const Exercise*> ordered(const Catalog& catalog, std::optional<core::Pattern> only)
{
    std::vector<const Exercise*> result;
    for (const core::Pattern pattern : core::allPatterns()) {
        if (only && pattern != *only)
            continue;
        const auto exercises = catalog.byPattern(pattern);
        result.insert(result.end(), exercises.begin(), exercises.end());
    }
    return result;
}

int listExercises(Context& context, const Arguments& args)
{
    const std::optional<core::Pattern> pattern = patternOption(args);
    const bool json = args.flag("json");

    const Catalog catalog = loadCatalogOrFail(context);
    const auto exercises = ordered(catalog, pattern);

    if (json) {
        nlohmann::json list = nlohmann::json::array();
        for (const Exercise* exercise : exercises)
            list.push_back(core::exerciseSummaryJson(*exercise));
        context.out << nlohmann::json {{"exercises", std::move(list)}}.dump(2) << '\n';
        return 0;
    }

    const std::vector<std::string> header = {"ID", "NAME", "PATTERN", "LEVEL", "EQUIPMENT"};
    std::vector<std::vector<std::string>> rows;
    for (const Exercise* exercise : exercises) {
        rows.push_back({exercise->id, exercise->name, patternText(*exercise), std::to_string(exercise->level),
            exercise->equipmentText()});
    }
    std::vector<std::size_t> widths(header.size());
    for (std::size_t column = 0; column < header.size(); ++column) {
        widths[column] = displayWidth(header[column]);
        for (const auto& row : rows)
            widths[column] = std::max(widths[column], displayWidth(row[column]));
    }
    auto printRow = [&](const std::vector<std::string>& row) {
        std::string line;
        for (std::size_t column = 0; column < row.size(); ++column) {
            const bool last = column + 1 == row.size();
            line += last ? row[column] : padded(row[column], widths[column]) + "  ";
        }
        context.out << line << '\n';
    };
    printRow(header);
    for (const auto& row : rows)
        printRow(row);
    context.out << plural(rows.size(), "exercise") << '\n';
    return 0;
}

void printList(std::ostream& out, const std::string& title, const std::vector<std::string>& items, bool numbered)
{
    if (items.empty())
        return;
    out << '\n' << title << ":\n";
    for (std::size_t i = 0; i < items.size(); ++i)
        out << "  " << (numbered ? std::to_string(i + 1) + "." : std::string("-")) << ' ' << items[i] << '\n';
}

std::string ladderText(const Catalog& catalog, const Exercise& exercise)
{
    const auto ladder = catalog.ladderOf(exercise.id);
    if (ladder.size() < 2)
        return "none (an alternative at level " + std::to_string(exercise.level) + ")";
    std::string text;
    for (const Exercise* rung : ladder) {
        if (!text.empty())
            text += " → ";
        text += rung == &exercise ? "[" + rung->id + "]" : rung->id;
    }
    return text;
}

int showExercise(Context& context, const Arguments& args)
{
    if (args.positional().empty())
        throw UsageError("usage: keel-cli catalog show ID [--json]");
    const std::string id = args.positional().front();
    const bool json = args.flag("json");

    const Catalog catalog = loadCatalogOrFail(context);
    const Exercise* exercise = catalog.find(id);
    if (!exercise) {
        context.err << "keel-cli: " << unknownExerciseMessage(catalog, id) << '\n';
        return 1;
    }

    if (json) {
        nlohmann::json object = core::exerciseToJson(*exercise);
        object["focus"] = exercise->focus == core::Focus::None ? nlohmann::json(nullptr)
                                                               : nlohmann::json(core::toString(exercise->focus));
        object["source_file"] = exercise->sourceFile;
        context.out << object.dump(2) << '\n';
        return 0;
    }

    std::ostream& out = context.out;
    std::string pattern(core::displayName(exercise->pattern));
    if (exercise->focus != core::Focus::None)
        pattern += ", " + std::string(core::toString(exercise->focus)) + " focus";
    out << exercise->name << " (" << exercise->id << ")\n";
    out << "  Pattern:    " << pattern << '\n';
    out << "  Level:      " << exercise->level << '\n';
    out << "  Equipment:  " << exercise->equipmentText() << '\n';
    out << "  Dose:       " << core::doseText(exercise->dose) << '\n';
    out << "  Load:       " << core::loadText(exercise->load) << '\n';
    out << "  Easier:     " << exercise->regressesTo.value_or("none") << '\n';
    out << "  Harder:     " << exercise->progressesTo.value_or("none") << '\n';
    out << "  Ladder:     " << ladderText(catalog, *exercise) << '\n';
    out << "  Tags:       " << (exercise->tags.empty() ? std::string("none") : joined(exercise->tags)) << '\n';
    out << '\n' << exercise->summary << '\n';
    printList(out, "How to", exercise->steps, true);
    printList(out, "Cues", exercise->cues, false);
    out << "\nWhy it helps:\n  " << exercise->why << '\n';
    printList(out, "Cautions", exercise->cautions, false);
    return 0;
}

int checkFiles(Context& context, const Arguments& args)
{
    if (args.positional().empty())
        throw UsageError("usage: keel-cli catalog check FILE...");
    // A translation file says so in its "format"; it is checked against the shipped English catalog.
    std::vector<std::filesystem::path> catalogFiles;
    std::vector<std::filesystem::path> translationFiles;
    for (const std::string& file : args.positional())
        (CatalogLoader::isTranslationFile(file) ? translationFiles : catalogFiles).emplace_back(file);
    std::vector<core::CatalogIssue> errors;
    std::size_t exercises = 0;
    if (!catalogFiles.empty()) {
        CatalogLoadResult result = CatalogLoader::loadFiles(catalogFiles);
        exercises = result.catalog.size();
        errors = std::move(result.errors);
    }
    if (!translationFiles.empty()) {
        const CatalogLoadResult english = CatalogLoader::loadWithOverrides(core::builtInCatalogDir(), {});
        for (const core::CatalogIssue& issue : english.errors)
            context.err << "note: the shipped catalog: " << issue.toString() << '\n';
        std::vector<core::CatalogIssue> found = CatalogLoader::checkTranslationFiles(translationFiles, english.catalog);
        errors.insert(errors.end(), std::make_move_iterator(found.begin()), std::make_move_iterator(found.end()));
    }
    const std::size_t fileCount = args.positional().size();
    if (errors.empty()) {
        context.out << "ok: ";
        if (!catalogFiles.empty())
            context.out << plural(exercises, "exercise") << (translationFiles.empty() ? "" : " and ");
        if (!translationFiles.empty())
            context.out << plural(translationFiles.size(), "translation file") << (catalogFiles.empty() ? "" : ",");
        context.out << " in " << plural(fileCount, "file") << '\n';
        return 0;
    }
    std::set<std::string> filesWithErrors;
    for (const core::CatalogIssue& issue : errors) {
        context.out << issue.toString() << '\n';
        filesWithErrors.insert(issue.file);
    }
    context.err << "keel-cli: " << plural(errors.size(), "error") << " in " << filesWithErrors.size() << " of "
                << plural(fileCount, "file") << '\n';
    return 1;
}

} // namespace

CommandSpec catalogCommand()
{
    const OptionSpec json {"json", {}, "print JSON instead of text"};
    return {.name = "catalog",
        .help = "The exercises: the built-in catalog merged with catalog.d beside the database",
        .verbs = {
            {.name = "list",
                .help = "List the exercises, pattern by pattern",
                .options = {{"pattern", "P", "only this movement pattern (hinge, squat, ...)"}, json},
                .run = listExercises},
            {.name = "show",
                .help = "Describe one exercise",
                .options = {json},
                .words = {"ID", "the exercise's id"},
                .run = showExercise},
            {.name = "check",
                .help = "Validate catalog files (and translation files) and list every error",
                .words = {"FILE", "catalog or translation files to check", true},
                .run = checkFiles},
        }};
}

} // namespace keel::cli
