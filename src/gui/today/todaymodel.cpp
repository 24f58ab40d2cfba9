// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/today/todaymodel.h"

#include "gui/common/itemprogresstext.h"
#include "gui/common/kindstyle.h"
#include "gui/common/palettecolors.h"
#include "gui/common/prescriptiontext.h"
#include "gui/common/reasonwords.h"

#include <QFont>
#include <QGuiApplication>

#include <algorithm>

namespace keel::gui {

namespace {

// Item rows carry their session's row + 1 as internal id; session rows carry 0.
constexpr quintptr kSessionRow = 0;

} // namespace

TodayModel::TodayModel(const core::Catalog& catalog, QObject* parent)
    : QAbstractItemModel(parent)
    , m_catalog(catalog)
{ }

void TodayModel::setContent(core::DayView content, UnitFormat units)
{
    beginResetModel();
    m_content = std::move(content);
    m_units = units;
    endResetModel();
}

QModelIndex TodayModel::indexOfItem(std::int64_t itemId) const
{
    for (std::size_t s = 0; s < m_content.sessions.size(); ++s) {
        const auto& entries = m_content.sessions[s].entries;
        for (std::size_t e = 0; e < entries.size(); ++e) {
            if (entries[e].item.id == itemId)
                return createIndex(static_cast<int>(e), ExerciseColumn, static_cast<quintptr>(s + 1));
        }
    }
    return {};
}

const core::DayEntry* TodayModel::entryAt(const QModelIndex& index) const
{
    if (!index.isValid() || index.internalId() == kSessionRow)
        return nullptr;
    const auto& session = m_content.sessions[index.internalId() - 1];
    return &session.entries[static_cast<std::size_t>(index.row())];
}

QModelIndex TodayModel::index(int row, int column, const QModelIndex& parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, kSessionRow);
    return createIndex(row, column, static_cast<quintptr>(parent.row()) + 1);
}

QModelIndex TodayModel::parent(const QModelIndex& child) const
{
    if (!child.isValid() || child.internalId() == kSessionRow)
        return {};
    return createIndex(static_cast<int>(child.internalId() - 1), ExerciseColumn, kSessionRow);
}

int TodayModel::rowCount(const QModelIndex& parent) const
{
    if (!parent.isValid())
        return static_cast<int>(m_content.sessions.size());
    if (parent.column() != ExerciseColumn || parent.internalId() != kSessionRow)
        return 0;
    return static_cast<int>(m_content.sessions[static_cast<std::size_t>(parent.row())].entries.size());
}

int TodayModel::columnCount(const QModelIndex& /*parent*/) const
{
    return ColumnCount;
}

QVariant TodayModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (index.internalId() == kSessionRow)
        return sessionData(m_content.sessions[static_cast<std::size_t>(index.row())], index.column(), role);
    const core::DaySession& session = m_content.sessions[index.internalId() - 1];
    return entryData(session, session.entries[static_cast<std::size_t>(index.row())], index.column(), role);
}

QVariant TodayModel::sessionData(const core::DaySession& session, int column, int role) const
{
    switch (role) {
    case Qt::DisplayRole:
        if (column == ExerciseColumn)
            return KindStyle::name(session.kind);
        if (column == ProgressColumn) {
            const auto done = std::count_if(session.entries.begin(), session.entries.end(),
                [](const core::DayEntry& entry) { return core::ItemProgress::isComplete(entry.item, entry.log); });
            const bool all = done == static_cast<std::ptrdiff_t>(session.entries.size());
            return tr("%1/%2 done").arg(done).arg(session.entries.size()) + (all ? QStringLiteral(" ✓") : QString());
        }
        return {};
    case Qt::DecorationRole:
        return column == ExerciseColumn ? QVariant(KindStyle::icon(session.kind, QGuiApplication::palette()))
                                        : QVariant();
    case Qt::AccessibleTextRole:
        return column == ExerciseColumn ? tr("%1 session").arg(KindStyle::name(session.kind)) : QVariant();
    case Qt::FontRole: {
        QFont font = QGuiApplication::font();
        font.setBold(true);
        return font;
    }
    case SessionIdRole:
        return QVariant::fromValue<qint64>(session.id);
    case KindRole:
        return static_cast<int>(session.kind);
    case CompleteRole:
        return std::all_of(session.entries.begin(), session.entries.end(),
            [](const core::DayEntry& entry) { return core::ItemProgress::isComplete(entry.item, entry.log); });
    default:
        return {};
    }
}

QVariant TodayModel::entryData(const core::DaySession& session, const core::DayEntry& entry, int column, int role) const
{
    const core::PlannedItem& item = entry.item;
    const bool complete = core::ItemProgress::isComplete(item, entry.log);
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case ExerciseColumn: {
            const QString name = PrescriptionText::exerciseName(m_catalog, item.exerciseId);
            return item.warmUp ? tr("%1 (warm-up)").arg(name) : name;
        }
        case PrescriptionColumn:
            return PrescriptionText::prescription(item, m_units);
        case ProgressColumn:
            return ItemProgressText::text(item, entry.log);
        case LastTimeColumn:
            return core::ItemProgress::isWalk(item) ? QString() : PrescriptionText::lastTime(entry.lastTime, m_units);
        default:
            return {};
        }
    case Qt::ToolTipRole: {
        // Names and numbers may be elided in a narrow list: the tooltip has the whole text.
        const QString whole = entryData(session, entry, column, Qt::DisplayRole).toString();
        const QString reason = ReasonWords::text(item.reason, &m_catalog);
        return whole.isEmpty() ? reason : reason.isEmpty() ? whole : whole + QLatin1Char('\n') + reason;
    }
    case Qt::ForegroundRole:
        return complete ? QVariant(PaletteColors::mutedText(QGuiApplication::palette())) : QVariant();
    case ItemIdRole:
        return QVariant::fromValue<qint64>(item.id);
    case SessionIdRole:
        return QVariant::fromValue<qint64>(session.id);
    case KindRole:
        return static_cast<int>(session.kind);
    case CompleteRole:
        return complete;
    case ReasonRole:
        return ReasonWords::text(item.reason, &m_catalog);
    case ExerciseIdRole:
        return QString::fromStdString(item.exerciseId);
    default:
        return {};
    }
}

QVariant TodayModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case ExerciseColumn:
        return tr("Exercise");
    case PrescriptionColumn:
        return tr("Planned");
    case ProgressColumn:
        return tr("Done");
    case LastTimeColumn:
        return tr("Last time");
    default:
        return {};
    }
}

Qt::ItemFlags TodayModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags result = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (index.internalId() != kSessionRow)
        result |= Qt::ItemNeverHasChildren;
    return result;
}

} // namespace keel::gui
