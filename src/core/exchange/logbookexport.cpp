// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/exchange/logbookexport.h"

#include "core/catalog/catalog.h"
#include "core/exchange/csvexporter.h"
#include "core/exchange/icswriter.h"
#include "core/store/database.h"
#include "core/store/importrepository.h"
#include "core/store/logrepository.h"
#include "core/store/planrepository.h"
#include "core/store/profilerepository.h"

#include <map>

namespace keel::core {

std::string LogbookExport::csv(Database& db, const Catalog& catalog)
{
    std::map<std::string, std::string> imported;
    for (const ImportedExercise& exercise : ImportRepository(db).importedExercises())
        imported.emplace(exercise.id, exercise.name);
    LogRepository log(db);
    const Date from = Date::fromYmd(LogLimits::kMinYear, 1, 1);
    const Date to = Date::fromYmd(LogLimits::kMaxYear, 12, 31);
    return CsvExporter::write(
        log.sets(from, to), log.walks(from, to), log.checkIns(from, to), [&](const std::string& id) {
            if (const Exercise* exercise = catalog.find(id))
                return exercise->name;
            const auto it = imported.find(id);
            return it != imported.end() ? it->second : id;
        });
}

LogbookExport::Calendar LogbookExport::ics(
    Database& db, const Catalog& catalog, Date today, int weeks, std::optional<int> startMinute)
{
    IcsOptions options;
    options.stamp = today;
    options.startMinute = startMinute;
    options.calendarId = db.databaseId();
    if (const auto profile = ProfileRepository(db).load()) {
        options.units = profile->units;
        options.durationMinutes = profile->minutesPerDay;
    }
    Calendar calendar;
    calendar.from = today;
    calendar.to = today.addDays(7L * weeks - 1);
    const auto plan = PlanRepository(db).weeks(today.addDays(-6), calendar.to);
    calendar.empty = plan.empty();
    calendar.text = IcsWriter::write(plan, calendar.from, calendar.to, &catalog, options);
    return calendar;
}

} // namespace keel::core
