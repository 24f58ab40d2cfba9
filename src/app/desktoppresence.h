// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

class QSystemTrayIcon;

namespace keel::gui {
class DesktopNotifier;
class MainWindow;
class ReminderService;
class Logbook;
} // namespace keel::gui

namespace keel::app {

/// Keel's life on the desktop beside its window: the reminders (desktop notifications, a click
/// opening the right pane) and, when Settings asks for it, a tray icon that keeps Keel running
/// with the window closed so reminders still arrive. Owned by the window it serves.
class DesktopPresence final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DesktopPresence)
public:
    DesktopPresence(gui::MainWindow& window, gui::Logbook& logbook);

    /// Shows or hides the tray icon and decides whether closing the window quits, from the setting.
    void applyKeepInTray();
    gui::ReminderService* reminders() const { return m_reminders; }

private:
    void bringForward(const QString& target);

    gui::MainWindow& m_window;
    QSystemTrayIcon* m_tray = nullptr;
    gui::DesktopNotifier* m_notifier = nullptr;
    gui::ReminderService* m_reminders = nullptr;
};

} // namespace keel::app
