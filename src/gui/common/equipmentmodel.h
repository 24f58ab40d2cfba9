// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractTableModel>

#include <functional>
#include <set>
#include <string>
#include <vector>

namespace keel::gui {

/// The equipment a person may own, as a checkable list: one row per equipment name the
/// catalog knows, except the things every home has (wall, chair, mat).
class EquipmentModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { NameColumn, HintColumn, ColumnCount };
    enum Role { KeyRole = Qt::UserRole + 1 };

    using Owned = std::set<std::string, std::less<>>;

    explicit EquipmentModel(QObject* parent = nullptr);

    /// Checks exactly the rows in `owned`; names that are assumed or unknown are ignored.
    void setOwned(const Owned& owned);
    /// The checked equipment names.
    Owned owned() const;
    /// The equipment key of a row ("trap_bar").
    const std::string& keyAt(int row) const { return m_keys.at(static_cast<std::size_t>(row)); }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    /// The set of checked rows changed (by the user or by setOwned).
    void ownedChanged();

private:
    std::vector<std::string> m_keys;
    std::vector<bool> m_checked;
};

} // namespace keel::gui
