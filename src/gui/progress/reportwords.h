// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/catalog/catalog.h"
#include "core/report/progresschart.h"

#include <QString>

#include <string_view>

namespace keel::gui {

/// The progress report's words in the desktop's language. The core marks each constant it
/// puts in a chart (titles, series names, units, axis titles, labels, messages) with
/// KEEL_TRANSLATE_NOOP in the context "Report"; this is the one place the GUI translates them.
class ReportWords {
public:
    /// A word or sentence the report marked, translated; text it did not mark reads as it is.
    static QString text(std::string_view english);
    /// The chart's title: the exercise or pattern it is about as the GUI names them, else text(title).
    static QString title(const core::ProgressChart& chart, const core::Catalog* catalog);
    /// What the legend and the table header call the series.
    static QString seriesName(const core::ChartSeries& series);
    /// The label of point `position` of the series (the exercise on a rung), named as the catalog shows it.
    static QString label(const core::ChartSeries& series, std::size_t position, const core::Catalog* catalog);
    /// The right value axis title: its parts translated, in the order the core gave them.
    static QString rightTitle(const core::ProgressChart& chart);
};

} // namespace keel::gui
