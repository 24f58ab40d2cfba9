// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/report/progresschart.h"

#include <QAbstractTableModel>

namespace keel::gui {

/// The consistency heat map as a table: one row per week with its sessions planned and done
/// and whether every strength session was done.
class ConsistencyTableModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        WeekColumn,
        PlannedColumn,
        DoneColumn,
        StrengthPlannedColumn,
        StrengthDoneColumn,
        KeptColumn,
        ColumnCount
    };

    explicit ConsistencyTableModel(QObject* parent = nullptr);

    void setReport(const core::ConsistencyReport& report);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString cellText(const core::ConsistencyWeek& week, int column) const;

    core::ConsistencyReport m_report;
};

} // namespace keel::gui
