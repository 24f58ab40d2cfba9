// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "gui/common/unitformat.h"

#include <QAbstractTableModel>

#include <memory>

namespace keel::core {
struct ExerciseRecords;
struct RecordBook; // not included: moc trips over <compare> when it comes first
struct WalkEntry;
} // namespace keel::core

namespace keel::gui {

class Logbook;

/// History's Records list: one row per exercise with its bests (heaviest set, estimated one-rep
/// max by Epley, most reps without load, longest hold), then the longest walk. Each best carries
/// the day it was first reached (tooltip, and the "Latest" column holds the newest of them).
/// The rule is core::PersonalRecords; this model only shows the core's RecordBook.
class RecordsModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        ExerciseColumn,
        HeaviestColumn,
        OneRepMaxColumn,
        MostRepsColumn,
        LongestColumn,
        LatestColumn,
        ColumnCount
    };
    /// Sort key of every cell: numbers for bests (kg, reps, seconds), Julian days for dates.
    static constexpr int SortRole = Qt::UserRole + 1;

    explicit RecordsModel(Logbook& logbook, QObject* parent = nullptr);
    ~RecordsModel() override;

    /// Reads the record book again (after a log change or a change of units).
    void reload();
    const core::RecordBook& book() const { return *m_book; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVariant exerciseData(const core::ExerciseRecords& records, int column, int role) const;
    QVariant walkData(const core::WalkEntry& walk, int column, int role) const;

    Logbook& m_logbook;
    UnitFormat m_units;
    std::unique_ptr<core::RecordBook> m_book;
};

} // namespace keel::gui
