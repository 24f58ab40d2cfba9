// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "gui/commands/logentry.h"
#include "gui/common/unitformat.h"

#include <QAbstractItemModel>

#include <optional>
#include <vector>

namespace keel::gui {

class HistoryModel;

/// The History table grouped by day, as lifters know it from workout logs: one row per day
/// with its totals (sets, volume, walk minutes, the highest pain), expandable to the day's
/// entries. The entries are the flat HistoryModel's rows, shown in the same columns.
class HistoryDayModel final : public QAbstractItemModel {
    Q_OBJECT
public:
    /// The totals of one day.
    struct Totals {
        int sets = 0;
        double volumeKg = 0.0; ///< Reps × load over the day's loaded sets.
        int walks = 0;
        int walkMinutes = 0;
        std::optional<int> maxPain; ///< Over sets, walks and the morning check-in.
    };

    explicit HistoryDayModel(HistoryModel* source, QObject* parent = nullptr);

    void setUnits(const UnitFormat& units);
    /// The totals of the day in `row` (a top-level row).
    const Totals& totalsAt(int row) const { return m_days.at(static_cast<std::size_t>(row)).totals; }
    /// The flat model's row behind an entry index, or -1 for a day row.
    int sourceRow(const QModelIndex& index) const;
    /// The index (first column) of the flat model's row `sourceRow`.
    QModelIndex indexOfSourceRow(int sourceRow) const;

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Day {
        core::Date date;
        std::vector<int> rows; ///< The flat model's rows of this day, in its order.
        Totals totals;
    };
    void rebuild();
    QVariant dayData(const Day& day, int column, int role) const;

    HistoryModel* m_source = nullptr;
    UnitFormat m_units;
    std::vector<Day> m_days;
};

} // namespace keel::gui
