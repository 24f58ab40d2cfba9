// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/progress/seriestablemodel.h"

#include "gui/common/labels.h"
#include "gui/common/reasonwords.h"
#include "gui/common/unitformat.h"
#include "gui/progress/chartexport.h"
#include "gui/progress/reportwords.h"

#include <QLocale>

#include <algorithm>
#include <cmath>
#include <set>

namespace keel::gui {

namespace {

const core::ChartPoint* pointOn(const core::ChartSeries& series, core::Date date, std::size_t* position = nullptr)
{
    const auto found = std::lower_bound(series.points.begin(), series.points.end(), date,
        [](const core::ChartPoint& point, core::Date day) { return point.date < day; });
    if (found == series.points.end() || found->date != date)
        return nullptr;
    if (position)
        *position = static_cast<std::size_t>(found - series.points.begin());
    return &*found;
}

bool whole(double value)
{
    return std::abs(value - std::round(value)) < 1e-9;
}

QString fileValue(double value)
{
    return whole(value) ? QString::number(std::llround(value)) : QString::number(value, 'f', 1);
}

} // namespace

SeriesTableModel::SeriesTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{ }

void SeriesTableModel::setChart(const core::ProgressChart& chart)
{
    beginResetModel();
    m_chart = chart;
    m_rows.clear();
    m_columns.clear();
    const bool buckets = chart.axis == core::ChartAxis::Buckets;
    if (buckets) {
        m_rows = chart.buckets;
    } else {
        std::set<core::Date> dates;
        for (const core::ChartSeries& series : chart.series) {
            for (const core::ChartPoint& point : series.points)
                dates.insert(point.date);
        }
        for (const core::ChartMarker& marker : chart.markers)
            dates.insert(marker.date);
        m_rows.assign(dates.begin(), dates.end());
    }
    QString dateHeader = tr("Date");
    if (buckets)
        dateHeader = chart.bucket == core::BucketSize::Week ? tr("Week of") : tr("Month");
    m_columns.push_back({ColumnKind::Date, 0, dateHeader});
    for (std::size_t i = 0; i < chart.series.size(); ++i) {
        const core::ChartSeries& series = chart.series[i];
        const QString name = ReportWords::seriesName(series);
        m_columns.push_back({ColumnKind::Value, i,
            series.unit.empty() ? name : tr("%1 (%2)").arg(name, ReportWords::text(series.unit))});
        if (!series.labels.empty())
            m_columns.push_back({ColumnKind::Label, i, ReportWords::text(series.labelTitle)});
    }
    if (!chart.markers.empty())
        m_columns.push_back({ColumnKind::Change, 0, tr("Change")});
    if (!chart.bands.empty())
        m_columns.push_back({ColumnKind::FlareUp, 0, tr("Flare-up")});
    endResetModel();
}

int SeriesTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int SeriesTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_columns.size());
}

QString SeriesTableModel::cellText(std::size_t row, const Column& column, Form form) const
{
    const core::Date date = m_rows[row];
    switch (column.kind) {
    case ColumnKind::Date: {
        const bool month = m_chart.axis == core::ChartAxis::Buckets && m_chart.bucket == core::BucketSize::Month;
        if (form == Form::File) {
            const std::string text = date.toString();
            return QString::fromStdString(month ? text.substr(0, 7) : text);
        }
        return month ? QLocale().toString(Labels::toQDate(date), QStringLiteral("MMMM yyyy"))
                     : QLocale().toString(Labels::toQDate(date), QLocale::ShortFormat);
    }
    case ColumnKind::Value: {
        const core::ChartPoint* point = pointOn(m_chart.series[column.series], date);
        if (!point)
            return {};
        // On screen a whole value drops its ".0" and groups its thousands, as UnitFormat writes numbers.
        return form == Form::File ? fileValue(point->value) : UnitFormat::number(point->value, 1);
    }
    case ColumnKind::Label: {
        const core::ChartSeries& series = m_chart.series[column.series];
        std::size_t position = 0;
        if (!pointOn(series, date, &position) || position >= series.labels.size())
            return {};
        return ReportWords::label(series, position, m_catalog);
    }
    case ColumnKind::Change: {
        QStringList changes;
        for (const core::ChartMarker& marker : m_chart.markers) {
            if (marker.date == date)
                changes << ReasonWords::text(marker.label, m_catalog);
        }
        return changes.join(QStringLiteral("; "));
    }
    case ColumnKind::FlareUp: {
        const bool inside = std::any_of(m_chart.bands.begin(), m_chart.bands.end(),
            [&](const core::ChartBand& band) { return date >= band.from && date <= band.to; });
        return inside ? tr("yes") : QString();
    }
    }
    return {};
}

QString SeriesTableModel::changeToolTip(std::size_t row) const
{
    QStringList reasons;
    for (const core::ChartMarker& marker : m_chart.markers) {
        if (marker.date == m_rows[row] && !marker.reason.empty())
            reasons << ReasonWords::text(marker.label, m_catalog) + QStringLiteral(": ")
                    + ReasonWords::text(marker.reason, m_catalog);
    }
    return reasons.join(QLatin1Char('\n'));
}

QVariant SeriesTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const auto row = static_cast<std::size_t>(index.row());
    const Column& column = m_columns[static_cast<std::size_t>(index.column())];
    switch (role) {
    case Qt::DisplayRole:
        return cellText(row, column);
    case ChartExport::FileTextRole:
        return cellText(row, column, Form::File);
    case Qt::ToolTipRole:
        // Narrowed columns elide their text: the tooltip has it whole.
        if (column.kind == ColumnKind::Change)
            return changeToolTip(row);
        return column.kind == ColumnKind::Label ? QVariant(cellText(row, column)) : QVariant();
    case Qt::AccessibleTextRole: {
        const QString text = cellText(row, column);
        return column.kind == ColumnKind::Date ? text
                                               : tr("%1: %2").arg(column.header, text.isEmpty() ? tr("none") : text);
    }
    case Qt::TextAlignmentRole:
        return column.kind == ColumnKind::Value ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                                                : QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    default:
        return {};
    }
}

QVariant SeriesTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= columnCount())
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole)
        return m_columns[static_cast<std::size_t>(section)].header;
    return {};
}

} // namespace keel::gui
