// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/progress/heatmapwidget.h"

#include "core/report/progressreport.h"
#include "gui/common/labels.h"
#include "gui/common/palettecolors.h"
#include "gui/common/plural.h"
#include "gui/progress/chartpalette.h"
#include "gui/progress/reportwords.h"

#include <QDate>
#include <QHelpEvent>
#include <QLocale>
#include <QPainter>
#include <QToolTip>

#include <algorithm>

namespace keel::gui {

namespace {

constexpr int kMargin = 4;

enum class CellState { Future, Pending, Rest, Missed, Partly, Done };

CellState stateOf(const core::ConsistencyDay& day, core::Date today)
{
    if (day.future)
        return CellState::Future;
    if (day.planned == 0)
        return day.done > 0 ? CellState::Done : CellState::Rest;
    if (day.plannedDone >= day.planned)
        return CellState::Done;
    if (day.date == today)
        return CellState::Pending;
    return day.plannedDone > 0 ? CellState::Partly : CellState::Missed;
}

} // namespace

HeatMapWidget::HeatMapWidget(QWidget* parent)
    : QWidget(parent)
{
    setAccessibleName(tr("Consistency calendar"));
    setMouseTracking(true);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
}

void HeatMapWidget::setReport(const core::ConsistencyReport& report, core::Date today)
{
    m_report = report;
    m_today = today;
    setAccessibleDescription(showsEmptyState()
            ? ReportWords::text(report.emptyMessage)
            : tr("Current streak %1, best %2. The table beside it lists every week.")
                  .arg(Plural::of(tr("%n week(s)", nullptr, report.currentStreak), report.currentStreak),
                      Plural::of(tr("%n week(s)", nullptr, report.bestStreak), report.bestStreak)));
    updateGeometry();
    update();
}

bool HeatMapWidget::showsEmptyState() const
{
    return !m_report.emptyMessage.empty() || m_report.weeks.empty();
}

QSize HeatMapWidget::sizeHint() const
{
    const int line = fontMetrics().height();
    // Half a year at a comfortable size; longer ranges shrink their cells (or show their newest weeks).
    const int weeks = std::clamp(static_cast<int>(m_report.weeks.size()), kPreferredWeeks / 2, kPreferredWeeks);
    const int cell = line * 4 / 3;
    return {2 * kMargin + line * 3 + weeks * cell, 2 * kMargin + line * 3 + cell * 8};
}

QSize HeatMapWidget::minimumSizeHint() const
{
    const int line = fontMetrics().height();
    return {line * 20, line * 10};
}

HeatMapWidget::Geometry HeatMapWidget::geometry() const
{
    const QFontMetrics metrics = fontMetrics();
    Geometry layout;
    for (int day = 0; day < 7; ++day)
        layout.labelWidth = std::max(
            layout.labelWidth, metrics.horizontalAdvance(Labels::weekday(static_cast<core::Weekday>(day), true)));
    layout.labelWidth += metrics.height() / 2;
    layout.headerHeight = metrics.height() + 4;
    const int legendHeight = metrics.height() + 8;
    const int allWeeks = std::max<int>(1, static_cast<int>(m_report.weeks.size()));
    const int availableWidth = width() - 2 * kMargin - layout.labelWidth;
    const int availableHeight = height() - 2 * kMargin - layout.headerHeight - legendHeight;
    // Seven rows of days plus a short row for the weekly strength marks.
    layout.cell = std::clamp(
        std::min(availableWidth / allWeeks, availableHeight * 10 / 76), kMinimumCell, metrics.height() * 2);
    // Years of weeks do not fit even at the smallest cell: the newest ones are drawn, the table has them all.
    const int weeks = std::clamp(availableWidth / layout.cell, 1, allWeeks);
    layout.firstWeek = allWeeks - weeks;
    layout.gap = std::max(1, layout.cell / 8);
    // A tall panel leaves room: sit the calendar a third of the way down rather than at the top.
    const int contentHeight
        = layout.headerHeight + layout.cell * 7 + layout.cell / 2 + 3 * layout.gap + 4 + legendHeight;
    const int top = std::max(kMargin, (height() - contentHeight) / 3);
    layout.grid = QRect(kMargin + layout.labelWidth, top + layout.headerHeight, layout.cell * weeks, layout.cell * 7);
    layout.keptTop = layout.grid.bottom() + 1 + layout.gap;
    layout.legendTop = layout.keptTop + layout.cell / 2 + 2 * layout.gap + 4;
    return layout;
}

QRect HeatMapWidget::cellRect(const Geometry& layout, int week, int day) const
{
    return {layout.grid.left() + (week - layout.firstWeek) * layout.cell, layout.grid.top() + day * layout.cell,
        layout.cell - layout.gap, layout.cell - layout.gap};
}

std::optional<std::pair<int, int>> HeatMapWidget::cellAt(const Geometry& layout, QPoint position) const
{
    const int weeks = static_cast<int>(m_report.weeks.size());
    const int week = layout.firstWeek + (position.x() - layout.grid.left()) / std::max(1, layout.cell);
    if (position.x() < layout.grid.left() || week >= weeks)
        return std::nullopt;
    if (position.y() >= layout.grid.top() && position.y() <= layout.grid.bottom())
        return std::pair {week, (position.y() - layout.grid.top()) / layout.cell};
    if (position.y() >= layout.keptTop && position.y() < layout.keptTop + layout.cell / 2 + layout.gap)
        return std::pair {week, 7};
    return std::nullopt;
}

QString HeatMapWidget::dayText(const core::ConsistencyDay& day) const
{
    const QString date = QLocale().toString(Labels::toQDate(day.date), QStringLiteral("ddd d MMM yyyy"));
    const auto planned
        = [](int count) { return count == 1 ? tr("1 planned session") : tr("%1 planned sessions").arg(count); };
    switch (stateOf(day, m_today)) {
    case CellState::Future:
        return day.planned > 0 ? tr("%1: %2").arg(date, planned(day.planned)) : tr("%1: rest day").arg(date);
    case CellState::Rest:
        return tr("%1: rest day").arg(date);
    case CellState::Done:
        if (day.planned == 0)
            return tr("%1: %2 logged, nothing planned")
                .arg(date)
                .arg(day.done == 1 ? tr("1 session") : tr("%1 sessions").arg(day.done));
        return tr("%1: all %2 done").arg(date, planned(day.planned));
    case CellState::Pending:
    case CellState::Partly:
    case CellState::Missed:
        return tr("%1: %2 of %3 done").arg(date).arg(day.plannedDone).arg(planned(day.planned));
    }
    return date;
}

QString HeatMapWidget::toolTipAt(QPoint position) const
{
    if (showsEmptyState())
        return {};
    const auto cell = cellAt(geometry(), position);
    if (!cell)
        return {};
    const core::ConsistencyWeek& week = m_report.weeks[static_cast<std::size_t>(cell->first)];
    if (cell->second == 7) {
        return tr("Week of %1: %2 of %3 strength sessions done")
            .arg(QLocale().toString(Labels::toQDate(week.weekStart), QStringLiteral("d MMM yyyy")))
            .arg(week.strengthDone)
            .arg(week.strengthPlanned);
    }
    if (static_cast<std::size_t>(cell->second) >= week.days.size())
        return {};
    return dayText(week.days[static_cast<std::size_t>(cell->second)]);
}

bool HeatMapWidget::event(QEvent* event)
{
    if (event->type() == QEvent::ToolTip) {
        auto* help = static_cast<QHelpEvent*>(event);
        const QString text = toolTipAt(help->pos());
        if (text.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), text, this);
        return true;
    }
    return QWidget::event(event);
}

