// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/history/historymodel.h"

#include "core/store/logrepository.h"
#include "gui/common/labels.h"
#include "gui/common/plural.h"
#include "gui/logbook.h"

#include <QLocale>
#include <QStringList>

#include <algorithm>

namespace keel::gui {

namespace {

// Within a day: the morning check-in, then sets, then walks, each in logging order.
int kindOrder(const LogEntry& entry)
{
    return static_cast<int>(entry.index()) == 2 ? 0 : static_cast<int>(entry.index()) + 1;
}

std::int64_t idOf(const LogEntry& entry)
{
    return std::visit(Overloaded {
                          [](const core::LoggedSet& set) { return set.id; },
                          [](const core::WalkEntry& walk) { return walk.id; },
                          [](const core::CheckIn&) { return std::int64_t {0}; },
                      },
        entry);
}

QString optionalNumber(const std::optional<int>& value)
{
    return value ? QString::number(*value) : QString();
}

} // namespace

HistoryModel::HistoryModel(Logbook& logbook, QObject* parent)
    : QAbstractTableModel(parent)
    , m_logbook(logbook)
{ }

void HistoryModel::setRange(core::Date from, core::Date to)
{
    m_from = from;
    m_to = to;
    reload();
}

void HistoryModel::reload()
{
    core::LogRepository log(m_logbook.database());
    std::vector<LogEntry> entries;
    for (auto& set : log.sets(m_from, m_to))
        entries.emplace_back(std::move(set));
    for (auto& walk : log.walks(m_from, m_to))
        entries.emplace_back(std::move(walk));
    for (auto& checkIn : log.checkIns(m_from, m_to))
        entries.emplace_back(std::move(checkIn));
    std::stable_sort(entries.begin(), entries.end(), [](const LogEntry& a, const LogEntry& b) {
        const core::Date dateA = entryDate(a);
        const core::Date dateB = entryDate(b);
        if (dateA != dateB)
            return dateA > dateB;
        return std::make_pair(kindOrder(a), idOf(a)) < std::make_pair(kindOrder(b), idOf(b));
    });
    beginResetModel();
    m_units = UnitFormat(m_logbook.units());
    m_entries = std::move(entries);
    endResetModel();
}

int HistoryModel::firstRowOf(core::Date date) const
{
    const auto found = std::find_if(
        m_entries.begin(), m_entries.end(), [date](const LogEntry& entry) { return entryDate(entry) == date; });
    return found == m_entries.end() ? -1 : static_cast<int>(found - m_entries.begin());
}

int HistoryModel::rowOfSet(std::int64_t id) const
{
    const auto found = std::find_if(m_entries.begin(), m_entries.end(), [id](const LogEntry& entry) {
        const auto* set = std::get_if<core::LoggedSet>(&entry);
        return set && set->id == id;
    });
    return found == m_entries.end() ? -1 : static_cast<int>(found - m_entries.begin());
}

std::vector<core::Date> HistoryModel::datesWithEntries() const
{
    std::vector<core::Date> dates;
    for (const LogEntry& entry : m_entries)
        dates.push_back(entryDate(entry));
    std::sort(dates.begin(), dates.end());
    dates.erase(std::unique(dates.begin(), dates.end()), dates.end());
    return dates;
}

int HistoryModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_entries.size());
}

int HistoryModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant HistoryModel::data(const QModelIndex& index, int role) const
{
    if (!hasIndex(index.row(), index.column(), index.parent()))
        return {};
    const LogEntry& entry = entryAt(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return display(entry, index.column());
    case Qt::TextAlignmentRole:
        if (index.column() == RpeColumn || index.column() == PainColumn || index.column() == LoadColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::ToolTipRole:
        return index.column() == NoteColumn ? display(entry, NoteColumn) : QVariant();
    default:
        return {};
    }
}

QVariant HistoryModel::display(const LogEntry& entry, int column) const
{
    if (column == DateColumn)
        return QLocale().toString(Labels::toQDate(entryDate(entry)), QLocale::ShortFormat);
    return std::visit(Overloaded {
                          [&](const core::LoggedSet& set) -> QVariant {
                              switch (column) {
                              case ActivityColumn: {
                                  // Imported exercises under the name they were kept by.
                                  const QString name = m_logbook.exerciseName(set.exerciseId);
                                  return set.warmUp ? tr("%1 (warm-up)").arg(name) : name;
                              }
                              case AmountColumn: {
                                  QStringList parts;
                                  if (set.reps)
                                      parts << Plural::of(tr("%n rep(s)", nullptr, *set.reps), *set.reps);
                                  if (set.seconds)
                                      parts << UnitFormat::duration(*set.seconds);
                                  if (set.meters)
                                      parts << m_units.distance(*set.meters);
                                  return parts.join(QStringLiteral(", "));
                              }
                              case LoadColumn:
                                  return set.loadKg ? m_units.load(set.loadKg) : QString();
                              case RpeColumn:
                                  return optionalNumber(set.rpe);
                              case PainColumn:
                                  return optionalNumber(set.pain);
                              case NoteColumn:
                                  return QString::fromStdString(set.note);
                              default:
                                  return {};
                              }
                          },
                          [&](const core::WalkEntry& walk) -> QVariant {
                              switch (column) {
                              case ActivityColumn:
                                  return tr("Walk");
                              case AmountColumn: {
                                  QString text = tr("%1 min").arg(walk.minutes);
                                  if (walk.meters)
                                      text += QStringLiteral(", ") + m_units.distance(*walk.meters);
                                  return text;
                              }
                              case PainColumn:
                                  return optionalNumber(walk.pain);
                              case NoteColumn:
                                  return QString::fromStdString(walk.note);
                              default:
                                  return QString();
                              }
                          },
                          [&](const core::CheckIn& checkIn) -> QVariant {
                              switch (column) {
                              case ActivityColumn:
                                  return tr("Morning check-in");
                              case PainColumn:
                                  return QString::number(checkIn.pain);
                              default:
                                  return QString();
                              }
                          },
                      },
        entry);
}

QVariant HistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case DateColumn:
        return tr("Date");
    case ActivityColumn:
        return tr("Activity");
    case AmountColumn:
        return tr("Amount");
    case LoadColumn:
        return tr("Load");
    case RpeColumn:
        return tr("RPE");
    case PainColumn:
        return tr("Pain");
    case NoteColumn:
        return tr("Note");
    default:
        return {};
    }
}

Qt::ItemFlags HistoryModel::flags(const QModelIndex& index) const
{
    if (!hasIndex(index.row(), index.column(), index.parent()))
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
}

} // namespace keel::gui
