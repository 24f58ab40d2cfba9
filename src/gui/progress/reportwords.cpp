// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/progress/reportwords.h"

#include "gui/common/labels.h"
#include "gui/common/prescriptiontext.h"

#include <QCoreApplication>
#include <QStringList>

#include <string>

namespace keel::gui {

QString ReportWords::text(std::string_view english)
{
    const std::string source(english);
    return QCoreApplication::translate("Report", source.c_str());
}

QString ReportWords::title(const core::ProgressChart& chart, const core::Catalog* catalog)
{
    if (chart.id == "exercise" && catalog && catalog->find(chart.subject))
        return PrescriptionText::exerciseName(*catalog, chart.subject);
    if (chart.id == "pattern") {
        if (const auto pattern = core::parsePattern(chart.subject))
            return Labels::pattern(*pattern);
    }
    return text(chart.title);
}

QString ReportWords::seriesName(const core::ChartSeries& series)
{
    if (!series.pattern)
        return text(series.name);
    const QString pattern = Labels::pattern(*series.pattern);
    // The planned sets of a pattern are "<pattern> planned"; its done sets carry its name alone.
    return series.id.starts_with("planned_") ? text(core::kPatternPlanned).arg(pattern) : pattern;
}

QString ReportWords::label(const core::ChartSeries& series, std::size_t position, const core::Catalog* catalog)
{
    if (position < series.labelIds.size() && catalog && catalog->find(series.labelIds[position]))
        return PrescriptionText::exerciseName(*catalog, series.labelIds[position]);
    return position < series.labels.size() ? Labels::fromUtf8(series.labels[position]) : QString();
}

QString ReportWords::rightTitle(const core::ProgressChart& chart)
{
    QStringList parts;
    for (const std::string& part : chart.rightTitles)
        parts << text(part);
    return parts.isEmpty() ? text(chart.rightTitle) : parts.join(QStringLiteral(", "));
}

} // namespace keel::gui
