// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/reminders/reminderservice.h"

#include "core/plan/dayview.h"
#include "core/plan/planservice.h"
#include "core/store/database.h"
#include "gui/common/labels.h"
#include "gui/common/plural.h"
#include "gui/common/prescriptiontext.h"
#include "gui/logbook.h"
#include "gui/reminders/notifier.h"
#include "gui/reminders/reminderstore.h"

#include <QStringList>
#include <QTimer>

#include <exception>

namespace keel::gui {

namespace {

const QString kToday = QStringLiteral("today");

} // namespace

ReminderService::ReminderService(
    Logbook& logbook, Notifier& notifier, Clock clock, WindowActive windowActive, QObject* parent)
    : QObject(parent)
    , m_logbook(logbook)
    , m_notifier(notifier)
    , m_clock(std::move(clock))
    , m_windowActive(std::move(windowActive))
    , m_timer(new QTimer(this))
{
    m_timer->setInterval(kCheckMs);
    connect(m_timer, &QTimer::timeout, this, &ReminderService::check);
    m_timer->start();
    connect(&m_notifier, &Notifier::activated, this, &ReminderService::openRequested);
    connect(&m_logbook, &Logbook::restOver, this, &ReminderService::restOver);
}

int ReminderService::check()
{
    const auto& profile = m_logbook.profile();
    const core::ReminderSettings settings = ReminderStore::settings();
    // Nothing to look up while no scheduled reminder is on: the day's plan is read only when needed.
    if (!profile || (!settings.session && !settings.deskBreaks))
        return 0;
    const QDateTime now = m_clock();
    const core::Date today = Labels::fromQDate(now.date());
    const int minute = now.time().hour() * 60 + now.time().minute();
    int given = 0;
    try {
        core::Database& database = m_logbook.database();
        const core::DayView day = core::DayView::load(database, today, core::DayView::Detail::PlanOnly);
        const auto week = core::PlanService(database, m_logbook.catalog()).week(today);
        const bool flareUp = week && week->flareUp;
        const std::string id = database.databaseId();
        core::RemindersSaid said = ReminderStore::said(id);
        const core::ReminderSchedule schedule(settings, m_logbook.catalog(), profile->restSeconds);
        for (const core::Reminder& reminder : schedule.due(day, flareUp, minute, said)) {
            // Only what something showed counts as said: with no notification service and no tray
            // yet, the next look tries again (the schedule keeps it due for its day or slot).
            if (!m_notifier.notify(title(reminder), body(reminder), kToday))
                continue;
            said = core::ReminderSchedule::after(said, reminder);
            ++given;
        }
        if (given > 0)
            ReminderStore::store(id, said);
    } catch (const std::exception&) {
        // A reminder is never worth an error dialog; the next look tries again.
    }
    return given;
}

QString ReminderService::title(const core::Reminder& reminder) const
{
    if (reminder.kind == core::Reminder::Kind::DeskBreak)
        return tr("Time to get up from the desk");
    switch (reminder.session) {
    case core::SessionKind::Strength:
        return tr("Strength today");
    case core::SessionKind::Mobility:
        return tr("Mobility today");
    case core::SessionKind::Walk:
        return tr("Your walk today");
    }
    return tr("Keel");
}

QString ReminderService::body(const core::Reminder& reminder) const
{
    if (reminder.kind == core::Reminder::Kind::DeskBreak) {
        const QString name = PrescriptionText::exerciseName(m_logbook.catalog(), reminder.drillId);
        return tr("A minute for %1, then back to work.").arg(name);
    }
    QStringList patterns;
    for (const core::Pattern pattern : reminder.patterns)
        patterns << Labels::pattern(pattern);
    const QString minutes = Plural::of(tr("about %n minute(s)", nullptr, reminder.minutes), reminder.minutes);
    return patterns.isEmpty() ? minutes : tr("%1 — %2").arg(patterns.join(QStringLiteral(", ")), minutes);
}

void ReminderService::restOver()
{
    if (!ReminderStore::settings().restOver || (m_windowActive && m_windowActive()))
        return;
    m_notifier.notify(tr("Rest over"), tr("Time for the next set."), kToday);
}

} // namespace keel::gui
