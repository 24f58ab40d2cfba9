// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/catalog/catalog.h"
#include "core/plan/dayview.h"
#include "gui/common/unitformat.h"

#include <QAbstractItemModel>

namespace keel::gui {

/// Today's sessions (top level) and their items (children), with the prescription, what is
/// done, and the numbers of the previous time.
class TodayModel final : public QAbstractItemModel {
    Q_OBJECT
public:
    enum Column { ExerciseColumn, PrescriptionColumn, ProgressColumn, LastTimeColumn, ColumnCount };
    enum Role {
        ItemIdRole = Qt::UserRole + 1, ///< qint64 planned item id (items only).
        SessionIdRole, ///< qint64 planned session id.
        KindRole, ///< int core::SessionKind.
        CompleteRole, ///< bool: everything planned is logged.
        ReasonRole, ///< QString: why the item is planned (items only).
        ExerciseIdRole, ///< QString catalog id (items only).
    };

    explicit TodayModel(const core::Catalog& catalog, QObject* parent = nullptr);

    void setContent(core::DayView content, UnitFormat units);
    const core::DayView& content() const { return m_content; }
    const UnitFormat& units() const { return m_units; }

    /// The index (first column) of a planned item, invalid when today has no such item.
    QModelIndex indexOfItem(std::int64_t itemId) const;
    /// The entry behind an item index; nullptr for session rows and invalid indexes.
    const core::DayEntry* entryAt(const QModelIndex& index) const;

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;

private:
    QVariant sessionData(const core::DaySession& session, int column, int role) const;
    QVariant entryData(const core::DaySession& session, const core::DayEntry& entry, int column, int role) const;

    const core::Catalog& m_catalog;
    core::DayView m_content;
    UnitFormat m_units;
};

} // namespace keel::gui
