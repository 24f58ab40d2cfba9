// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/common/equipmentmodel.h"

#include "core/model/vocabulary.h"
#include "gui/common/labels.h"

namespace keel::gui {

EquipmentModel::EquipmentModel(QObject* parent)
    : QAbstractTableModel(parent)
{
    for (std::string_view name : core::equipmentNames()) {
        if (!core::isAssumedEquipment(name))
            m_keys.emplace_back(name);
    }
    m_checked.assign(m_keys.size(), false);
}

void EquipmentModel::setOwned(const Owned& owned)
{
    for (std::size_t row = 0; row < m_keys.size(); ++row)
        m_checked[row] = owned.contains(m_keys[row]);
    if (!m_keys.empty())
        emit dataChanged(index(0, NameColumn), index(rowCount() - 1, NameColumn), {Qt::CheckStateRole});
    emit ownedChanged();
}

EquipmentModel::Owned EquipmentModel::owned() const
{
    Owned result;
    for (std::size_t row = 0; row < m_keys.size(); ++row) {
        if (m_checked[row])
            result.insert(m_keys[row]);
    }
    return result;
}

int EquipmentModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_keys.size());
}

int EquipmentModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant EquipmentModel::data(const QModelIndex& index, int role) const
{
    if (!hasIndex(index.row(), index.column(), index.parent()))
        return {};
    const auto row = static_cast<std::size_t>(index.row());
    const std::string& key = m_keys[row];
    switch (role) {
    case Qt::DisplayRole:
        return index.column() == NameColumn ? Labels::equipment(key) : Labels::equipmentHint(key);
    case Qt::ToolTipRole:
    case Qt::AccessibleDescriptionRole:
        return Labels::equipmentHint(key);
    case Qt::CheckStateRole:
        if (index.column() == NameColumn)
            return m_checked[row] ? Qt::Checked : Qt::Unchecked;
        return {};
    case KeyRole:
        return QString::fromStdString(key);
    default:
        return {};
    }
}

bool EquipmentModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (!hasIndex(index.row(), index.column(), index.parent()) || role != Qt::CheckStateRole
        || index.column() != NameColumn)
        return false;
    const auto row = static_cast<std::size_t>(index.row());
    const bool checked = static_cast<Qt::CheckState>(value.toInt()) == Qt::Checked;
    if (m_checked[row] == checked)
        return true;
    m_checked[row] = checked;
    emit dataChanged(index, index, {Qt::CheckStateRole});
    emit ownedChanged();
    return true;
}

Qt::ItemFlags EquipmentModel::flags(const QModelIndex& index) const
{
    if (!hasIndex(index.row(), index.column(), index.parent()))
        return Qt::NoItemFlags;
    Qt::ItemFlags result = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
    if (index.column() == NameColumn)
        result |= Qt::ItemIsUserCheckable;
    return result;
}

QVariant EquipmentModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Equipment");
    case HintColumn:
        return tr("What counts");
    default:
        return {};
    }
}

} // namespace keel::gui
