// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "gui/commands/logentry.h"
#include "gui/common/unitformat.h"

#include <QAbstractTableModel>

#include <vector>

namespace keel::gui {

class Logbook;

/// Everything logged between two dates (sets, walks, morning check-ins), newest day first and
/// in logging order within a day. Reads through LogRepository; never writes.
class HistoryModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        DateColumn,
        ActivityColumn,
        AmountColumn,
        LoadColumn,
        RpeColumn,
        PainColumn,
        NoteColumn,
        ColumnCount
    };

    explicit HistoryModel(Logbook& logbook, QObject* parent = nullptr);

    /// Shows the entries between `from` and `to` inclusive.
    void setRange(core::Date from, core::Date to);
    core::Date from() const { return m_from; }
    core::Date to() const { return m_to; }
    /// Reads the range again (after an edit, an undo, or a change of units).
    void reload();

    const LogEntry& entryAt(int row) const { return m_entries.at(static_cast<std::size_t>(row)); }
    /// The first row of a date, or -1 when nothing was logged that day.
    int firstRowOf(core::Date date) const;
    /// The row of a logged set with this id, or -1.
    int rowOfSet(std::int64_t id) const;
    /// The dates that have at least one entry, ascending.
    std::vector<core::Date> datesWithEntries() const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;

private:
    QVariant display(const LogEntry& entry, int column) const;

    Logbook& m_logbook;
    core::Date m_from;
    core::Date m_to;
    UnitFormat m_units;
    std::vector<LogEntry> m_entries;
};

} // namespace keel::gui
