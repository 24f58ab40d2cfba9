// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/week/weekmodel.h"

#include "gui/common/itemprogresstext.h"
#include "gui/common/kindstyle.h"
#include "gui/common/labels.h"
#include "gui/common/palettecolors.h"
#include "gui/common/plural.h"
#include "gui/common/prescriptiontext.h"
#include "gui/common/reasonwords.h"

#include <QDataStream>
#include <QFont>
#include <QGuiApplication>
#include <QIODevice>
#include <QMimeData>

#include <algorithm>

namespace keel::gui {

namespace {

// Internal ids: 0 for a day; (day + 1) << 16 for a session of that day; for an item,
// additionally the session's row + 1 in the low 16 bits.
constexpr quintptr kDayShift = 16;
constexpr quintptr kLowMask = 0xFFFF;

quintptr sessionId(int day)
{
    return static_cast<quintptr>(day + 1) << kDayShift;
}

quintptr itemId(int day, int sessionRow)
{
    return sessionId(day) | static_cast<quintptr>(sessionRow + 1);
}

int dayOf(quintptr id)
{
    return static_cast<int>(id >> kDayShift) - 1;
}

} // namespace

const QString WeekModel::kSessionMimeType = QStringLiteral("application/x-keel-planned-session");

WeekModel::WeekModel(const core::Catalog& catalog, QObject* parent)
    : QAbstractItemModel(parent)
    , m_catalog(catalog)
{ }

void WeekModel::setContent(WeekContent content, UnitFormat units, core::Date today)
{
    beginResetModel();
    m_content = std::move(content);
    m_units = units;
    m_today = today;
    for (auto& day : m_days)
        day.clear();
    if (m_content.plan) {
        const auto& sessions = m_content.plan->sessions;
        for (std::size_t i = 0; i < sessions.size(); ++i) {
            const long offset = m_content.weekStart.daysUntil(sessions[i].date);
            if (offset >= 0 && offset < kDays)
                m_days[static_cast<std::size_t>(offset)].push_back(i);
        }
        for (auto& day : m_days) {
            std::stable_sort(day.begin(), day.end(),
                [&sessions](std::size_t a, std::size_t b) { return sessions[a].kind < sessions[b].kind; });
        }
    }
    endResetModel();
}

QModelIndex WeekModel::dayIndex(core::Date date) const
{
    const long offset = m_content.weekStart.daysUntil(date);
    if (offset < 0 || offset >= kDays)
        return {};
    return index(static_cast<int>(offset), TitleColumn);
}

QModelIndex WeekModel::sessionIndex(std::int64_t id) const
{
    for (int day = 0; day < kDays; ++day) {
        const auto& rows = m_days[static_cast<std::size_t>(day)];
        for (std::size_t row = 0; row < rows.size(); ++row) {
            if (m_content.plan->sessions[rows[row]].id == id)
                return createIndex(static_cast<int>(row), TitleColumn, sessionId(day));
        }
    }
    return {};
}

QModelIndex WeekModel::itemIndex(std::int64_t id) const
{
    for (int day = 0; day < kDays; ++day) {
        const auto& rows = m_days[static_cast<std::size_t>(day)];
        for (std::size_t row = 0; row < rows.size(); ++row) {
            const auto& items = m_content.plan->sessions[rows[row]].items;
            for (std::size_t i = 0; i < items.size(); ++i) {
                if (items[i].id == id)
                    return createIndex(static_cast<int>(i), TitleColumn, itemId(day, static_cast<int>(row)));
            }
        }
    }
    return {};
}

WeekModel::Node WeekModel::nodeAt(const QModelIndex& index) const
{
    if (index.internalId() == 0)
        return Node::Day;
    return (index.internalId() & kLowMask) == 0 ? Node::Session : Node::Item;
}

core::Date WeekModel::dateAt(const QModelIndex& index) const
{
    const int day = nodeAt(index) == Node::Day ? index.row() : dayOf(index.internalId());
    return m_content.weekStart.addDays(day);
}

const core::PlannedSession* WeekModel::sessionAt(const QModelIndex& index) const
{
    if (!index.isValid() || nodeAt(index) == Node::Day)
        return nullptr;
    const auto& rows = m_days[static_cast<std::size_t>(dayOf(index.internalId()))];
    const quintptr low = index.internalId() & kLowMask;
    const std::size_t row = low == 0 ? static_cast<std::size_t>(index.row()) : static_cast<std::size_t>(low - 1);
    return &m_content.plan->sessions[rows[row]];
}

const core::PlannedItem* WeekModel::itemAt(const QModelIndex& index) const
{
    if (!index.isValid() || nodeAt(index) != Node::Item)
        return nullptr;
    return &sessionAt(index)->items[static_cast<std::size_t>(index.row())];
}

QString WeekModel::reasonText(const core::PlannedItem& item) const
{
    return ReasonWords::text(item.reason, &m_catalog);
}

QString WeekModel::exerciseName(const core::PlannedItem& item) const
{
    return PrescriptionText::exerciseName(m_catalog, item.exerciseId);
}

QModelIndex WeekModel::index(int row, int column, const QModelIndex& parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, quintptr {0});
    if (nodeAt(parent) == Node::Day)
        return createIndex(row, column, sessionId(parent.row()));
    return createIndex(row, column, itemId(dayOf(parent.internalId()), parent.row()));
}

