// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/exchange/importer.h"

#include "core/exchange/csvtable.h"
#include "core/exchange/exchangeerror.h"
#include "core/exchange/exercisematcher.h"
#include "core/exchange/fitnotesreader.h"
#include "core/exchange/gpxreader.h"
#include "core/exchange/hevyreader.h"
#include "core/exchange/strongreader.h"
#include "core/model/phrasecode.h"
#include "core/plan/entrycheck.h"
#include "core/store/logrepository.h"
#include "core/store/storeerror.h"

#include <algorithm>
#include <map>
#include <set>

namespace keel::core {

namespace {

std::string_view firstNonSpace(std::string_view text)
{
    text = CsvReader::withoutBom(text);
    const auto start = text.find_first_not_of(" \t\r\n");
    return start == std::string_view::npos ? std::string_view() : text.substr(start);
}

/// The repository's message without its "nothing was saved" tail: here the row is only skipped.
Reason skipReason(const StoreError& error)
{
    // The row is skipped, not refused: "nothing was saved" would say more than is true.
    Reason reason;
    for (const Phrase& phrase : error.reason().phrases()) {
        if (phrase.code != PhraseCode::StoreNothingSaved)
            reason += phrase;
    }
    return reason;
}

/// Notes are one line in Keel: another app's line breaks and tabs become single spaces.
std::string oneLine(std::string_view text)
{
    std::string result;
    bool gap = false;
    for (const char c : text) {
        if (c == '\r' || c == '\n' || c == '\t') {
            gap = true;
            continue;
        }
        if (gap && !result.empty())
            result += ' ';
        gap = false;
        result += c;
    }
    return result;
}

} // namespace

ImportFormat Importer::detect(std::string_view text)
{
    const std::string_view start = firstNonSpace(text);
    if (start.empty())
        throw ExchangeError(0, Reason(PhraseCode::ImportFileEmpty));
    if (start.front() == '{')
        return ImportFormat::Json;
    if (start.front() == '<') {
        if (GpxReader::recognises(start))
            return ImportFormat::Gpx;
        throw ExchangeError(1, Reason(PhraseCode::ImportXmlNotGpx));
    }
    const CsvTable table(text);
    if (StrongReader::recognises(table))
        return ImportFormat::Strong;
    if (HevyReader::recognises(table))
        return ImportFormat::Hevy;
    if (FitNotesReader::recognises(table))
        return ImportFormat::FitNotes;
    std::string header;
    for (const std::string& name : table.header())
        header += (header.empty() ? "" : ",") + name;
    if (header.size() > 120)
        header = header.substr(0, 117) + "...";
    throw ExchangeError(table.headerLine(), Reason(PhraseCode::ImportUnknownFormat, {ReasonArg::words(header)}));
}

SourceFile Importer::read(std::string_view text, std::optional<ImportFormat> format, const ReadOptions& options)
{
    // A chosen format is read as that format, so its own reader says what is wrong with the file;
    // detection runs only when none was chosen.
    switch (format ? *format : detect(text)) {
    case ImportFormat::Strong:
        return StrongReader::read(text, options);
    case ImportFormat::Hevy:
        return HevyReader::read(text);
    case ImportFormat::FitNotes:
        return FitNotesReader::read(text, options);
    case ImportFormat::Gpx:
        return GpxReader::read(text);
    case ImportFormat::Json:
        break;
    }
    throw ExchangeError(0, Reason(PhraseCode::ImportJsonNotRows));
}

ImportPlan Importer::plan(const SourceFile& file, const ExerciseMatcher& matcher, std::optional<Date> today)
{
    ImportPlan plan;
    ImportPreview& preview = plan.preview;
    preview.format = file.format;
    preview.dialect = file.dialect;
    preview.unitsAssumed = file.unitsAssumed;
    preview.skipped = file.skipped;

    std::map<std::string, std::optional<std::string>> matches; // by imported name
    std::map<std::string, int> unmatchedSets;
    std::map<std::string, Reason> misfits; // by imported name: why its first misfit row does not fit
    std::set<std::string> workouts;
    auto extendRange = [&](Date date) {
        preview.first = preview.first ? std::min(*preview.first, date) : date;
        preview.last = preview.last ? std::max(*preview.last, date) : date;
    };

    // A row dated after tomorrow is skipped, as the log would refuse it.
    const auto skippedAsTooLate = [&](std::size_t line, Date date) {
        auto problem = today ? EntryCheck::date(date, *today) : std::nullopt;
        if (problem)
            preview.skipped.push_back({line, *problem});
        return problem.has_value();
    };
    const auto addWalk = [&](std::size_t line, const std::string& key, WalkEntry walk) {
        if (skippedAsTooLate(line, walk.date))
            return;
        try {
            LogRepository::validate(walk);
        } catch (const StoreError& error) {
            preview.skipped.push_back({line, skipReason(error)});
            return;
        }
        extendRange(walk.date);
        ++preview.walks;
        plan.batch.walks.push_back({std::move(walk), key});
    };

    plan.batch.sets.reserve(file.sets.size());
    for (const SourceSet& source : file.sets) {
        auto known = matches.find(source.exerciseName);
        if (known == matches.end())
            known = matches.emplace(source.exerciseName, matcher.match(source.exerciseName)).first;
        if (skippedAsTooLate(source.line, source.date))
            continue;
        ImportedSet row;
        row.sourceKey = source.sourceKey;
        LoggedSet& set = row.set;
        set.date = source.date;
        set.reps = source.reps;
        set.loadKg = source.loadKg;
        set.seconds = source.seconds;
        set.meters = source.meters;
        set.rpe = source.rpe;
        set.note = oneLine(source.note);
        set.warmUp = source.warmUp;
        const Exercise* exercise = known->second ? matcher.exercise(*known->second) : nullptr;
        // A walk logged as a set of a walking exercise (Strong's "Walking": a time and a distance)
        // is a walk in Keel, where the walking charts and the plan count it.
        if (exercise && exercise->pattern == Pattern::Walking && source.seconds && *source.seconds > 0
            && !source.reps) {
            WalkEntry walk;
            walk.date = source.date;
            walk.minutes = (*source.seconds + 59) / 60;
            walk.meters = source.meters;
            walk.note = oneLine(source.note);
            addWalk(source.line, source.sourceKey, std::move(walk));
            continue;
        }
        // A row that does not fit how its exercise is measured stays under its own name.
        std::optional<Reason> misfit = exercise ? EntryCheck::dose(set, *exercise) : std::nullopt;
        const bool fits = exercise && !misfit;
        set.exerciseId = fits ? *known->second : ExerciseMatcher::importedId(source.exerciseName);
        try {
            LogRepository::validate(set);
        } catch (const StoreError& error) {
            preview.skipped.push_back({source.line, skipReason(error)});
            continue;
        }
        if (!fits)
            ++unmatchedSets[source.exerciseName];
        if (misfit)
            misfits.emplace(source.exerciseName, *misfit);
        if (source.loadKg
            && std::find(preview.weightUnits.begin(), preview.weightUnits.end(), source.weightUnit)
                == preview.weightUnits.end())
            preview.weightUnits.push_back(source.weightUnit);
        workouts.insert(source.workout);
        extendRange(source.date);
        ++preview.sets;
        if (source.warmUp)
            ++preview.warmUpSets;
        plan.batch.sets.push_back(std::move(row));
    }
    for (const SourceWalk& source : file.walks) {
        WalkEntry walk;
        walk.date = source.date;
        walk.minutes = source.minutes;
        walk.meters = source.meters;
        walk.note = oneLine(source.name);
        addWalk(source.line, source.sourceKey, std::move(walk));
    }

    preview.workouts = static_cast<int>(workouts.size());
    for (const auto& [name, id] : matches) {
        if (id)
            preview.matched.emplace_back(name, *id);
        if (const auto count = unmatchedSets.find(name); count != unmatchedSets.end()) {
            const std::string importedId = ExerciseMatcher::importedId(name);
            const auto misfit = misfits.find(name);
            preview.unmatched.push_back(
                {name, importedId, count->second, misfit == misfits.end() ? Reason() : misfit->second});
            plan.batch.exercises.push_back({importedId, name});
        }
    }
    std::stable_sort(preview.skipped.begin(), preview.skipped.end(),
        [](const SkippedRow& a, const SkippedRow& b) { return a.line < b.line; });
    return plan;
}

} // namespace keel::core
