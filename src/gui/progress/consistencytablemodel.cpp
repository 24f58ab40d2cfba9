// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/progress/consistencytablemodel.h"

#include "gui/common/labels.h"
#include "gui/progress/chartexport.h"

#include <QLocale>

namespace keel::gui {

ConsistencyTableModel::ConsistencyTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{ }

void ConsistencyTableModel::setReport(const core::ConsistencyReport& report)
{
    beginResetModel();
    m_report = report;
    endResetModel();
}

int ConsistencyTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_report.weeks.size());
}

int ConsistencyTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ConsistencyTableModel::cellText(const core::ConsistencyWeek& week, int column) const
{
    int planned = 0;
    int done = 0;
    for (const core::ConsistencyDay& day : week.days) {
        planned += day.planned;
        done += day.plannedDone;
    }
    switch (column) {
    case WeekColumn:
        return QLocale().toString(Labels::toQDate(week.weekStart), QLocale::ShortFormat);
    case PlannedColumn:
        return QString::number(planned);
    case DoneColumn:
        return QString::number(done);
    case StrengthPlannedColumn:
        return QString::number(week.strengthPlanned);
    case StrengthDoneColumn:
        return QString::number(week.strengthDone);
    case KeptColumn:
        return week.kept ? tr("yes") : tr("no");
    default:
        return {};
    }
}

QVariant ConsistencyTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const core::ConsistencyWeek& week = m_report.weeks[static_cast<std::size_t>(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        return cellText(week, index.column());
    case ChartExport::FileTextRole:
        // Counts read the same in every locale; the week's date is written as ISO.
        return index.column() == WeekColumn ? QString::fromStdString(week.weekStart.toString())
                                            : cellText(week, index.column());
    case Qt::AccessibleTextRole:
        return index.column() == WeekColumn
            ? cellText(week, index.column())
            : tr("%1: %2").arg(headerData(index.column(), Qt::Horizontal).toString(), cellText(week, index.column()));
    case Qt::TextAlignmentRole:
        return index.column() == WeekColumn || index.column() == KeptColumn
            ? QVariant(Qt::AlignLeft | Qt::AlignVCenter)
            : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    default:
        return {};
    }
}

QVariant ConsistencyTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || (role != Qt::DisplayRole && role != Qt::ToolTipRole))
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case WeekColumn:
        return tr("Week of");
    case PlannedColumn:
        return tr("Sessions planned");
    case DoneColumn:
        return tr("Planned sessions done");
    case StrengthPlannedColumn:
        return tr("Strength planned");
    case StrengthDoneColumn:
        return tr("Strength days done");
    case KeptColumn:
        return tr("All strength done");
    default:
        return {};
    }
}

} // namespace keel::gui