QModelIndex WeekModel::parent(const QModelIndex& child) const
{
    if (!child.isValid())
        return {};
    switch (nodeAt(child)) {
    case Node::Day:
        return {};
    case Node::Session:
        return createIndex(dayOf(child.internalId()), TitleColumn, quintptr {0});
    case Node::Item:
        return createIndex(
            static_cast<int>((child.internalId() & kLowMask) - 1), TitleColumn, sessionId(dayOf(child.internalId())));
    }
    return {};
}

int WeekModel::rowCount(const QModelIndex& parent) const
{
    if (!parent.isValid())
        return kDays;
    if (parent.column() != TitleColumn)
        return 0;
    switch (nodeAt(parent)) {
    case Node::Day:
        return static_cast<int>(m_days[static_cast<std::size_t>(parent.row())].size());
    case Node::Session:
        return static_cast<int>(sessionAt(parent)->items.size());
    case Node::Item:
        return 0;
    }
    return 0;
}

int WeekModel::columnCount(const QModelIndex& /*parent*/) const
{
    return ColumnCount;
}

QVariant WeekModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    switch (role) {
    case NodeRole:
        return static_cast<int>(nodeAt(index));
    case DateRole:
        return Labels::toQDate(dateAt(index));
    case IsTodayRole:
        return dateAt(index) == m_today;
    default:
        break;
    }
    switch (nodeAt(index)) {
    case Node::Day:
        return dayData(index.row(), index.column(), role);
    case Node::Session:
        return sessionData(*sessionAt(index), index.column(), role);
    case Node::Item:
        return itemData(*sessionAt(index), *itemAt(index), index.column(), role);
    }
    return {};
}

QVariant WeekModel::dayData(int day, int column, int role) const
{
    const core::Date date = m_content.weekStart.addDays(day);
    if (role == Qt::DisplayRole && column == TitleColumn)
        return PrescriptionText::dayAndDate(date);
    if (role == Qt::AccessibleTextRole && column == TitleColumn) {
        return date == m_today ? tr("%1, today").arg(PrescriptionText::dayAndDate(date))
                               : PrescriptionText::dayAndDate(date);
    }
    if (role == Qt::DisplayRole && column == ProgressColumn) {
        const auto count = static_cast<int>(m_days[static_cast<std::size_t>(day)].size());
        return count == 0 ? tr("rest day") : Plural::of(tr("%n session(s)", nullptr, count), count);
    }
    return {};
}

bool WeekModel::isComplete(const core::PlannedSession& session) const
{
    return std::all_of(session.items.begin(), session.items.end(), [this](const core::PlannedItem& item) {
        return core::ItemProgress::isComplete(item, core::ItemProgress::of(m_content.logs, item.id));
    });
}

QVariant WeekModel::sessionData(const core::PlannedSession& session, int column, int role) const
{
    const auto done = std::count_if(session.items.begin(), session.items.end(), [this](const core::PlannedItem& item) {
        return core::ItemProgress::isComplete(item, core::ItemProgress::of(m_content.logs, item.id));
    });
    const QString progress = tr("%1/%2 done").arg(done).arg(session.items.size())
        + (isComplete(session) ? QStringLiteral(" ✓") : QString());
    switch (role) {
    case Qt::DisplayRole:
        if (column == TitleColumn)
            return KindStyle::name(session.kind);
        if (column == ProgressColumn)
            return progress;
        return {};
    case Qt::DecorationRole:
        return column == TitleColumn ? QVariant(KindStyle::icon(session.kind, QGuiApplication::palette())) : QVariant();
    case Qt::ToolTipRole:
        return m_content.isLogged(session)
            ? tr("%1 session: already logged, so it stays on its day").arg(KindStyle::name(session.kind))
            : tr("%1 session: drag it to another day to move it").arg(KindStyle::name(session.kind));
    case Qt::AccessibleTextRole:
        return tr("%1 session, %2").arg(KindStyle::name(session.kind), progress);
    case Qt::FontRole: {
        QFont font = QGuiApplication::font();
        font.setBold(true);
        return font;
    }
    case SessionIdRole:
        return QVariant::fromValue<qint64>(session.id);
    case KindRole:
        return static_cast<int>(session.kind);
    case ProgressRole:
        return progress;
    case CompleteRole:
        return isComplete(session);
    case LoggedRole:
        return m_content.isLogged(session);
    default:
        return {};
    }
}

