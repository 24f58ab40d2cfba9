// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/plan/reminders.h"

#include <QDateTime>
#include <QObject>
#include <QString>

#include <functional>

class QTimer;

namespace keel::gui {

class Notifier;
class Logbook;

/// Gives the reminders of ReminderSchedule at their time, through a Notifier, and the "rest over"
/// one when the rest timer ends while Keel's window is not the active one. What was said is kept
/// (ReminderStore), so nothing is said twice, also across restarts. The clock is handed in.
class ReminderService final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReminderService)
public:
    using Clock = std::function<QDateTime()>;
    using WindowActive = std::function<bool()>;

    /// How often the schedule is looked at: a reminder comes within this of its minute.
    static constexpr int kCheckMs = 20 * 1000;

    ReminderService(
        Logbook& logbook, Notifier& notifier, Clock clock, WindowActive windowActive, QObject* parent = nullptr);

    /// Gives whatever is due now; returns how many reminders were shown (one nothing could show
    /// stays due and is tried again at the next look).
    int check();

    /// The words of a reminder, as the notification shows them.
    QString title(const core::Reminder& reminder) const;
    QString body(const core::Reminder& reminder) const;

signals:
    /// The person clicked a reminder: open the pane it names ("today").
    void openRequested(const QString& target);

private:
    void restOver();

    Logbook& m_logbook;
    Notifier& m_notifier;
    Clock m_clock;
    WindowActive m_windowActive;
    QTimer* m_timer = nullptr;
};

} // namespace keel::gui
