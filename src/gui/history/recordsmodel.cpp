// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/history/recordsmodel.h"

#include "core/records/recordbook.h"
#include "gui/common/labels.h"
#include "gui/common/plural.h"
#include "gui/logbook.h"

#include <QLocale>

#include <algorithm>

namespace keel::gui {

namespace {

QString shortDate(core::Date date)
{
    return QLocale().toString(Labels::toQDate(date), QLocale::ShortFormat);
}

QString reachedOn(const std::optional<core::Date>& date)
{
    if (!date)
        return {};
    return RecordsModel::tr("First reached on %1.")
        .arg(QLocale().toString(Labels::toQDate(*date), QLocale::LongFormat));
}

/// The newest day among an exercise's bests: when it last set one.
std::optional<core::Date> latest(const core::ExerciseBests& bests)
{
    std::optional<core::Date> newest;
    for (const auto& date : {bests.heaviestOn, bests.bestEstimateOn, bests.mostRepsOn, bests.longestHoldOn}) {
        if (date && (!newest || *date > *newest))
            newest = date;
    }
    return newest;
}

} // namespace

RecordsModel::RecordsModel(Logbook& logbook, QObject* parent)
    : QAbstractTableModel(parent)
    , m_logbook(logbook)
    , m_book(std::make_unique<core::RecordBook>())
{ }

RecordsModel::~RecordsModel() = default;

void RecordsModel::reload()
{
    beginResetModel();
    m_units = UnitFormat(m_logbook.units());
    *m_book = core::RecordBook::load(m_logbook.database());
    endResetModel();
}

int RecordsModel::rowCount(const QModelIndex& parent) const
{
    if (parent.isValid())
        return 0;
    return static_cast<int>(m_book->exercises.size()) + (m_book->longestWalk ? 1 : 0);
}

int RecordsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RecordsModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid())
        return {};
    const auto row = static_cast<std::size_t>(index.row());
    if (row < m_book->exercises.size())
        return exerciseData(m_book->exercises[row], index.column(), role);
    if (m_book->longestWalk)
        return walkData(*m_book->longestWalk, index.column(), role);
    return {};
}

QVariant RecordsModel::exerciseData(const core::ExerciseRecords& records, int column, int role) const
{
    const core::ExerciseBests& bests = records.bests;
    if (role == Qt::DisplayRole) {
        switch (column) {
        case ExerciseColumn:
            return m_logbook.exerciseName(records.exerciseId);
        case HeaviestColumn:
            return bests.heaviestKg ? tr("%1 × %2").arg(m_units.load(bests.heaviestKg)).arg(bests.heaviestReps)
                                    : QVariant();
        case OneRepMaxColumn:
            return bests.bestEstimateKg ? m_units.load(bests.bestEstimateKg) : QVariant();
        case MostRepsColumn:
            return bests.mostRepsUnloaded
                ? Plural::of(tr("%n rep(s)", nullptr, *bests.mostRepsUnloaded), *bests.mostRepsUnloaded)
                : QVariant();
        case LongestColumn:
            return bests.longestHoldSeconds ? tr("hold %1").arg(UnitFormat::duration(*bests.longestHoldSeconds))
                                            : QVariant();
        case LatestColumn:
            if (const auto newest = latest(bests))
                return shortDate(*newest);
            return {};
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (column) {
        case ExerciseColumn:
            return m_logbook.exerciseName(records.exerciseId);
        case HeaviestColumn:
            return bests.heaviestKg ? QVariant(reachedOn(bests.heaviestOn)) : QVariant();
        case OneRepMaxColumn:
            if (!bests.bestEstimateKg)
                return {};
            return tr("Estimated by the Epley formula, load × (1 + reps / 30), from sets of up to %1 reps. %2")
                .arg(core::PersonalRecords::kEpleyMaxReps)
                .arg(reachedOn(bests.bestEstimateOn));
        case MostRepsColumn:
            return bests.mostRepsUnloaded ? QVariant(reachedOn(bests.mostRepsOn)) : QVariant();
        case LongestColumn:
            return bests.longestHoldSeconds ? QVariant(reachedOn(bests.longestHoldOn)) : QVariant();
        default:
            return {};
        }
    }
    if (role == SortRole) {
        switch (column) {
        case ExerciseColumn:
            return m_logbook.exerciseName(records.exerciseId).toLower();
        case HeaviestColumn:
            return bests.heaviestKg ? *bests.heaviestKg * 1000.0 + bests.heaviestReps : -1.0;
        case OneRepMaxColumn:
            return bests.bestEstimateKg.value_or(-1.0);
        case MostRepsColumn:
            return bests.mostRepsUnloaded.value_or(-1);
        case LongestColumn:
            return bests.longestHoldSeconds.value_or(-1);
        case LatestColumn:
            if (const auto newest = latest(bests))
                return static_cast<qlonglong>(newest->days());
            return -1LL;
        default:
            return {};
        }
    }
    return {};
}

QVariant RecordsModel::walkData(const core::WalkEntry& walk, int column, int role) const
{
    if (role == Qt::DisplayRole) {
        switch (column) {
        case ExerciseColumn:
            return tr("Walking");
        case LongestColumn:
            return tr("walk %1 min").arg(walk.minutes);
        case LatestColumn:
            return shortDate(walk.date);
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole && column == LongestColumn)
        return reachedOn(walk.date);
    if (role == SortRole) {
        switch (column) {
        case ExerciseColumn:
            return tr("Walking").toLower();
        case LongestColumn:
            return walk.minutes * 60; // seconds, like the holds it sorts with
        case LatestColumn:
            return static_cast<qlonglong>(walk.date.days());
        default:
            return -1;
        }
    }
    return {};
}

QVariant RecordsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::DisplayRole) {
        switch (section) {
        case ExerciseColumn:
            return tr("Exercise");
        case HeaviestColumn:
            return tr("Heaviest");
        case OneRepMaxColumn:
            return tr("1RM (Epley)");
        case MostRepsColumn:
            return tr("Most reps");
        case LongestColumn:
            return tr("Longest");
        case LatestColumn:
            return tr("Latest");
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case HeaviestColumn:
            return tr("The heaviest set: the most load lifted for reps, with the most reps done at that load");
        case OneRepMaxColumn:
            return tr("The best one-rep max estimated by the Epley formula: load × (1 + reps / 30)");
        case MostRepsColumn:
            return tr("The most reps in one set without load");
        case LongestColumn:
            return tr("The longest hold in one set, or the longest walk");
        case LatestColumn:
            return tr("The day this exercise last set a best");
        default:
            return {};
        }
    }
    return {};
}

} // namespace keel::gui
