// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/exchange/unitreading.h"

#include "core/exchange/csvtable.h"
#include "core/exchange/sourcerows.h"
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
    row.fail(column, "\"" + row.text(column) + "\" is not a weight unit (kg or lbs)");
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
    row.fail(column, "\"" + row.text(column) + "\" is not a distance unit (m, km, mi or ft)");
}

std::optional<int> rpeOf(const CsvRow& row, std::string_view column)
{
    const auto value = positive(row.number(column));
    if (!value)
        return std::nullopt;
    if (*value > 10.0)
        throw RowSkipped {std::string(column) + " " + row.text(column) + " is above 10"};
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
        throw RowSkipped {"an empty set: no weight, reps, time or distance"};
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
                row.fail(column, "\"" + text + "\" is out of range");
        } else if (c == ':' && digits && parts < 2) {
            total = total * 60 + part;
            part = 0;
            digits = false;
            ++parts;
        } else {
            row.fail(column, "\"" + text + "\" is not a time like 0:01:30");
        }
    }
    if (!digits)
        row.fail(column, "\"" + text + "\" is not a time like 0:01:30");
    total = total * 60 + part;
    if (total > 86400)
        throw RowSkipped {std::string(column) + " " + text + " is longer than a day"};
    return total > 0 ? std::optional<int>(static_cast<int>(total)) : std::nullopt;
}

} // namespace keel::core
