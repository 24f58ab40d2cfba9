// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/startupprobe.h"

#include "app/firstpaint.h"

#include <QCoreApplication>
#include <QFile>

#include <cstdio>

namespace keel::app::StartupProbe {

void watch(QWidget* window)
{
    afterFirstPaint(window, [] {
        std::printf("first-paint rss_kb=%ld\n", residentKilobytes());
        std::fflush(stdout);
        QCoreApplication::quit();
    });
}

long residentKilobytes()
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

} // namespace keel::app::StartupProbe
