// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/exchange/fitnotesreader.h"

#include "core/exchange/csvtable.h"
#include "core/exchange/exchangeerror.h"
#include "core/exchange/unitreading.h"
#include "core/model/phrasecode.h"

#include <charconv>
#include <cstdio>

namespace keel::core {

namespace {

/// A date split into its three numbers, before the order of the first two is known.
struct DateParts {
    int first = 0;
    int second = 0;
    int year = 0;
};

/// "03/04/2026", "3.4.2026", "03-04-2026"; nullopt for anything else (ISO is handled before).
std::optional<DateParts> numericDate(std::string_view text)
{
    int values[3] = {};
    std::size_t pos = 0;
    for (int i = 0; i < 3; ++i) {
        const auto [end, error] = std::from_chars(text.data() + pos, text.data() + text.size(), values[i]);
        if (error != std::errc())
            return std::nullopt;
        pos = static_cast<std::size_t>(end - text.data());
        if (i < 2) {
            if (pos >= text.size() || (text[pos] != '/' && text[pos] != '.' && text[pos] != '-'))
                return std::nullopt;
            ++pos;
        }
    }
    if (pos != text.size() || values[2] < 1000)
        return std::nullopt;
    return DateParts {values[0], values[1], values[2]};
}

std::optional<Date> dateFrom(int year, int month, int day)
{
    char iso[16] = {};
    std::snprintf(iso, sizeof iso, "%04d-%02d-%02d", year, month, day);
    return Date::parse(iso);
}

} // namespace

bool FitNotesReader::recognises(const CsvTable& table)
{
    return table.hasColumns({"Date", "Exercise", "Category", "Reps"})
        && (table.column("Weight") || table.column("Weight (kgs)") || table.column("Weight (lbs)"));
}

SourceFile FitNotesReader::read(std::string_view text, const ReadOptions& options)
{
    CsvTable table(text);
    if (!recognises(table))
        throw ExchangeError(table.headerLine(), Reason(PhraseCode::ImportNotFitNotes));
    SourceFile file;
    file.format = ImportFormat::FitNotes;
    const bool unitPerRow = table.column("Weight Unit").has_value();
    const char* weightColumn = unitPerRow ? "Weight" : (table.column("Weight (lbs)") ? "Weight (lbs)" : "Weight (kgs)");
    const Units columnUnit = std::string_view(weightColumn) == "Weight (lbs)" ? Units::Lb : Units::Kg;

    std::vector<CsvRecord> records;
    for (CsvRecord record; table.next(record);)
        records.push_back(record);

    // The day/month order: as told, else from a date only one order can read.
    std::optional<DateOrder> order = options.dateOrder;
    std::size_t ambiguousLine = 0;
    std::string ambiguousText;
    for (const CsvRecord& record : records) {
        if (order)
            break;
        const auto parts = numericDate(CsvRow(table, record).text("Date"));
        if (!parts)
            continue;
        if (parts->first > 12)
            order = DateOrder::DayFirst;
        else if (parts->second > 12)
            order = DateOrder::MonthFirst;
        else if (ambiguousLine == 0 && parts->first != parts->second) {
            ambiguousLine = record.line;
            ambiguousText = CsvRow(table, record).text("Date");
        }
    }
    if (!order && ambiguousLine > 0)
        throw ExchangeError(ambiguousLine, Reason(PhraseCode::ImportDatesAmbiguous, {ReasonArg::words(ambiguousText)}));
    const PhraseCode dates = order == DateOrder::MonthFirst
        ? PhraseCode::ImportDialectMonthFirst
        : (order ? PhraseCode::ImportDialectDayFirst : PhraseCode::ImportDialectIsoDates);
    file.dialect = Reason(PhraseCode::ImportDialectAnd,
        {Reason(unitPerRow ? PhraseCode::ImportDialectUnitColumn : PhraseCode::ImportDialectUnitInName).asArg(),
            Reason(dates).asArg()});

    SourceKeys keys;
    for (const CsvRecord& record : records) {
        const CsvRow row(table, record);
        try {
            SourceSet set;
            set.line = row.line();
            const std::string dateText = row.text("Date");
            std::optional<Date> date = Date::parse(dateText);
            if (!date) {
                if (const auto parts = numericDate(dateText)) {
                    date = order == DateOrder::MonthFirst ? dateFrom(parts->year, parts->first, parts->second)
                                                          : dateFrom(parts->year, parts->second, parts->first);
                }
            }
            if (!date)
                row.fail("Date", Reason(PhraseCode::ImportNotADate, {ReasonArg::words(dateText)}));
            set.date = *date;
            set.workout = date->toString();
            set.exerciseName = row.text("Exercise");
            if (set.exerciseName.empty())
                throw RowSkipped {Reason(PhraseCode::ImportNoExerciseName)};
            set.weightUnit = unitPerRow ? weightUnitOf(row, "Weight Unit") : columnUnit;
            set.loadKg = loadKg(row, weightColumn, set.weightUnit);
            set.reps = repsOf(row, "Reps");
            set.seconds = clockSeconds(row, "Time");
            if (const auto distance = positive(row.number("Distance")))
                set.meters = *distance * metresPer(row, "Distance Unit");
            set.note = row.text("Comment");
            requireContent(set);
            set.sourceKey = keys.next("fitnotes|" + date->toString() + "|" + set.exerciseName);
            file.sets.push_back(std::move(set));
        } catch (const RowSkipped& skipped) {
            file.skipped.push_back({row.line(), skipped.reason});
        }
    }
    return file;
}

} // namespace keel::core
