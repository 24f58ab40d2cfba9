// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/history/historydaymodel.h"

#include "gui/common/plural.h"
#include "gui/history/historymodel.h"

#include <QFont>
#include <QStringList>

#include <algorithm>

namespace keel::gui {

namespace {

// Top-level rows carry this id; an entry carries its day's row + 1.
constexpr quintptr kDayId = 0;

void notePain(std::optional<int>& maxPain, std::optional<int> pain)
{
    if (pain)
        maxPain = std::max(maxPain.value_or(0), *pain);
}

} // namespace

HistoryDayModel::HistoryDayModel(HistoryModel* source, QObject* parent)
    : QAbstractItemModel(parent)
    , m_source(source)
{
    connect(m_source, &QAbstractItemModel::modelReset, this, &HistoryDayModel::rebuild);
    connect(m_source, &QAbstractItemModel::dataChanged, this, &HistoryDayModel::rebuild);
    rebuild();
}

void HistoryDayModel::setUnits(const UnitFormat& units)
{
    beginResetModel();
    m_units = units;
    endResetModel();
}

void HistoryDayModel::rebuild()
{
    beginResetModel();
    m_days.clear();
    for (int row = 0; row < m_source->rowCount(); ++row) {
        const LogEntry& entry = m_source->entryAt(row);
        const core::Date date = entryDate(entry);
        if (m_days.empty() || m_days.back().date != date)
            m_days.push_back(Day {date, {}, {}});
        Day& day = m_days.back();
        day.rows.push_back(row);
        std::visit(Overloaded {[&](const core::LoggedSet& set) {
                                   ++day.totals.sets;
                                   if (set.reps && set.loadKg)
                                       day.totals.volumeKg += *set.reps * *set.loadKg;
                                   notePain(day.totals.maxPain, set.pain);
                               },
                       [&](const core::WalkEntry& walk) {
                           ++day.totals.walks;
                           day.totals.walkMinutes += walk.minutes;
                           notePain(day.totals.maxPain, walk.pain);
                       },
                       [&](const core::CheckIn& checkIn) { notePain(day.totals.maxPain, checkIn.pain); }},
            entry);
    }
    endResetModel();
}

int HistoryDayModel::sourceRow(const QModelIndex& index) const
{
    if (!index.isValid() || index.internalId() == kDayId)
        return -1;
    const Day& day = m_days.at(static_cast<std::size_t>(index.internalId() - 1));
    return day.rows.at(static_cast<std::size_t>(index.row()));
}

QModelIndex HistoryDayModel::indexOfSourceRow(int sourceRow) const
{
    for (std::size_t dayRow = 0; dayRow < m_days.size(); ++dayRow) {
        const auto& rows = m_days[dayRow].rows;
        const auto found = std::find(rows.begin(), rows.end(), sourceRow);
        if (found != rows.end())
            return createIndex(static_cast<int>(found - rows.begin()), 0, static_cast<quintptr>(dayRow + 1));
    }
    return {};
}

QModelIndex HistoryDayModel::index(int row, int column, const QModelIndex& parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, kDayId);
    return createIndex(row, column, static_cast<quintptr>(parent.row() + 1));
}

QModelIndex HistoryDayModel::parent(const QModelIndex& child) const
{
    if (!child.isValid() || child.internalId() == kDayId)
        return {};
    return createIndex(static_cast<int>(child.internalId() - 1), 0, kDayId);
}

int HistoryDayModel::rowCount(const QModelIndex& parent) const
{
    if (!parent.isValid())
        return static_cast<int>(m_days.size());
    if (parent.internalId() == kDayId && parent.column() == 0)
        return static_cast<int>(m_days.at(static_cast<std::size_t>(parent.row())).rows.size());
    return 0;
}

int HistoryDayModel::columnCount(const QModelIndex&) const
{
    return HistoryModel::ColumnCount;
}

QVariant HistoryDayModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (index.internalId() != kDayId)
        return m_source->index(sourceRow(index), index.column()).data(role);
    return dayData(m_days.at(static_cast<std::size_t>(index.row())), index.column(), role);
}

QVariant HistoryDayModel::dayData(const Day& day, int column, int role) const
{
    if (role == Qt::FontRole) {
        QFont bold;
        bold.setBold(true);
        return bold;
    }
    if (role != Qt::DisplayRole && role != Qt::AccessibleTextRole)
        return {};
    const Totals& totals = day.totals;
    switch (column) {
    case HistoryModel::DateColumn:
        return m_source->index(day.rows.front(), HistoryModel::DateColumn).data(role);
    case HistoryModel::ActivityColumn: {
        QStringList parts;
        if (totals.sets > 0)
            parts << Plural::of(tr("%n set(s)", nullptr, totals.sets), totals.sets);
        if (totals.walks > 0)
            parts << Plural::of(tr("%n walk(s)", nullptr, totals.walks), totals.walks);
        return parts.isEmpty() ? tr("check-in only") : parts.join(QStringLiteral(", "));
    }
    case HistoryModel::AmountColumn:
        return totals.walkMinutes > 0 ? tr("%1 min walked").arg(totals.walkMinutes) : QVariant();
    case HistoryModel::LoadColumn:
        return totals.volumeKg > 0.0 ? tr("volume %1").arg(m_units.load(totals.volumeKg)) : QVariant();
    case HistoryModel::PainColumn:
        return totals.maxPain ? tr("max %1").arg(*totals.maxPain) : QVariant();
    default:
        return {};
    }
}

QVariant HistoryDayModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    return m_source->headerData(section, orientation, role);
}

} // namespace keel::gui
