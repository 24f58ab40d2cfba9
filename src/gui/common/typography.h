// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFont>

/// Keel's few text sizes, each derived from the widget's own font so they follow the user's
/// settings and scale. Few sizes also means few fonts to load at start.
namespace keel::gui::Typography {

/// A pane's title ("Today · Wednesday, 11 Mar"), the exercise a pane shows in detail, the rest
/// countdown.
QFont title(QFont base);
/// A section's name inside a pane (a chart).
QFont sectionTitle(QFont base);
/// Text a little larger than body text (the pane list).
QFont larger(QFont base);

} // namespace keel::gui::Typography
