// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/catalog/catalog.h"
#include "core/report/progresschart.h"

#include <QAbstractTableModel>

#include <vector>

namespace keel::gui {

/// The numbers of a chart as a table, for screen readers and for CSV export: one row per bucket
/// (every bucket, zero when nothing was logged) or per day with data; one column per series,
/// plus the progression changes and flare-up days when the chart has them.
class SeriesTableModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    explicit SeriesTableModel(QObject* parent = nullptr);

    void setChart(const core::ProgressChart& chart);
    /// The catalog the markers' reasons name exercises from; without one they read as recorded.
    void setCatalog(const core::Catalog* catalog) { m_catalog = catalog; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    enum class ColumnKind { Date, Value, Label, Change, FlareUp };
    struct Column {
        ColumnKind kind = ColumnKind::Date;
        std::size_t series = 0;
        QString header;
    };

    /// How a cell is written: for the screen in the desktop's locale, or for a file (ISO, ".").
    enum class Form { Screen, File };
    QString cellText(std::size_t row, const Column& column, Form form = Form::Screen) const;
    QString changeToolTip(std::size_t row) const;

    core::ProgressChart m_chart;
    const core::Catalog* m_catalog = nullptr;
    std::vector<core::Date> m_rows;
    std::vector<Column> m_columns;
};

} // namespace keel::gui
