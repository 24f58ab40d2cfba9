// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/plan/reminders.h"

#include <QGroupBox>

#include <array>

class QCheckBox;
class QSpinBox;
class QTimeEdit;
class QToolButton;

namespace keel::gui {

class Logbook;

/// Settings' Reminders group: the session reminder and its time, desk breaks (interval, hours, work
/// days), "rest over" and keeping Keel in the tray. Like the appearance, each change applies and is
/// remembered at once (ReminderStore); no Save needed.
class RemindersBox final : public QGroupBox {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RemindersBox)
public:
    explicit RemindersBox(Logbook& logbook, QWidget* parent = nullptr);

    /// The settings as the controls show them.
    core::ReminderSettings shown() const;

private:
    void load();
    void store();
    void updateEnabled();

    Logbook& m_logbook;
    QCheckBox* m_sessionOn = nullptr;
    QTimeEdit* m_sessionAt = nullptr;
    QCheckBox* m_desk = nullptr;
    QSpinBox* m_deskEvery = nullptr;
    QTimeEdit* m_deskFrom = nullptr;
    QTimeEdit* m_deskUntil = nullptr;
    std::array<QToolButton*, 7> m_workDays {};
    QCheckBox* m_restOver = nullptr;
    QCheckBox* m_keepInTray = nullptr;
    bool m_loading = false;
};

} // namespace keel::gui
