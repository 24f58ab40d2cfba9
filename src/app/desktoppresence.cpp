// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/desktoppresence.h"

#include "gui/common/labels.h"
#include "gui/common/windowsettings.h"
#include "gui/logbook.h"
#include "gui/mainwindow.h"
#include "gui/reminders/notifier.h"
#include "gui/reminders/reminderservice.h"
#include "gui/reminders/reminderstore.h"

#include <QAction>
#include <QApplication>
#include <QDateTime>
#include <QMenu>
#include <QSystemTrayIcon>

namespace keel::app {

DesktopPresence::DesktopPresence(gui::MainWindow& window, gui::Logbook& logbook)
    : QObject(&window)
    , m_window(window)
    , m_tray(new QSystemTrayIcon(QApplication::windowIcon(), this))
    , m_notifier(new gui::DesktopNotifier(this))
{
    m_tray->setToolTip(QApplication::applicationDisplayName());
    auto* menu = new QMenu(&window);
    connect(menu->addAction(tr("Open Keel")), &QAction::triggered, this, [this] { bringForward({}); });
    menu->addSeparator();
    connect(menu->addAction(tr("Quit Keel")), &QAction::triggered, qApp, &QApplication::quit);
    m_tray->setContextMenu(menu);
    connect(m_tray, &QSystemTrayIcon::activated, this, [this](QSystemTrayIcon::ActivationReason reason) {
        if (reason == QSystemTrayIcon::Trigger)
            bringForward({});
    });
    m_notifier->setTrayIcon(m_tray);

    // The day is the session's (keel --today moves it); the time of day is the wall clock's.
    gui::Logbook* from = &logbook;
    m_reminders = new gui::ReminderService(
        logbook, *m_notifier, [from] { return QDateTime(gui::Labels::toQDate(from->today()), QTime::currentTime()); },
        [this] { return m_window.isVisible() && m_window.isActiveWindow(); }, this);
    connect(m_reminders, &gui::ReminderService::openRequested, this, &DesktopPresence::bringForward);
    connect(&logbook, &gui::Logbook::desktopSettingsChanged, this, &DesktopPresence::applyKeepInTray);
    applyKeepInTray();
}

void DesktopPresence::applyKeepInTray()
{
    const bool keep = gui::ReminderStore::keepInTray() && QSystemTrayIcon::isSystemTrayAvailable();
    m_tray->setIcon(QApplication::windowIcon());
    m_tray->setVisible(keep);
    QApplication::setQuitOnLastWindowClosed(!keep);
}

void DesktopPresence::bringForward(const QString& target)
{
    if (target == QLatin1String("today"))
        m_window.showPane(gui::MainWindow::Pane::Today);
    gui::WindowSettings::bringToFront(m_window);
}

} // namespace keel::app
