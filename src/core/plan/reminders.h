// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/vocabulary.h"
#include "core/model/weekplan.h"
#include "core/util/date.h"

#include <array>
#include <optional>
#include <string>
#include <vector>

namespace keel::core {

class Catalog;
struct Exercise;
struct DayView;

/// When Keel reminds the person of what, as chosen in Settings. Times are minutes after midnight.
struct ReminderSettings {
    bool session = true; ///< On days with a planned session not yet done.
    int sessionAt = 17 * 60 + 30;
    bool deskBreaks = false; ///< Every `deskEvery` minutes within the hours, on work days.
    int deskEvery = 60; ///< 15–240.
    int deskFrom = 9 * 60;
    int deskUntil = 17 * 60;
    std::array<bool, 7> workDays {true, true, true, true, true, false, false}; ///< Indexed by Weekday.
    bool restOver = true; ///< When the rest timer ends and Keel's window is not the active one.

    bool operator==(const ReminderSettings&) const = default;
};

/// What has already been said, so nothing is said twice (kept across restarts by the app).
struct RemindersSaid {
    std::optional<Date> session; ///< The last day a session reminder was given for.
    std::optional<Date> deskDay; ///< The day of the last desk break reminder,
    int deskAt = -1; ///< and its time slot (minutes after midnight).

    bool operator==(const RemindersSaid&) const = default;
};

/// One reminder, as values: the app words it (translated), keel-cli never needs to.
struct Reminder {
    enum class Kind { Session, DeskBreak };
    Kind kind = Kind::Session;
    Date day;
    /// Session: the kind of the first open session (strength before mobility before a walk), the
    /// patterns its open items train in order, and its rough minutes left (rests included).
    SessionKind session = SessionKind::Strength;
    std::vector<Pattern> patterns;
    int minutes = 0;
    /// Desk break: the slot it is for, and the drill it suggests.
    int slot = 0;
    std::string drillId;

    bool operator==(const Reminder&) const = default;
};

/// Decides which reminders are due at a moment. Pure: the clock, the day's plan and what was
/// said are handed in, so the schedule is tested to the minute.
class ReminderSchedule {
public:
    ReminderSchedule(const ReminderSettings& settings, const Catalog& catalog, int restSeconds);

    /// What is due at `minute` (after midnight) of `day.date`, given what was said: at most one
    /// session reminder a day, from its time on, only while part of the day's plan is open; at most
    /// one desk break a slot, only for the latest slot that has begun, on work days within the
    /// hours, with a drill tagged `desk` (during a flare-up only one that is also flare-up safe,
    /// and none when there is no such drill).
    std::vector<Reminder> due(const DayView& day, bool flareUp, int minute, const RemindersSaid& said) const;

    /// `said` after `reminder` was given.
    static RemindersSaid after(RemindersSaid said, const Reminder& reminder);

    /// The drills a desk break can suggest, by id, flare-up safe ones only when asked.
    std::vector<const Exercise*> deskDrills(bool flareUp) const;

private:
    std::optional<Reminder> sessionReminder(const DayView& day, int minute, const RemindersSaid& said) const;
    std::optional<Reminder> deskBreak(const DayView& day, bool flareUp, int minute, const RemindersSaid& said) const;

    ReminderSettings m_settings;
    const Catalog& m_catalog;
    int m_restSeconds = 90;
};

} // namespace keel::core
