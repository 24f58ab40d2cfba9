// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>

class QWidget;

namespace keel::app {

/// Runs `work` once, on the GUI thread, just after `window` has painted for the first time
/// (queued behind that paint, so it is on screen first). For start-up work that nobody needs
/// to see the window: the window icon, the start-up probe.
void afterFirstPaint(QWidget* window, std::function<void()> work);

} // namespace keel::app
