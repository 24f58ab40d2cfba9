// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/catalog/catalog.h"

#include <QAbstractTableModel>

namespace keel::gui {

/// Every exercise of the catalog as one row. The catalog is immutable after loading, so the
/// model never changes shape.
class CatalogModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { NameColumn, PatternColumn, FocusColumn, LevelColumn, EquipmentColumn, ColumnCount };
    enum Role {
        IdRole = Qt::UserRole + 1, ///< The exercise id (QString).
        SortRole, ///< A value that sorts naturally (level as a number, names folded).
    };

    explicit CatalogModel(const core::Catalog& catalog, QObject* parent = nullptr);

    const core::Catalog& catalog() const { return m_catalog; }
    /// The exercise of a row, or nullptr for an invalid row.
    const core::Exercise* exerciseAt(int row) const;
    /// The row of an exercise id, or -1.
    int rowOf(const QString& id) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;

private:
    const core::Catalog& m_catalog;
};

} // namespace keel::gui
