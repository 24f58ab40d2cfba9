// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/reminders/reminderstore.h"

#include <QSettings>
#include <QString>

#include <algorithm>

namespace keel::gui::ReminderStore {

namespace {

constexpr int kMinutesPerDay = 24 * 60;

/// A minute of the day read back, or `fallback` when missing or out of range.
int minuteOfDay(const QSettings& stored, const char* key, int fallback)
{
    bool ok = false;
    const int value = stored.value(QLatin1String(key)).toInt(&ok);
    return ok && value >= 0 && value < kMinutesPerDay ? value : fallback;
}

QString saidGroup(const std::string& databaseId)
{
    return QStringLiteral("remindersSaid/") + QString::fromStdString(databaseId.empty() ? "none" : databaseId);
}

} // namespace

core::ReminderSettings settings()
{
    const core::ReminderSettings defaults;
    core::ReminderSettings result;
    QSettings stored;
    stored.beginGroup(QStringLiteral("reminders"));
    result.session = stored.value(QStringLiteral("session"), defaults.session).toBool();
    result.sessionAt = minuteOfDay(stored, "sessionAt", defaults.sessionAt);
    result.deskBreaks = stored.value(QStringLiteral("deskBreaks"), defaults.deskBreaks).toBool();
    result.deskEvery = std::clamp(stored.value(QStringLiteral("deskEvery"), defaults.deskEvery).toInt(), 15, 240);
    result.deskFrom = minuteOfDay(stored, "deskFrom", defaults.deskFrom);
    result.deskUntil = minuteOfDay(stored, "deskUntil", defaults.deskUntil);
    const QString days = stored.value(QStringLiteral("workDays")).toString();
    if (days.size() == 7 && std::all_of(days.begin(), days.end(), [](QChar c) { return c == u'0' || c == u'1'; })) {
        for (std::size_t day = 0; day < 7; ++day)
            result.workDays[day] = days[static_cast<qsizetype>(day)] == u'1';
    }
    result.restOver = stored.value(QStringLiteral("restOver"), defaults.restOver).toBool();
    return result;
}

void store(const core::ReminderSettings& settings)
{
    QSettings stored;
    stored.beginGroup(QStringLiteral("reminders"));
    stored.setValue(QStringLiteral("session"), settings.session);
    stored.setValue(QStringLiteral("sessionAt"), settings.sessionAt);
    stored.setValue(QStringLiteral("deskBreaks"), settings.deskBreaks);
    stored.setValue(QStringLiteral("deskEvery"), settings.deskEvery);
    stored.setValue(QStringLiteral("deskFrom"), settings.deskFrom);
    stored.setValue(QStringLiteral("deskUntil"), settings.deskUntil);
    QString days;
    for (const bool work : settings.workDays)
        days += work ? u'1' : u'0';
    stored.setValue(QStringLiteral("workDays"), days);
    stored.setValue(QStringLiteral("restOver"), settings.restOver);
}

core::RemindersSaid said(const std::string& databaseId)
{
    core::RemindersSaid result;
    QSettings stored;
    stored.beginGroup(saidGroup(databaseId));
    if (const auto day = core::Date::parse(stored.value(QStringLiteral("session")).toString().toStdString()))
        result.session = *day;
    if (const auto day = core::Date::parse(stored.value(QStringLiteral("deskDay")).toString().toStdString())) {
        result.deskDay = *day;
        result.deskAt = minuteOfDay(stored, "deskAt", -1);
    }
    return result;
}

void store(const std::string& databaseId, const core::RemindersSaid& said)
{
    QSettings stored;
    stored.beginGroup(saidGroup(databaseId));
    stored.setValue(
        QStringLiteral("session"), said.session ? QString::fromStdString(said.session->toString()) : QString());
    stored.setValue(
        QStringLiteral("deskDay"), said.deskDay ? QString::fromStdString(said.deskDay->toString()) : QString());
    stored.setValue(QStringLiteral("deskAt"), said.deskAt);
}

bool keepInTray()
{
    return QSettings().value(QStringLiteral("reminders/keepInTray"), false).toBool();
}

void storeKeepInTray(bool keep)
{
    QSettings().setValue(QStringLiteral("reminders/keepInTray"), keep);
}

} // namespace keel::gui::ReminderStore
