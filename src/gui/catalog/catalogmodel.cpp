// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/catalog/catalogmodel.h"

#include "gui/common/exercisetext.h"
#include "gui/common/labels.h"

namespace keel::gui {

CatalogModel::CatalogModel(const core::Catalog& catalog, QObject* parent)
    : QAbstractTableModel(parent)
    , m_catalog(catalog)
{ }

const core::Exercise* CatalogModel::exerciseAt(int row) const
{
    if (row < 0 || row >= rowCount())
        return nullptr;
    return &m_catalog.exercises()[static_cast<std::size_t>(row)];
}

int CatalogModel::rowOf(const QString& id) const
{
    const std::string key = id.toStdString();
    const auto& exercises = m_catalog.exercises();
    for (std::size_t row = 0; row < exercises.size(); ++row) {
        if (exercises[row].id == key)
            return static_cast<int>(row);
    }
    return -1;
}

int CatalogModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_catalog.size());
}

int CatalogModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CatalogModel::data(const QModelIndex& index, int role) const
{
    if (!hasIndex(index.row(), index.column(), index.parent()))
        return {};
    const core::Exercise& exercise = *exerciseAt(index.row());
    if (role == IdRole)
        return QString::fromStdString(exercise.id);
    if (role == Qt::ToolTipRole) {
        // Name and equipment may be elided in their columns: their tooltips hold them whole.
        if (index.column() == EquipmentColumn)
            return data(index, Qt::DisplayRole);
        const QString summary = QString::fromStdString(m_catalog.texts(exercise).summary);
        return index.column() == NameColumn
            ? QString::fromStdString(m_catalog.name(exercise)) + QStringLiteral("\n") + summary
            : summary;
    }
    if (role == SortRole && index.column() == LevelColumn)
        return exercise.level;
    if (role != Qt::DisplayRole && role != SortRole)
        return {};
    switch (static_cast<Column>(index.column())) {
    case NameColumn:
        return QString::fromStdString(m_catalog.name(exercise));
    case PatternColumn:
        return Labels::pattern(exercise.pattern);
    case FocusColumn:
        return Labels::focus(exercise.focus);
    case LevelColumn:
        return exercise.level;
    case EquipmentColumn:
        return ExerciseText::equipment(exercise);
    case ColumnCount:
        break;
    }
    return {};
}

QVariant CatalogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Exercise");
    case PatternColumn:
        return tr("Pattern");
    case FocusColumn:
        return tr("Focus");
    case LevelColumn:
        return tr("Level");
    case EquipmentColumn:
        return tr("Equipment");
    default:
        return {};
    }
}

Qt::ItemFlags CatalogModel::flags(const QModelIndex& index) const
{
    if (!hasIndex(index.row(), index.column(), index.parent()))
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
}

} // namespace keel::gui
