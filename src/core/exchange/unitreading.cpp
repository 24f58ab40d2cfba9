// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/exchange/unitreading.h"

#include "core/exchange/csvtable.h"
#include "core/exchange/sourcerows.h"
#include "core/model/phrasecode.h"
#include "core/util/units.h"

#include <algorithm>
#include <cmath>
#include <string>

namespace keel::core {

std::optional<double> positive(const std::optional<double>& value)
{
    if (value && *value > 0.0)
        return value;
    return std::nullopt;
}

Units weightUnitOf(const CsvRow& row, std::string_view column)
{
    const std::string unit = lowered(row.text(column));
    if (unit == "kg" || unit == "kgs" || unit.empty())
        return Units::Kg;
    if (unit == "lb" || unit == "lbs")
        return Units::Lb;
    row.fail(column, Reason(PhraseCode::ImportWeightUnit, {ReasonArg::words(row.text(column))}));
}

double metresPer(const CsvRow& row, std::string_view column)
{
    const std::string unit = lowered(row.text(column));
    if (unit == "km" || unit == "kms" || unit.empty())
        return 1000.0;
    if (unit == "m" || unit == "metres" || unit == "meters")
        return 1.0;
    if (unit == "mi" || unit == "mile" || unit == "miles")
        return UnitFactors::kMetresPerMile;
    if (unit == "ft" || unit == "feet")
        return UnitFactors::kMetresPerFoot;
    row.fail(column, Reason(PhraseCode::ImportDistanceUnit, {ReasonArg::words(row.text(column))}));
}

std::optional<int> rpeOf(const CsvRow& row, std::string_view column)
{
    const auto value = positive(row.number(column));
    if (!value)
        return std::nullopt;
    if (*value > 10.0)
        throw RowSkipped {Reason(PhraseCode::ImportRpeAboveTen,
            {ReasonArg::words(std::string(column)), ReasonArg::words(row.text(column))})};
    return std::max(1, static_cast<int>(std::lround(*value)));
}

std::optional<double> loadKg(const CsvRow& row, std::string_view column, Units unit)
{
    const auto weight = positive(row.number(column));
    if (weight && unit == Units::Lb)
        return LoadUnits::fromDisplay(*weight, Units::Lb);
    return weight;
}

std::optional<int> repsOf(const CsvRow& row, std::string_view column)
{
    const auto reps = row.count(column);
    return reps == 0 ? std::nullopt : reps;
}

void requireContent(const SourceSet& set)
{
    if (!set.reps && !set.loadKg && !set.seconds && !set.meters)
        throw RowSkipped {Reason(PhraseCode::ImportEmptySet)};
}

std::optional<int> clockSeconds(const CsvRow& row, std::string_view column)
{
    const std::string text = row.text(column);
    if (text.empty())
        return std::nullopt;
    long total = 0;
    long part = 0;
    int parts = 0;
    bool digits = false;
    for (const char c : text) {
        if (c >= '0' && c <= '9') {
            part = part * 10 + (c - '0');
            digits = true;
            if (part > 1'000'000)
                row.fail(column, Reason(PhraseCode::ImportOutOfRange, {ReasonArg::words(text)}));
        } else if (c == ':' && digits && parts < 2) {
            total = total * 60 + part;
            part = 0;
            digits = false;
            ++parts;
        } else {
            row.fail(column, Reason(PhraseCode::ImportNotATime, {ReasonArg::words(text)}));
        }
    }
    if (!digits)
        row.fail(column, Reason(PhraseCode::ImportNotATime, {ReasonArg::words(text)}));
    total = total * 60 + part;
    if (total > 86400)
        throw RowSkipped {
            Reason(PhraseCode::ImportLongerThanADay, {ReasonArg::words(std::string(column)), ReasonArg::words(text)})};
    return total > 0 ? std::optional<int>(static_cast<int>(total)) : std::nullopt;
}

} // namespace keel::core
