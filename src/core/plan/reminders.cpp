// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/plan/reminders.h"

#include "core/catalog/catalog.h"
#include "core/plan/dayview.h"
#include "core/plan/itemprogress.h"
#include "core/plan/sessionbuilder.h"

#include <algorithm>

namespace keel::core {

namespace {

constexpr int kSecondsPerMinute = 60;

/// Days since a fixed day, so the drill suggested rotates from one day to the next.
long dayNumber(Date day)
{
    return Date::fromYmd(2000, 1, 3).daysUntil(day);
}

} // namespace

ReminderSchedule::ReminderSchedule(const ReminderSettings& settings, const Catalog& catalog, int restSeconds)
    : m_settings(settings)
    , m_catalog(catalog)
    , m_restSeconds(restSeconds)
{ }

std::vector<Reminder> ReminderSchedule::due(
    const DayView& day, bool flareUp, int minute, const RemindersSaid& said) const
{
    std::vector<Reminder> result;
    if (auto session = sessionReminder(day, minute, said))
        result.push_back(std::move(*session));
    if (auto desk = deskBreak(day, flareUp, minute, said))
        result.push_back(std::move(*desk));
    return result;
}

RemindersSaid ReminderSchedule::after(RemindersSaid said, const Reminder& reminder)
{
    switch (reminder.kind) {
    case Reminder::Kind::Session:
        said.session = reminder.day;
        break;
    case Reminder::Kind::DeskBreak:
        said.deskDay = reminder.day;
        said.deskAt = reminder.slot;
        break;
    }
    return said;
}

std::vector<const Exercise*> ReminderSchedule::deskDrills(bool flareUp) const
{
    std::vector<const Exercise*> drills;
    for (const Exercise& exercise : m_catalog.exercises()) {
        if (exercise.hasTag("desk") && (!flareUp || exercise.isFlareUpSafe()))
            drills.push_back(&exercise);
    }
    std::sort(drills.begin(), drills.end(), [](const Exercise* a, const Exercise* b) { return a->id < b->id; });
    return drills;
}

std::optional<Reminder> ReminderSchedule::sessionReminder(
    const DayView& day, int minute, const RemindersSaid& said) const
{
    if (!m_settings.session || minute < m_settings.sessionAt || said.session == day.date)
        return std::nullopt;
    // The first session with something left to do; a day already done gets no reminder. A walk
    // alone is reminded of too: it is the plan's most frequent session.
    for (const DaySession& session : day.sessions) {
        std::vector<PlannedItem> open;
        for (const DayEntry& entry : session.entries) {
            if (!ItemProgress::isComplete(entry.item, entry.log))
                open.push_back(entry.item);
        }
        if (open.empty())
            continue;
        Reminder reminder;
        reminder.kind = Reminder::Kind::Session;
        reminder.day = day.date;
        reminder.session = session.kind;
        for (const PlannedItem& item : open) {
            if (!item.warmUp
                && std::find(reminder.patterns.begin(), reminder.patterns.end(), item.pattern)
                    == reminder.patterns.end())
                reminder.patterns.push_back(item.pattern);
        }
        const int seconds = SessionBuilder::liftSeconds(open, m_restSeconds);
        reminder.minutes = std::max(1, (seconds + kSecondsPerMinute / 2) / kSecondsPerMinute);
        return reminder;
    }
    return std::nullopt;
}

std::optional<Reminder> ReminderSchedule::deskBreak(
    const DayView& day, bool flareUp, int minute, const RemindersSaid& said) const
{
    const ReminderSettings& s = m_settings;
    if (!s.deskBreaks || s.deskEvery <= 0 || !s.workDays[static_cast<std::size_t>(day.date.weekday())])
        return std::nullopt;
    // The first break comes one interval after the start of the hours, the last before their end.
    if (minute < s.deskFrom + s.deskEvery || minute >= s.deskUntil)
        return std::nullopt;
    const int index = (minute - s.deskFrom) / s.deskEvery;
    const int slot = s.deskFrom + index * s.deskEvery;
    if (said.deskDay == day.date && said.deskAt >= slot)
        return std::nullopt;
    const std::vector<const Exercise*> drills = deskDrills(flareUp);
    if (drills.empty())
        return std::nullopt;
    const long turn = dayNumber(day.date) * 7 + index;
    Reminder reminder;
    reminder.kind = Reminder::Kind::DeskBreak;
    reminder.day = day.date;
    reminder.slot = slot;
    const long count = static_cast<long>(drills.size());
    reminder.drillId = drills[static_cast<std::size_t>(((turn % count) + count) % count)]->id;
    return reminder;
}

} // namespace keel::core
