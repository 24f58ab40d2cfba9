// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/exchange/strongreader.h"

#include "core/exchange/csvtable.h"
#include "core/exchange/exchangeerror.h"
#include "core/exchange/unitreading.h"
#include "core/model/phrasecode.h"

#include <cmath>

namespace keel::core {

bool StrongReader::recognises(const CsvTable& table)
{
    return table.hasColumns({"Date", "Workout Name", "Exercise Name", "Set Order", "Weight", "Reps"});
}

SourceFile StrongReader::read(std::string_view text, const ReadOptions& options)
{
    CsvTable table(text);
    if (!recognises(table))
        throw ExchangeError(table.headerLine(), Reason(PhraseCode::ImportNotStrong));
    SourceFile file;
    file.format = ImportFormat::Strong;
    const bool hasUnits = table.column("Weight Unit").has_value();
    file.unitsAssumed = !hasUnits;
    if (!hasUnits)
        file.dialect = Reason(PhraseCode::ImportDialectStrongComma);
    else if (table.column("Workout Duration"))
        file.dialect = Reason(PhraseCode::ImportDialectStrongSemicolon);
    else
        file.dialect = Reason(PhraseCode::ImportDialectStrongOlder);

    SourceKeys keys;
    readSetRows(table, file, [&](const CsvRow& row) {
        SourceSet set;
        set.line = row.line();
        const std::string stamp = row.text("Date");
        const auto date = Date::parse(std::string_view(stamp).substr(0, 10));
        if (!date)
            row.fail("Date", Reason(PhraseCode::ImportStrongDate, {ReasonArg::words(stamp)}));
        set.date = *date;
        set.workout = stamp + "|" + row.text("Workout Name");
        set.exerciseName = row.text("Exercise Name");
        if (set.exerciseName.empty())
            throw RowSkipped {Reason(PhraseCode::ImportNoExerciseName)};

        const std::string order = row.text("Set Order");
        if (order == "W" || order == "w") {
            set.warmUp = true;
        } else if (order != "D" && order != "d" && order != "F" && order != "f") {
            if (order.empty() || order.find_first_not_of("0123456789") != std::string::npos)
                throw RowSkipped {Reason(PhraseCode::ImportStrongSetOrder, {ReasonArg::words(order)})};
        }

        const Units weightUnit = hasUnits ? weightUnitOf(row, "Weight Unit") : options.units;
        set.weightUnit = weightUnit;
        // One dialect writes 0 for what was not used, the other leaves it blank: both mean none.
        set.loadKg = loadKg(row, "Weight", weightUnit);
        set.reps = repsOf(row, "Reps");
        const auto seconds = positive(row.number("Seconds"));
        if (seconds)
            set.seconds = static_cast<int>(std::lround(*seconds));
        const auto distance = positive(row.number("Distance"));
        if (distance) {
            const double perUnit = hasUnits ? metresPer(row, "Distance Unit")
                                            : (options.units == Units::Lb ? UnitFactors::kMetresPerMile : 1000.0);
            set.meters = *distance * perUnit;
        }
        set.rpe = rpeOf(row, "RPE");
        set.note = row.text("Notes");
        set.sourceKey = keys.next("strong|" + stamp + "|" + row.text("Workout Name") + "|" + set.exerciseName + "|"
            + (set.warmUp ? "W" : order));
        return set;
    });
    return file;
}

} // namespace keel::core
