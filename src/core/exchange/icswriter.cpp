// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/exchange/icswriter.h"

#include "core/catalog/catalog.h"
#include "core/plan/plantext.h"

#include <cstdio>
#include <map>

namespace keel::core {

namespace {

constexpr std::size_t kMaxLineOctets = 75;

std::string compactDate(Date date)
{
    char text[16] = {};
    std::snprintf(text, sizeof text, "%04d%02d%02d", date.year(), date.month(), date.day());
    return text;
}

std::string clock(int minuteOfDay)
{
    char text[16] = {};
    std::snprintf(text, sizeof text, "T%02d%02d00", minuteOfDay / 60, minuteOfDay % 60);
    return text;
}

std::string title(SessionKind kind)
{
    switch (kind) {
    case SessionKind::Strength:
        return "Keel: strength";
    case SessionKind::Mobility:
        return "Keel: mobility";
    case SessionKind::Walk:
        return "Keel: walk";
    }
    return "Keel";
}

} // namespace

std::string IcsWriter::escape(std::string_view text)
{
    std::string out;
    for (const char c : text) {
        if (c == '\\' || c == ';' || c == ',')
            out += '\\';
        if (c == '\n') {
            out += "\\n";
            continue;
        }
        if (c == '\r')
            continue;
        out += c;
    }
    return out;
}

std::string IcsWriter::fold(std::string_view line)
{
    std::string out;
    std::size_t used = 0; // octets on the current physical line
    std::size_t limit = kMaxLineOctets;
    std::size_t i = 0;
    while (i < line.size()) {
        // The length of the UTF-8 character starting here: a fold never splits one.
        const auto lead = static_cast<unsigned char>(line[i]);
        const std::size_t length = lead < 0x80 ? 1 : lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1;
        if (used + length > limit) {
            out += "\r\n ";
            used = 0;
            limit = kMaxLineOctets - 1; // the leading space counts
        }
        out.append(line.substr(i, length));
        used += length;
        i += length;
    }
    return out + "\r\n";
}

std::string IcsWriter::write(
    const std::vector<WeekPlan>& weeks, Date from, Date to, const Catalog* catalog, const IcsOptions& options)
{
    std::string out;
    out += fold("BEGIN:VCALENDAR");
    out += fold("VERSION:2.0");
    out += fold("PRODID:-//Keel//Keel back-health planner//EN");
    out += fold("CALSCALE:GREGORIAN");
    out += fold("X-WR-CALNAME:Keel plan");
    for (const WeekPlan& week : weeks) {
        std::map<std::string, int> seen; // date and kind -> sessions so far, for unique UIDs
        for (const PlannedSession& session : week.sessions) {
            if (session.date < from || to < session.date || session.items.empty())
                continue;
            const std::string key = compactDate(session.date) + "-" + std::string(toString(session.kind));
            const int index = ++seen[key];
            std::string description;
            for (const PlannedItem& item : session.items) {
                const Exercise* exercise = catalog ? catalog->find(item.exerciseId) : nullptr;
                description += (description.empty() ? "" : "\n");
                description += "[ ] " + (exercise ? exercise->name : item.exerciseId);
                const std::string dose = PlanText::dose(item, options.units);
                if (!dose.empty())
                    description += ": " + dose;
            }
            out += fold("BEGIN:VEVENT");
            out += fold("UID:" + key + (index > 1 ? "-" + std::to_string(index) : "") + "@"
                + (options.calendarId.empty() ? std::string() : options.calendarId + ".") + "keel.plan");
            out += fold("DTSTAMP:" + compactDate(options.stamp) + "T000000Z");
            if (options.startMinute) {
                out += fold("DTSTART:" + compactDate(session.date) + clock(*options.startMinute));
                out += fold("DURATION:PT" + std::to_string(options.durationMinutes) + "M");
            } else {
                out += fold("DTSTART;VALUE=DATE:" + compactDate(session.date));
                out += fold("DTEND;VALUE=DATE:" + compactDate(session.date.addDays(1)));
            }
            out += fold("SUMMARY:" + escape(title(session.kind)));
            out += fold("DESCRIPTION:" + escape(description));
            out += fold("TRANSP:TRANSPARENT");
            out += fold("END:VEVENT");
        }
    }
    out += fold("END:VCALENDAR");
    return out;
}

} // namespace keel::core
