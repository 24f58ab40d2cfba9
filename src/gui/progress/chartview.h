// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/catalog/catalog.h"
#include "core/report/progresschart.h"

#include <QPointF>
#include <QString>
#include <QStringList>
#include <QWidget>

#include <vector>

class QChartView;
class QLabel;
class QStackedLayout;

namespace keel::gui {

/// The one widget that knows the chart library: it draws a core::ProgressChart (a neutral
/// description of series, markers, bands and guides) with Qt Charts, in the widget's palette
/// colours and without animation, or shows the chart's empty-state message instead. Panes only
/// ever hand it a ProgressChart, so the library can change here without touching them.
class ChartView final : public QWidget {
    Q_OBJECT
public:
    explicit ChartView(QWidget* parent = nullptr);
    ~ChartView() override;

    void setChart(const core::ProgressChart& chart);
    /// The catalog the markers' reasons name exercises from; without one they read as recorded.
    void setCatalog(const core::Catalog* catalog) { m_catalog = catalog; }
    const core::ProgressChart& chart() const { return m_chart; }

    /// True when the empty-state message is shown instead of a chart.
    bool showsEmptyState() const;
    QString emptyText() const;
    /// The hover text of a marker on `date` ("2026-03-02 · Load up: 12 kg → 14 kg" and the reason), or empty.
    QString markerToolTip(core::Date date) const;

    /// The labels of a date axis's ticks ("Sep", "Jan 2026", "2030", "2 Mar"), one per tick, all different.
    static QStringList tickLabels(const core::DateTicks& ticks);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void changeEvent(QEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    /// Where a marker sits on the x axis, to find the one under the mouse.
    struct MarkerTip {
        double x = 0.0;
        core::Date date;
    };

    QString markerText(const core::ChartMarker& marker) const;
    void rebuild();
    void showMarkerTip(const std::vector<MarkerTip>& tips, const QPointF& point, bool hovered);

    core::ProgressChart m_chart;
    const core::Catalog* m_catalog = nullptr;
    QStackedLayout* m_stack = nullptr;
    QChartView* m_view = nullptr;
    QLabel* m_empty = nullptr;
    bool m_stale = false; ///< The chart changed while hidden: rebuild when shown.
};

} // namespace keel::gui
