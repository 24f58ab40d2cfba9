// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/exchange/weekprint.h"

#include "gui/common/kindstyle.h"
#include "gui/common/labels.h"
#include "gui/common/prescriptiontext.h"
#include "gui/common/reasonwords.h"
#include "gui/common/unitformat.h"
#include "gui/logbook.h"
#include "gui/week/weekcontent.h"

#include <QCoreApplication>
#include <QPageLayout>
#include <QPagedPaintDevice>
#include <QPdfWriter>
#include <QSaveFile>
#include <QStringList>
#include <QTextDocument>

#include <algorithm>
#include <array>

namespace keel::gui {

namespace {

constexpr int kDaysPerWeek = 7;
constexpr double kMarginMm = 15.0;
// Points: small enough for a full week on one page, large enough to read at arm's length.
constexpr double kFontPoints = 10.0;
constexpr double kMinFontPoints = 6.0;

QString escaped(const QString& text)
{
    return text.toHtmlEscaped();
}

/// `count` empty squares (□) with spaces between, one to tick per set.
QString tickBoxes(int count)
{
    QStringList boxes;
    for (int i = 0; i < count; ++i)
        boxes << QString(QChar(0x25A1));
    return boxes.join(QLatin1Char(' '));
}

} // namespace

core::Date WeekPrint::currentWeekStart(const Logbook& logbook)
{
    const auto& profile = logbook.profile();
    return logbook.today().startOfWeek(profile ? profile->weekStart : core::Weekday::Monday);
}

QString WeekPrint::html(Logbook& logbook, core::Date weekStart)
{
    const WeekContent content = WeekContent::load(logbook.database(), weekStart);
    const UnitFormat units(logbook.units());
    const core::Date last = weekStart.addDays(kDaysPerWeek - 1);
    QString out = QStringLiteral("<html><body style=\"color: black; background: white;\">");
    out += QStringLiteral("<h2>%1</h2>")
               .arg(escaped(tr("Keel: week of %1 to %2")
                                .arg(PrescriptionText::dayAndDate(weekStart), PrescriptionText::dayAndDate(last))));
    if (!content.plan) {
        out += QStringLiteral("<p>%1</p></body></html>").arg(escaped(tr("Nothing is planned for this week.")));
        return out;
    }
    if (content.plan->flareUp || content.plan->recovery)
        out += QStringLiteral("<p><i>%1</i></p>")
                   .arg(escaped(content.plan->flareUp ? tr("A flare-up week: everything is eased off.")
                                                      : tr("A recovery week: lighter on purpose.")));
    for (const core::Reason& note : content.plan->notes)
        out += QStringLiteral("<p><i>%1</i></p>").arg(escaped(ReasonWords::text(note, &logbook.catalog())));
    // Two columns of days (the first four, then the rest), so a full week fits one page.
    const QString tableStart = QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"1\" border=\"1\" "
                                              "style=\"border-collapse: collapse; border-color: black;\">");
    std::array<QString, 2> columns;
    for (int day = 0; day < kDaysPerWeek; ++day) {
        const core::Date date = weekStart.addDays(day);
        QString& column = columns[day < 4 ? 0 : 1];
        column += tableStart;
        column += QStringLiteral("<tr><td colspan=\"3\" bgcolor=\"#e8e8e8\"><b>%1</b></td></tr>")
                      .arg(escaped(PrescriptionText::dayAndDate(date)));
        bool any = false;
        for (const core::PlannedSession& planned : content.plan->sessions) {
            if (planned.date != date)
                continue;
            any = true;
            column += QStringLiteral("<tr><td colspan=\"3\"><i>%1</i></td></tr>")
                          .arg(escaped(KindStyle::name(planned.kind)));
            // The warm-up drills share one row, a box for each.
            QStringList warmUps;
            for (const core::PlannedItem& item : planned.items) {
                if (item.warmUp)
                    warmUps << logbook.exerciseName(item.exerciseId);
            }
            if (!warmUps.isEmpty())
                column += QStringLiteral("<tr><td colspan=\"2\">%1</td><td>%2</td></tr>")
                              .arg(escaped(tr("Warm-up: %1").arg(warmUps.join(QStringLiteral(", ")))),
                                  tickBoxes(static_cast<int>(warmUps.size())));
            // Repeats of one item (the day's walking bouts) share a row, their boxes side by side.
            const auto& items = planned.items;
            for (std::size_t i = 0; i < items.size();) {
                const core::PlannedItem& item = items[i];
                if (item.warmUp) {
                    ++i;
                    continue;
                }
                const QString dose = PrescriptionText::prescription(item, units);
                int repeats = 1;
                while (i + static_cast<std::size_t>(repeats) < items.size()) {
                    const core::PlannedItem& next = items[i + static_cast<std::size_t>(repeats)];
                    if (next.warmUp || next.exerciseId != item.exerciseId
                        || PrescriptionText::prescription(next, units) != dose)
                        break;
                    ++repeats;
                }
                i += static_cast<std::size_t>(repeats);
                QString name = logbook.exerciseName(item.exerciseId);
                if (repeats > 1)
                    name = tr("%1, %2 times").arg(name).arg(repeats);
                // A box per set to tick, or one for a dose without sets (minutes of walking).
                const int boxes = std::clamp(item.sets, 1, 8) * repeats;
                column += QStringLiteral("<tr><td width=\"50%\">%1</td><td width=\"30%\">%2</td><td>%3</td></tr>")
                              .arg(escaped(name), escaped(dose), tickBoxes(boxes));
            }
        }
        if (!any)
            column += QStringLiteral("<tr><td colspan=\"3\">%1</td></tr>").arg(escaped(tr("Rest")));
        column += QStringLiteral("</table><br>");
    }
    out += QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"4\"><tr>"
                          "<td width=\"50%\" valign=\"top\">%1</td><td width=\"50%\" valign=\"top\">%2</td>"
                          "</tr></table></body></html>")
               .arg(columns[0], columns[1]);
    return out;
}

void WeekPrint::paint(Logbook& logbook, core::Date weekStart, QPagedPaintDevice& device)
{
    device.setPageMargins(QMarginsF(kMarginMm, kMarginMm, kMarginMm, kMarginMm), QPageLayout::Millimeter);
    // Laid out on the page's printable area in points; print() then scales it to the device.
    const QSizeF page = device.pageLayout().paintRect(QPageLayout::Point).size();
    QTextDocument document;
    document.setPageSize(page);
    const QString text = html(logbook, weekStart);
    // One page per week: a full week that would run over gets a smaller type, down to a floor.
    for (double points = kFontPoints; points >= kMinFontPoints; points -= 0.5) {
        QFont font = document.defaultFont();
        font.setPointSizeF(points);
        document.setDefaultFont(font);
        document.setHtml(text);
        if (document.pageCount() <= 1)
            break;
    }
    document.print(&device);
}

bool WeekPrint::writePdf(Logbook& logbook, core::Date weekStart, const QString& path, QString* error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = tr("%1: cannot be written: %2").arg(path, file.errorString());
        return false;
    }
    {
        QPdfWriter writer(&file);
        writer.setTitle(tr("Keel week of %1").arg(PrescriptionText::dayAndDate(weekStart)));
        writer.setCreator(QStringLiteral("Keel"));
        writer.setPageSize(QPageSize(QPageSize::A4));
        paint(logbook, weekStart, writer);
    }
    if (!file.commit()) {
        *error = tr("%1: cannot be written: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace keel::gui
