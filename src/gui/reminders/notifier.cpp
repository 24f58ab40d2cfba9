// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/reminders/notifier.h"

#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QGuiApplication>
#include <QSystemTrayIcon>
#include <QVariantMap>

namespace keel::gui {

namespace {

const QString kService = QStringLiteral("org.freedesktop.Notifications");
const QString kPath = QStringLiteral("/org/freedesktop/Notifications");
const QString kInterface = QStringLiteral("org.freedesktop.Notifications");
/// The action a click on the notification's body invokes, by the specification's convention.
const QString kDefaultAction = QStringLiteral("default");

} // namespace

DesktopNotifier::DesktopNotifier(QObject* parent)
    : Notifier(parent)
{ }

void DesktopNotifier::setTrayIcon(QSystemTrayIcon* tray)
{
    if (m_tray)
        disconnect(m_tray, nullptr, this, nullptr);
    m_tray = tray;
    if (m_tray)
        connect(m_tray, &QSystemTrayIcon::messageClicked, this, [this] { emit activated(m_trayTarget); });
}

void DesktopNotifier::useBus(const QString& connectionName)
{
    m_bus = connectionName;
    m_listening = false;
}

bool DesktopNotifier::notify(const QString& title, const QString& body, const QString& target)
{
    if (notifyOverDBus(title, body, target))
        return true;
    if (!m_tray || !m_tray->isVisible() || !QSystemTrayIcon::supportsMessages())
        return false;
    m_trayTarget = target;
    m_tray->showMessage(title, body, QSystemTrayIcon::Information);
    return true;
}

bool DesktopNotifier::notifyOverDBus(const QString& title, const QString& body, const QString& target)
{
    QDBusConnection bus = m_bus.isEmpty() ? QDBusConnection::sessionBus() : QDBusConnection(m_bus);
    if (!bus.isConnected() || !bus.interface() || !bus.interface()->isServiceRegistered(kService).value())
        return false;
    if (!m_listening) {
        bus.connect(
            kService, kPath, kInterface, QStringLiteral("ActionInvoked"), this, SLOT(onActionInvoked(uint, QString)));
        bus.connect(
            kService, kPath, kInterface, QStringLiteral("NotificationClosed"), this, SLOT(onClosed(uint, uint)));
        m_listening = true;
    }
    QDBusMessage call = QDBusMessage::createMethodCall(kService, kPath, kInterface, QStringLiteral("Notify"));
    QVariantMap hints;
    // Lets the desktop show Keel's name and icon, and group its notifications.
    hints.insert(QStringLiteral("desktop-entry"), QGuiApplication::desktopFileName());
    call << QGuiApplication::applicationDisplayName() << 0u << QGuiApplication::desktopFileName() << title << body
         << QStringList {kDefaultAction, tr("Open Keel")} << hints << -1;
    // Asynchronous: a notification service that hangs must not freeze the window.
    auto* watcher = new QDBusPendingCallWatcher(bus.asyncCall(call), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this, [this, watcher, target] {
        const QDBusPendingReply<uint> reply = *watcher;
        if (!reply.isError())
            m_targets[reply.value()] = target;
        watcher->deleteLater();
    });
    return true;
}

void DesktopNotifier::onActionInvoked(uint id, const QString& action)
{
    const auto found = m_targets.find(id);
    if (found == m_targets.end() || action != kDefaultAction)
        return;
    emit activated(found->second);
}

void DesktopNotifier::onClosed(uint id, uint /*reason*/)
{
    m_targets.erase(id);
}

} // namespace keel::gui
