// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/startupprobe.h"

#include <QCoreApplication>
#include <QEvent>
#include <QFile>
#include <QTimer>
#include <QWidget>

#include <cstdio>

namespace keel::app {

StartupProbe::StartupProbe(QObject* parent)
    : QObject(parent)
{ }

void StartupProbe::watch(QWidget* window)
{
    window->installEventFilter(new StartupProbe(window));
}

long StartupProbe::residentKilobytes()
{
    // /proc files report a size of 0, so read everything instead of testing atEnd().
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    const QList<QByteArray> lines = status.readAll().split('\n');
    for (const QByteArray& line : lines) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLong();
    }
    return 0;
}

bool StartupProbe::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::Paint && !m_fired) {
        m_fired = true;
        // Report once the paint has been flushed, i.e. after this event returns.
        QTimer::singleShot(0, this, [] {
            std::printf("first-paint rss_kb=%ld\n", residentKilobytes());
            std::fflush(stdout);
            QCoreApplication::quit();
        });
    }
    return QObject::eventFilter(watched, event);
}

} // namespace keel::app