QVariant WeekModel::itemData(
    const core::PlannedSession& session, const core::PlannedItem& item, int column, int role) const
{
    const core::ItemLog& log = core::ItemProgress::of(m_content.logs, item.id);
    const QString prescription = PrescriptionText::prescription(item, m_units);
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case TitleColumn:
            return exerciseName(item);
        case PrescriptionColumn:
            return prescription;
        case ProgressColumn:
            return ItemProgressText::text(item, log);
        default:
            return {};
        }
    case Qt::ToolTipRole:
        // A narrow day column wraps the name onto three lines and elides the rest: the tooltip
        // names the exercise whole before saying why it is there.
        return tr("%1%2\n%3\n%4")
            .arg(exerciseName(item), item.warmUp ? tr(" (warm-up)") : QString(), prescription, reasonText(item))
            .trimmed();
    case ReasonRole:
        return reasonText(item);
    case Qt::AccessibleTextRole:
        return tr("%1%2, %3, %4")
            .arg(exerciseName(item), item.warmUp ? tr(" (warm-up)") : QString(), prescription,
                ItemProgressText::text(item, log));
    case WarmUpRole:
        return item.warmUp;
    case Qt::ForegroundRole:
        return core::ItemProgress::isComplete(item, log)
            ? QVariant(PaletteColors::mutedText(QGuiApplication::palette()))
            : QVariant();
    case SessionIdRole:
        return QVariant::fromValue<qint64>(session.id);
    case ItemIdRole:
        return QVariant::fromValue<qint64>(item.id);
    case KindRole:
        return static_cast<int>(session.kind);
    case ExerciseIdRole:
        return Labels::fromUtf8(item.exerciseId);
    case PrescriptionRole:
        return prescription;
    case ProgressRole:
        return ItemProgressText::text(item, log);
    case CompleteRole:
        return core::ItemProgress::isComplete(item, log);
    case LoggedRole:
        return !log.sets.empty() || !log.walks.empty();
    default:
        return {};
    }
}

QVariant WeekModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TitleColumn:
        return tr("Day / session / exercise");
    case PrescriptionColumn:
        return tr("Planned");
    case ProgressColumn:
        return tr("Done");
    default:
        return {};
    }
}

Qt::ItemFlags WeekModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags result = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDropEnabled;
    switch (nodeAt(index)) {
    case Node::Day:
        break;
    case Node::Session:
        // A session with logged sets stays where it was done.
        if (!m_content.isLogged(*sessionAt(index)))
            result |= Qt::ItemIsDragEnabled;
        break;
    case Node::Item:
        result |= Qt::ItemNeverHasChildren;
        break;
    }
    return result;
}

QStringList WeekModel::mimeTypes() const
{
    return {kSessionMimeType};
}

QMimeData* WeekModel::mimeData(const QModelIndexList& indexes) const
{
    for (const QModelIndex& index : indexes) {
        if (!index.isValid() || nodeAt(index) != Node::Session || !(flags(index) & Qt::ItemIsDragEnabled))
            continue;
        const core::PlannedSession* session = sessionAt(index);
        QByteArray bytes;
        QDataStream stream(&bytes, QIODevice::WriteOnly);
        stream << static_cast<qint64>(session->id) << static_cast<qint64>(session->date.days());
        auto* data = new QMimeData;
        data->setData(kSessionMimeType, bytes);
        data->setText(KindStyle::name(session->kind) + QLatin1Char(' ') + PrescriptionText::dayAndDate(session->date));
        return data;
    }
    return nullptr;
}

std::optional<WeekModel::Payload> WeekModel::decode(const QMimeData* data)
{
    if (!data || !data->hasFormat(kSessionMimeType))
        return std::nullopt;
    QDataStream stream(data->data(kSessionMimeType));
    qint64 id = 0;
    qint64 days = 0;
    stream >> id >> days;
    if (stream.status() != QDataStream::Ok)
        return std::nullopt;
    return Payload {id, core::Date::fromDays(static_cast<long>(days))};
}

std::optional<core::Date> WeekModel::dropTarget(
    const QMimeData* data, Qt::DropAction action, const QModelIndex& parent) const
{
    if (action != Qt::MoveAction || !parent.isValid() || parent.model() != this)
        return std::nullopt;
    const std::optional<Payload> payload = decode(data);
    if (!payload || !sessionIndex(payload->sessionId).isValid())
        return std::nullopt;
    const core::Date target = dateAt(parent);
    if (target == payload->date)
        return std::nullopt;
    return target;
}

bool WeekModel::canDropMimeData(
    const QMimeData* data, Qt::DropAction action, int /*row*/, int /*column*/, const QModelIndex& parent) const
{
    return dropTarget(data, action, parent).has_value();
}

bool WeekModel::dropMimeData(
    const QMimeData* data, Qt::DropAction action, int /*row*/, int /*column*/, const QModelIndex& parent)
{
    const std::optional<core::Date> target = dropTarget(data, action, parent);
    if (!target)
        return false;
    const Payload payload = *decode(data);
    emit sessionMoveRequested(payload.sessionId, payload.date, *target);
    return true;
}

Qt::DropActions WeekModel::supportedDragActions() const
{
    return Qt::MoveAction;
}

Qt::DropActions WeekModel::supportedDropActions() const
{
    return Qt::MoveAction;
}

} // namespace keel::gui
