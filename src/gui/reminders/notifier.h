// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>

#include <map>

class QSystemTrayIcon;

namespace keel::gui {

/// Puts a reminder in front of the person, outside Keel's window. `target` names the pane a click
/// on it should open ("today", "settings"); activated() reports that click.
class Notifier : public QObject {
    Q_OBJECT
public:
    using QObject::QObject;
    /// True when the reminder was handed to something that shows it.
    virtual bool notify(const QString& title, const QString& body, const QString& target) = 0;

signals:
    void activated(const QString& target);
};

/// The desktop's own notifications (freedesktop org.freedesktop.Notifications over the session
/// bus), with a click opening Keel; where no notification service answers, the tray icon's balloon
/// message, if there is a tray icon.
class DesktopNotifier final : public Notifier {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DesktopNotifier)
public:
    explicit DesktopNotifier(QObject* parent = nullptr);

    /// The tray icon to fall back on (may be null); kept by its owner.
    void setTrayIcon(QSystemTrayIcon* tray);
    /// Talks on the D-Bus connection of that name instead of the session bus (tests run their own).
    void useBus(const QString& connectionName);
    bool notify(const QString& title, const QString& body, const QString& target) override;

private slots:
    void onActionInvoked(uint id, const QString& action);
    void onClosed(uint id, uint reason);

private:
    bool notifyOverDBus(const QString& title, const QString& body, const QString& target);

    QSystemTrayIcon* m_tray = nullptr;
    QString m_trayTarget;
    std::map<uint, QString> m_targets; ///< Notification id -> pane, while shown.
    QString m_bus; ///< A QDBusConnection's name; empty for the session bus.
    bool m_listening = false;
};

} // namespace keel::gui
