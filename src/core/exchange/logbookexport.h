// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/util/date.h"

#include <optional>
#include <string>

namespace keel::core {

class Catalog;
class Database;

/// The exports both front ends offer, read straight from a database: what keel-cli export and the
/// app's File → Export… write.
class LogbookExport {
public:
    /// Every set, walk and check-in as CsvExporter's CSV; exercises under their catalog name, or the
    /// name an imported exercise was kept under.
    static std::string csv(Database& db, const Catalog& catalog);

    /// What ics() wrote, for a front end to warn about an empty calendar.
    struct Calendar {
        std::string text;
        bool empty = true; ///< No week in the range has a stored plan.
        Date from;
        Date to;
    };
    /// The planned sessions of `weeks` weeks from `today` as iCalendar (IcsWriter), all-day or from
    /// `startMinute`, in the profile's units and session length, UIDs carrying the database id.
    static Calendar ics(Database& db, const Catalog& catalog, Date today, int weeks, std::optional<int> startMinute);
};

} // namespace keel::core
