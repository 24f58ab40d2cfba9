// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/exchange/hevyreader.h"

#include "core/exchange/csvtable.h"
#include "core/exchange/exchangeerror.h"
#include "core/exchange/unitreading.h"
#include "core/model/phrasecode.h"

#include <array>
#include <charconv>
#include <cmath>
#include <cstdio>

namespace keel::core {

namespace {

constexpr std::array<std::string_view, 12> kMonths
    = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"};

std::optional<int> wholeNumber(std::string_view text)
{
    int value = 0;
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (error != std::errc() || end != text.data() + text.size() || text.empty())
        return std::nullopt;
    return value;
}

} // namespace

bool HevyReader::recognises(const CsvTable& table)
{
    return table.hasColumns({"title", "start_time", "exercise_title", "set_index", "set_type", "reps"});
}

std::optional<Date> HevyReader::parseDate(std::string_view text)
{
    // "7 Apr 2026, 10:14": day, month, year; the time after the comma is not needed for a date.
    const std::string date = trimmed(text.substr(0, text.find(',')));
    const auto firstSpace = date.find(' ');
    const auto lastSpace = date.rfind(' ');
    if (firstSpace == std::string::npos || lastSpace == firstSpace)
        return std::nullopt;
    const auto day = wholeNumber(std::string_view(date).substr(0, firstSpace));
    const auto year = wholeNumber(std::string_view(date).substr(lastSpace + 1));
    const std::string month
        = lowered(trimmed(std::string_view(date).substr(firstSpace + 1, lastSpace - firstSpace - 1)));
    // Out-of-range parts are refused here, so the text below never needs truncating.
    if (!day || !year || month.size() < 3 || *day < 1 || *day > 31 || *year < 1 || *year > 9999)
        return std::nullopt;
    for (std::size_t i = 0; i < kMonths.size(); ++i) {
        if (month.starts_with(kMonths[i])) {
            char iso[32] = {};
            std::snprintf(iso, sizeof iso, "%04d-%02d-%02d", *year, static_cast<int>(i) + 1, *day);
            return Date::parse(iso);
        }
    }
    return std::nullopt;
}

SourceFile HevyReader::read(std::string_view text)
{
    CsvTable table(text);
    if (!recognises(table))
        throw ExchangeError(table.headerLine(), Reason(PhraseCode::ImportNotHevy));
    SourceFile file;
    file.format = ImportFormat::Hevy;
    const bool pounds = table.column("weight_lbs").has_value();
    const bool miles = table.column("distance_miles").has_value();
    const char* weightColumn = pounds ? "weight_lbs" : "weight_kg";
    const char* distanceColumn = miles ? "distance_miles" : "distance_km";
    file.dialect = Reason(pounds ? (miles ? PhraseCode::ImportDialectHevyLbMiles : PhraseCode::ImportDialectHevyLbKm)
                                 : (miles ? PhraseCode::ImportDialectHevyKgMiles : PhraseCode::ImportDialectHevyKgKm));

    SourceKeys keys;
    readSetRows(table, file, [&](const CsvRow& row) {
        SourceSet set;
        set.line = row.line();
        const std::string start = row.text("start_time");
        const auto date = parseDate(start);
        if (!date)
            row.fail("start_time", Reason(PhraseCode::ImportHevyDate, {ReasonArg::words(start)}));
        set.date = *date;
        set.workout = start + "|" + row.text("title");
        set.exerciseName = row.text("exercise_title");
        if (set.exerciseName.empty())
            throw RowSkipped {Reason(PhraseCode::ImportHevyNoTitle)};
        const std::string type = lowered(row.text("set_type"));
        if (type == "warmup")
            set.warmUp = true;
        else if (type != "normal" && type != "failure" && type != "dropset" && !type.empty())
            row.fail("set_type", Reason(PhraseCode::ImportHevySetType, {ReasonArg::words(row.text("set_type"))}));
        set.weightUnit = pounds ? Units::Lb : Units::Kg;
        set.loadKg = loadKg(row, weightColumn, set.weightUnit);
        set.reps = repsOf(row, "reps");
        if (const auto seconds = positive(row.number("duration_seconds")))
            set.seconds = static_cast<int>(std::lround(*seconds));
        if (const auto distance = positive(row.number(distanceColumn)))
            set.meters = *distance * (miles ? UnitFactors::kMetresPerMile : 1000.0);
        set.rpe = rpeOf(row, "rpe");
        set.note = row.text("exercise_notes");
        set.sourceKey = keys.next("hevy|" + start + "|" + set.exerciseName + "|" + row.text("set_index"));
        return set;
    });
    return file;
}

} // namespace keel::core
