// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/profile.h"
#include "core/model/weekplan.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace keel::core {

class Catalog;

/// How planned sessions become calendar events.
struct IcsOptions {
    Date stamp; ///< DTSTAMP (the export's date; injected so the output is exact).
    std::optional<int> startMinute; ///< Minutes after midnight (local time); nullopt: all-day events.
    int durationMinutes = 30; ///< For timed events.
    Units units = Units::Kg;
    /// The logbook's database id (Database::databaseId), part of every UID so that the calendars
    /// of two logbooks never update each other's events. Empty: UIDs without it.
    std::string calendarId;
};

/// Planned sessions as an iCalendar (RFC 5545) file: one VEVENT per session with a UID made of
/// its date, its kind and the logbook's id, so importing a newer export updates the events instead of adding copies;
/// the items and their doses in the description; CRLF line ends, lines folded at 75 octets
/// (never inside a UTF-8 character), text escaped.
class IcsWriter {
public:
    /// The calendar of every session of `weeks` dated in [from, to].
    static std::string write(
        const std::vector<WeekPlan>& weeks, Date from, Date to, const Catalog* catalog, const IcsOptions& options);
    /// Escapes a TEXT value: backslash, semicolon, comma and newline.
    static std::string escape(std::string_view text);
    /// One content line folded at 75 octets, with its CRLF.
    static std::string fold(std::string_view line);
};

} // namespace keel::core
