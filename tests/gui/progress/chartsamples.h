// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Hand-made chart descriptions and pixel checks shared by the Progress widget tests.

#include "core/report/progresschart.h"

#include <QColor>
#include <QImage>

namespace keel::test {

/// Six weeks of stacked sets for two patterns (with a week of zeros) and a planned line.
core::ProgressChart sampleBucketChart();
/// Two months of values every fourth day, a move up on a logged day and a step-back between two, a flare-up band and
/// two guides.
core::ProgressChart sampleDayChart();
/// Pixels of `image` within `tolerance` (per channel, 0–255) of `color`.
int pixelsNear(const QImage& image, const QColor& color, int tolerance = 40);
/// Pixels of `image` that differ from `background` by more than `tolerance` in any channel.
int pixelsOff(const QImage& image, const QColor& background, int tolerance = 24);

} // namespace keel::test
