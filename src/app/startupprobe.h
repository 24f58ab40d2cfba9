// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

class QWidget;

namespace keel::app {

/// For the start-up benchmark: waits for the first paint of a window, then prints
/// "first-paint rss_kb=N" on stdout and quits the application. The benchmark times the line's
/// arrival from the moment it started the process, so the whole start (loading, opening,
/// building the window) counts. Shared with the baseline window in tests/bench.
class StartupProbe : public QObject {
    Q_OBJECT
public:
    /// Watches `window`; the probe is owned by it.
    static void watch(QWidget* window);
    /// Resident memory of this process in kilobytes (Linux: VmRSS), 0 when unknown.
    static long residentKilobytes();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    explicit StartupProbe(QObject* parent);
    bool m_fired = false;
};

} // namespace keel::app