void HeatMapWidget::paintEvent(QPaintEvent*)
{
    const ChartPalette colors = ChartPalette::fromPalette(palette());
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.fillRect(rect(), colors.background());
    if (showsEmptyState()) {
        painter.setPen(colors.mutedText());
        const QString message = m_report.emptyMessage.empty() ? tr("Nothing planned or logged yet.")
                                                              : ReportWords::text(m_report.emptyMessage);
        painter.drawText(rect().adjusted(24, 24, -24, -24), Qt::AlignCenter | Qt::TextWordWrap, message);
        return;
    }

    const Geometry layout = geometry();
    const QFontMetrics metrics = fontMetrics();
    const QColor rest = PaletteColors::blend(colors.background(), colors.text(), colors.isDark() ? 0.12 : 0.07);
    const QColor partly = PaletteColors::blend(colors.background(), colors.accent(), 0.5);
    const auto fillFor = [&](CellState state) -> std::optional<QColor> {
        switch (state) {
        case CellState::Future:
        case CellState::Pending:
            return std::nullopt;
        case CellState::Rest:
            return rest;
        case CellState::Missed:
            return colors.missed();
        case CellState::Partly:
            return partly;
        case CellState::Done:
            return colors.accent();
        }
        return std::nullopt;
    };
    const auto drawCell = [&](const QRect& box, CellState state) {
        const qreal radius = box.width() / 5.0;
        if (const auto fill = fillFor(state)) {
            painter.setPen(Qt::NoPen);
            painter.setBrush(*fill);
        } else {
            painter.setPen(QPen(state == CellState::Pending ? colors.accent() : colors.grid(), 1.0));
            painter.setBrush(Qt::NoBrush);
        }
        painter.drawRoundedRect(QRectF(box).adjusted(0.5, 0.5, -0.5, -0.5), radius, radius);
    };

    // Weekday labels follow the week start of the report.
    painter.setPen(colors.mutedText());
    const bool everyDay = layout.cell >= metrics.height();
    const auto shownFrom = static_cast<std::size_t>(layout.firstWeek);
    const auto& firstWeek = m_report.weeks[shownFrom];
    for (int day = 0; day < 7 && static_cast<std::size_t>(day) < firstWeek.days.size(); ++day) {
        if (!everyDay && day % 2 == 1)
            continue;
        const QRect box = cellRect(layout, layout.firstWeek, day);
        painter.drawText(QRect(kMargin, box.top(), layout.labelWidth - metrics.height() / 4, box.height()),
            Qt::AlignRight | Qt::AlignVCenter,
            Labels::weekday(firstWeek.days[static_cast<std::size_t>(day)].date.weekday(), true));
    }
    // Month names over the first week of each month, when there is room since the last one.
    int lastLabelRight = -1;
    // A month is named over the first week that ends in it.
    const auto monthOf = [&](std::size_t week) { return m_report.weeks[week].weekStart.addDays(6).month(); };
    for (std::size_t week = shownFrom; week < m_report.weeks.size(); ++week) {
        const bool newMonth = week == shownFrom || monthOf(week) != monthOf(week - 1);
        const int left = cellRect(layout, static_cast<int>(week), 0).left();
        const QString name = QLocale().monthName(monthOf(week), QLocale::ShortFormat);
        if (newMonth && left > lastLabelRight) {
            painter.drawText(QPoint(left, layout.grid.top() - layout.headerHeight + metrics.ascent()), name);
            lastLabelRight = left + metrics.horizontalAdvance(name) + metrics.height() / 2;
        }
    }

    for (std::size_t week = shownFrom; week < m_report.weeks.size(); ++week) {
        const core::ConsistencyWeek& entry = m_report.weeks[week];
        for (std::size_t day = 0; day < entry.days.size(); ++day) {
            const QRect box = cellRect(layout, static_cast<int>(week), static_cast<int>(day));
            drawCell(box, stateOf(entry.days[day], m_today));
            if (entry.days[day].date == m_today) {
                painter.setPen(QPen(colors.text(), 1.5));
                painter.setBrush(Qt::NoBrush);
                painter.drawRoundedRect(
                    QRectF(box).adjusted(0.5, 0.5, -0.5, -0.5), box.width() / 5.0, box.width() / 5.0);
            }
        }
        // The weekly mark: filled when every strength session of the week was done.
        if (entry.strengthPlanned > 0) {
            const QRect box = cellRect(layout, static_cast<int>(week), 0);
            const QRectF mark(box.left(), layout.keptTop, box.width(), std::max(3, layout.cell / 4));
            painter.setPen(Qt::NoPen);
            painter.setBrush(entry.kept ? colors.accent() : colors.grid());
            painter.drawRoundedRect(mark, 1.5, 1.5);
        }
    }

    // Legend.
    int x = layout.grid.left();
    const int swatch = std::max(8, metrics.height() * 3 / 4);
    const int baseline = layout.legendTop + metrics.ascent();
    const auto legendEntry = [&](CellState state, const QString& text) {
        drawCell(QRect(x, layout.legendTop + (metrics.height() - swatch) / 2, swatch, swatch), state);
        x += swatch + metrics.height() / 4;
        painter.setPen(colors.text());
        painter.drawText(QPoint(x, baseline), text);
        x += metrics.horizontalAdvance(text) + metrics.height();
    };
    legendEntry(CellState::Done, tr("Done"));
    legendEntry(CellState::Partly, tr("Partly"));
    legendEntry(CellState::Missed, tr("Missed"));
    legendEntry(CellState::Rest, tr("Rest"));
    legendEntry(CellState::Future, tr("Upcoming"));
    painter.setPen(Qt::NoPen);
    painter.setBrush(colors.accent());
    painter.drawRoundedRect(QRectF(x, layout.legendTop + metrics.height() / 2 - 2, swatch, 4), 1.5, 1.5);
    x += swatch + metrics.height() / 4;
    painter.setPen(colors.text());
    painter.drawText(QPoint(x, baseline), tr("all strength done"));
    if (layout.firstWeek > 0) {
        x += metrics.horizontalAdvance(tr("all strength done")) + metrics.height();
        painter.setPen(colors.mutedText());
        painter.drawText(QPoint(x, baseline), shownText(layout));
    }
}

int HeatMapWidget::shownWeeks() const
{
    return static_cast<int>(m_report.weeks.size()) - geometry().firstWeek;
}

QString HeatMapWidget::shownText(const Geometry& layout) const
{
    const int shown = static_cast<int>(m_report.weeks.size()) - layout.firstWeek;
    return tr("the newest %1 of %2 weeks; the table lists them all").arg(shown).arg(m_report.weeks.size());
}

} // namespace keel::gui
