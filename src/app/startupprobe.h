// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QWidget;

/// For the start-up benchmark: waits for the first paint of a window, then prints
/// "first-paint rss_kb=N" on stdout and quits the application. The benchmark times the line's
/// arrival from the moment it started the process, so the whole start (loading, opening,
/// building the window) counts. Shared with the baseline window in tests/bench.
namespace keel::app::StartupProbe {

/// Watches `window` until its first paint.
void watch(QWidget* window);
/// Resident memory of this process in kilobytes (Linux: VmRSS), 0 when unknown.
long residentKilobytes();

} // namespace keel::app::StartupProbe
