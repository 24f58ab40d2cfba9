// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/report/progresschart.h"

#include <QRect>
#include <QWidget>

#include <optional>

namespace keel::gui {

/// The consistency calendar: one column per week, one row per weekday, each day coloured by how
/// much of what was planned got done (missed, partly, done, rest), and under each week a mark
/// when every strength session was done. Hovering a day names it and its tally.
class HeatMapWidget final : public QWidget {
    Q_OBJECT
public:
    explicit HeatMapWidget(QWidget* parent = nullptr);

    void setReport(const core::ConsistencyReport& report, core::Date today);
    const core::ConsistencyReport& report() const { return m_report; }

    bool showsEmptyState() const;
    /// The tooltip at a widget position: a day's tally, a week's strength tally, or empty.
    QString toolTipAt(QPoint position) const;

    /// How many of the report's weeks fit the widget's width (the newest ones are drawn).
    int shownWeeks() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;
    bool event(QEvent* event) override;

private:
    struct Geometry {
        QRect grid; ///< The 7 × weeks cells.
        int cell = 0; ///< Cell pitch.
        int gap = 0;
        int labelWidth = 0;
        int headerHeight = 0;
        int keptTop = 0; ///< Top of the row of "all strength done" marks.
        int legendTop = 0;
        int firstWeek = 0; ///< The oldest week drawn: earlier ones do not fit.
    };

    static constexpr int kPreferredWeeks = 26;
    static constexpr int kMinimumCell = 6;

    Geometry geometry() const;
    QRect cellRect(const Geometry& layout, int week, int day) const;
    std::optional<std::pair<int, int>> cellAt(const Geometry& layout, QPoint position) const;
    QString dayText(const core::ConsistencyDay& day) const;
    QString shownText(const Geometry& layout) const;

    core::ConsistencyReport m_report;
    core::Date m_today;
};

} // namespace keel::gui
