// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/progress/chartview.h"

#include "gui/common/labels.h"
#include "gui/common/prescriptiontext.h"
#include "gui/common/reasonwords.h"
#include "gui/progress/chartpalette.h"
#include "gui/progress/reportwords.h"

#include <QCursor>
#include <QDateTime>
#include <QEvent>
#include <QLabel>
#include <QLocale>
#include <QShowEvent>
#include <QStackedLayout>
#include <QToolTip>
#include <QtCharts>

#include <algorithm>
#include <cmath>
#include <map>

namespace keel::gui {

namespace {

constexpr qint64 kHalfDayMs = 12LL * 60 * 60 * 1000;
// Beyond this many points the dots on a line only add clutter.
constexpr std::size_t kMaxDottedPoints = 60;
constexpr int kMaxBucketLabels = 8;

/// Days are drawn at noon so daylight-saving shifts never move a point onto the neighbouring day.
double dayX(core::Date date)
{
    return static_cast<double>(QDateTime(Labels::toQDate(date), QTime(12, 0)).toMSecsSinceEpoch());
}

struct AxisScale {
    double top = 1.0;
    int ticks = 2;
    bool integral = true;
};

/// A top and tick count on 1–2–5 steps, so labels read 0, 5, 10 … rather than 0, 3.7, 7.4 ….
AxisScale niceScale(double maximum, bool wholeNumbers)
{
    if (!(maximum > 0.0))
        maximum = 1.0;
    const double raw = maximum / 5.0;
    const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    double step = magnitude * 10.0;
    for (double factor : {1.0, 2.0, 2.5, 5.0, 10.0}) {
        if (raw <= factor * magnitude) {
            step = factor * magnitude;
            break;
        }
    }
    // Rungs, reps and sets come whole: no 0.5 between them.
    if (wholeNumbers)
        step = std::max(1.0, std::round(step));
    AxisScale scale;
    scale.top = std::ceil(maximum / step - 1e-9) * step;
    scale.ticks = static_cast<int>(std::lround(scale.top / step)) + 1;
    scale.integral = std::abs(step - std::round(step)) < 1e-9;
    return scale;
}

void styleAxis(QAbstractAxis* axis, const ChartPalette& colors, const QFont& font)
{
    axis->setLabelsColor(colors.text());
    axis->setLabelsFont(font);
    axis->setTitleBrush(colors.mutedText());
    axis->setTitleFont(font);
    axis->setLinePenColor(colors.grid());
    axis->setGridLineColor(colors.grid());
    axis->setMinorGridLineVisible(false);
}

QString markerName(core::MarkerKind kind)
{
    switch (kind) {
    case core::MarkerKind::Start:
        return ChartView::tr("Started");
    case core::MarkerKind::Forward:
        return ChartView::tr("Moved up");
    case core::MarkerKind::StepBack:
        return ChartView::tr("Stepped back");
    }
    return {};
}

} // namespace

QStringList ChartView::tickLabels(const core::DateTicks& ticks)
{
    QStringList labels;
    const bool manyYears = !ticks.dates.empty() && ticks.dates.front().year() != ticks.dates.back().year();
    for (std::size_t i = 0; i < ticks.dates.size(); ++i) {
        const QDate date = Labels::toQDate(ticks.dates[i]);
        QString label;
        switch (ticks.unit) {
        case core::TickUnit::Week:
            label = QLocale().toString(date, QStringLiteral("d MMM"));
            break;
        case core::TickUnit::Month:
            // The year is named where it changes (and on the first tick when several are shown).
            label = QLocale().toString(date,
                (date.month() == 1 || (i == 0 && manyYears)) ? QStringLiteral("MMM yyyy") : QStringLiteral("MMM"));
            break;
        case core::TickUnit::Year:
            label = QLocale().toString(date, QStringLiteral("yyyy"));
            break;
        }
        // The axis keys its ticks by label: a month seen twice is told apart by its year.
        if (labels.contains(label))
            label = QLocale().toString(date, QStringLiteral("MMM yyyy"));
        labels << label;
    }
    return labels;
}

ChartView::ChartView(QWidget* parent)
    : QWidget(parent)
    , m_stack(new QStackedLayout(this))
    , m_view(new QChartView(this))
    , m_empty(new QLabel(this))
{
    m_stack->setContentsMargins(0, 0, 0, 0);
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setContentsMargins(0, 0, 0, 0);
    m_view->setFrameShape(QFrame::NoFrame);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setMargin(24);
    m_stack->addWidget(m_view);
    m_stack->addWidget(m_empty);
    rebuild();
}

ChartView::~ChartView() = default;

void ChartView::setChart(const core::ProgressChart& chart)
{
    m_chart = chart;
    // Charts on hidden tabs are drawn when they are first shown: a refresh builds only what is seen.
    m_stale = !isVisible();
    if (!m_stale)
        rebuild();
}

bool ChartView::showsEmptyState() const
{
    return !m_chart.hasTrend() || m_chart.series.empty();
}

QString ChartView::emptyText() const
{
    if (!showsEmptyState())
        return {};
    return m_chart.emptyMessage.empty() ? tr("Nothing logged yet.") : ReportWords::text(m_chart.emptyMessage);
}

QString ChartView::markerToolTip(core::Date date) const
{
    QStringList texts;
    for (const core::ChartMarker& marker : m_chart.markers) {
        if (marker.date == date)
            texts << markerText(marker);
    }
    return texts.join(QStringLiteral("\n\n"));
}

QString ChartView::markerText(const core::ChartMarker& marker) const
{
    QString text = QStringLiteral("%1 · %2").arg(
        PrescriptionText::shortDate(marker.date), ReasonWords::text(marker.label, m_catalog));
    if (!marker.reason.empty())
        text += QLatin1Char('\n') + ReasonWords::text(marker.reason, m_catalog);
    return text;
}

void ChartView::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (m_stale)
        rebuild();
}

QSize ChartView::sizeHint() const
{
    const int line = fontMetrics().height();
    return {line * 36, line * 20};
}

QSize ChartView::minimumSizeHint() const
{
    const int line = fontMetrics().height();
    return {line * 16, line * 10};
}

void ChartView::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (event->type() != QEvent::PaletteChange && event->type() != QEvent::FontChange
        && event->type() != QEvent::StyleChange)
        return;
    if (isVisible())
        rebuild();
    else
        m_stale = true;
}

void ChartView::showMarkerTip(const std::vector<MarkerTip>& tips, const QPointF& point, bool hovered)
{
    if (!hovered || tips.empty()) {
        QToolTip::hideText();
        return;
    }
    const auto nearest = std::min_element(tips.begin(), tips.end(),
        [&](const MarkerTip& a, const MarkerTip& b) { return std::abs(a.x - point.x()) < std::abs(b.x - point.x()); });
    QToolTip::showText(QCursor::pos(), markerToolTip(nearest->date), this);
}

void ChartView::rebuild()
{
    m_stale = false;
    const ChartPalette colors = ChartPalette::fromPalette(palette());

    QPalette emptyPalette = m_empty->palette();
    emptyPalette.setColor(QPalette::WindowText, colors.mutedText());
    m_empty->setPalette(emptyPalette);
    m_empty->setAutoFillBackground(true);
    emptyPalette.setColor(QPalette::Window, colors.background());
    m_empty->setPalette(emptyPalette);

    const QString title = ReportWords::title(m_chart, m_catalog);
    m_view->setAccessibleName(tr("%1 chart").arg(title));
    m_view->setAccessibleDescription(tr("The table beside the chart lists the same numbers."));
    if (showsEmptyState()) {
        const QString message = emptyText();
        m_empty->setText(message);
        m_empty->setAccessibleName(tr("%1: %2").arg(title, message));
        m_stack->setCurrentWidget(m_empty);
        return;
    }
    m_stack->setCurrentWidget(m_view);
    m_view->setBackgroundBrush(colors.background());

    auto* chart = new QChart;
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setBackgroundBrush(colors.background());
    chart->setBackgroundRoundness(0);
    chart->setBackgroundPen(Qt::NoPen);
    chart->setMargins(QMargins(2, 2, 2, 2));
    chart->layout()->setContentsMargins(0, 0, 0, 0);
    chart->setPlotAreaBackgroundVisible(false);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->legend()->setLabelColor(colors.text());
    chart->legend()->setFont(font());

    const bool days = m_chart.axis == core::ChartAxis::Days;
    // Bucket charts put bucket i at x = i; day charts at the day's time.
    std::map<long, double> bucketX;
    for (std::size_t i = 0; i < m_chart.buckets.size(); ++i)
        bucketX[m_chart.buckets[i].days()] = static_cast<double>(i);
    const auto xOf = [&](core::Date date) {
        if (days)
            return dayX(date);
        const auto found = bucketX.find(date.days());
        return found == bucketX.end() ? 0.0 : found->second;
    };

    QAbstractAxis* xAxis = nullptr;
    QString lastLabel; // the label on the newest bucket, which sits on the right edge
    if (days) {
        // Ticks sit on the midnight that starts a week, month or year (chosen by the core), so a
        // point drawn right of the "Sep" line is in September.
        auto* axis = new QCategoryAxis;
        axis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
        const double left = dayX(m_chart.from) - kHalfDayMs;
        axis->setStartValue(left);
        axis->setRange(left, dayX(m_chart.to) + kHalfDayMs);
        for (const QString& label : tickLabels(m_chart.ticks)) {
            const core::Date date = m_chart.ticks.dates[static_cast<std::size_t>(axis->count())];
            axis->append(label, std::max(dayX(date) - kHalfDayMs, left + 1.0));
        }
        xAxis = axis;
    } else {
        auto* axis = new QCategoryAxis;
        const auto count = static_cast<int>(m_chart.buckets.size());
        axis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
        axis->setStartValue(-0.5);
        axis->setRange(-0.5, std::max(count, 1) - 0.5);
        const int step = std::max(1, (count + kMaxBucketLabels - 1) / kMaxBucketLabels);
        const QString format
            = m_chart.bucket == core::BucketSize::Week ? QStringLiteral("d MMM") : QStringLiteral("MMM yyyy");
        // Label from the newest bucket backwards so the current week or month is always named.
        QList<int> labelled;
        for (int i = count - 1; i >= 0; i -= step)
            labelled.prepend(i);
        for (int i : labelled) {
            lastLabel = QLocale().toString(Labels::toQDate(m_chart.buckets[static_cast<std::size_t>(i)]), format);
            axis->append(lastLabel, i);
        }
        axis->setGridLineVisible(false);
        xAxis = axis;
    }
    styleAxis(xAxis, colors, font());
    chart->addAxis(xAxis, Qt::AlignBottom);

    // Value axes: fit the data (stacked bars by their sum), the guides and any fixed top.
    double leftTop = 0.0;
    double rightTop = 0.0;
    bool hasRight = false;
    std::vector<double> stackSums(m_chart.buckets.size(), 0.0);
    for (const core::ChartSeries& series : m_chart.series) {
        if (series.style == core::SeriesStyle::TableOnly)
            continue;
        double& top = series.axis == core::SeriesAxis::Left ? leftTop : rightTop;
        hasRight = hasRight || series.axis == core::SeriesAxis::Right;
        for (std::size_t i = 0; i < series.points.size(); ++i) {
            if (series.style == core::SeriesStyle::StackedBars && i < stackSums.size()) {
                stackSums[i] += series.points[i].value;
                top = std::max(top, stackSums[i]);
            } else {
                top = std::max(top, series.points[i].value);
            }
        }
    }
    for (const core::ChartGuide& guide : m_chart.guides)
        leftTop = std::max(leftTop, guide.value);
    const auto wholeNumbers = [&](core::SeriesAxis side) {
        return std::all_of(m_chart.series.begin(), m_chart.series.end(), [side](const core::ChartSeries& series) {
            return series.style == core::SeriesStyle::TableOnly || series.axis != side || series.unit.empty()
                || series.unit == "reps" || series.unit == "sets";
        });
    };
    const auto makeValueAxis = [&](double top, const QString& axisTitle, Qt::Alignment alignment) {
        auto* axis = new QValueAxis;
        // A little headroom so the highest point and its marker are not cut by the frame.
        AxisScale scale = niceScale(
            top * 1.06, wholeNumbers(alignment == Qt::AlignLeft ? core::SeriesAxis::Left : core::SeriesAxis::Right));
        if (alignment == Qt::AlignLeft && m_chart.leftMax) {
            scale.top = *m_chart.leftMax;
            scale.ticks = 6;
            scale.integral = true;
        }
        axis->setRange(0.0, scale.top);
        axis->setTickCount(scale.ticks);
        axis->setLabelFormat(scale.integral ? QStringLiteral("%.0f") : QStringLiteral("%.1f"));
        axis->setTitleText(axisTitle);
        styleAxis(axis, colors, font());
        chart->addAxis(axis, alignment);
        return axis;
    };
    QValueAxis* leftAxis = makeValueAxis(leftTop, ReportWords::text(m_chart.leftTitle), Qt::AlignLeft);
    QValueAxis* rightAxis
        = hasRight ? makeValueAxis(rightTop, ReportWords::rightTitle(m_chart), Qt::AlignRight) : nullptr;
    if (rightAxis) {
        // Each axis title takes the colour of the one line measured on it, to say which scale is whose.
        for (auto [axis, side] : {std::pair {leftAxis, core::SeriesAxis::Left}, {rightAxis, core::SeriesAxis::Right}}) {
            std::vector<const core::ChartSeries*> drawn;
            for (const core::ChartSeries& series : m_chart.series) {
                if (series.axis == side && series.style != core::SeriesStyle::TableOnly)
                    drawn.push_back(&series);
            }
            if (drawn.size() == 1)
                axis->setTitleBrush(colors.series(drawn.front()->colorSlot));
        }
    }
    // One set of grid lines: the left axis's.
    if (rightAxis)
        rightAxis->setGridLineVisible(false);
    else if (!lastLabel.isEmpty())
        chart->setMargins(QMargins(2, 2, 2 + fontMetrics().horizontalAdvance(lastLabel) / 2, 2));
    const auto attach = [&](QAbstractSeries* series, core::SeriesAxis axis) {
        chart->addSeries(series);
        series->attachAxis(xAxis);
        series->attachAxis(axis == core::SeriesAxis::Right && rightAxis ? rightAxis : leftAxis);
    };
    const auto hideFromLegend = [&](QAbstractSeries* series) {
        for (QLegendMarker* marker : chart->legend()->markers(series))
            marker->setVisible(false);
    };

    // Shaded bands go first so everything else is drawn over them.
    bool bandNamed = false;
    for (const core::ChartBand& band : m_chart.bands) {
        const double top = leftAxis->max();
        auto* upper = new QLineSeries;
        auto* lower = new QLineSeries;
        const double left = days ? dayX(band.from) - kHalfDayMs : xOf(band.from) - 0.5;
        const double right = days ? dayX(band.to) + kHalfDayMs : xOf(band.to) + 0.5;
        upper->append(left, top);
        upper->append(right, top);
        lower->append(left, 0.0);
        lower->append(right, 0.0);
        auto* area = new QAreaSeries(upper, lower);
        upper->setParent(area);
        lower->setParent(area);
        area->setName(ReportWords::text(band.label));
        area->setBrush(colors.band());
        area->setPen(Qt::NoPen);
        attach(area, core::SeriesAxis::Left);
        if (bandNamed)
            hideFromLegend(area);
        bandNamed = true;
    }

    QStackedBarSeries* stacked = nullptr;
    for (const core::ChartSeries& series : m_chart.series) {
        switch (series.style) {
        case core::SeriesStyle::TableOnly:
            break;
        case core::SeriesStyle::Bars:
        case core::SeriesStyle::StackedBars: {
            auto* set = new QBarSet(ReportWords::seriesName(series));
            for (const core::ChartPoint& point : series.points)
                set->append(point.value);
            set->setColor(colors.series(series.colorSlot));
            set->setBorderColor(colors.background());
            if (series.style == core::SeriesStyle::StackedBars) {
                if (!stacked) {
                    stacked = new QStackedBarSeries;
                    stacked->setBarWidth(0.7);
                }
                stacked->append(set);
            } else {
                auto* bars = new QBarSeries;
                bars->setBarWidth(0.7);
                bars->append(set);
                attach(bars, series.axis);
            }
            break;
        }
        case core::SeriesStyle::Points: {
            auto* dots = new QScatterSeries;
            dots->setName(ReportWords::seriesName(series));
            for (const core::ChartPoint& point : series.points)
                dots->append(xOf(point.date), point.value);
            dots->setMarkerSize(7.0);
            dots->setColor(colors.series(series.colorSlot));
            dots->setBorderColor(colors.series(series.colorSlot));
            attach(dots, series.axis);
            break;
        }
        case core::SeriesStyle::Line:
        case core::SeriesStyle::StepLine:
        case core::SeriesStyle::TargetLine: {
            auto* line = new QLineSeries;
            line->setName(ReportWords::seriesName(series));
            double previous = 0.0;
            for (std::size_t i = 0; i < series.points.size(); ++i) {
                const double x = xOf(series.points[i].date);
                if (series.style == core::SeriesStyle::StepLine && i > 0)
                    line->append(x, previous);
                line->append(x, series.points[i].value);
                previous = series.points[i].value;
            }
            if (series.style == core::SeriesStyle::StepLine && !series.points.empty())
                line->append(days ? dayX(m_chart.to) : xOf(m_chart.to), previous);
            QPen pen(series.style == core::SeriesStyle::TargetLine ? colors.target() : colors.series(series.colorSlot));
            pen.setWidthF(2.0);
            if (series.style == core::SeriesStyle::TargetLine) {
                pen.setStyle(Qt::DashLine);
            } else if (rightAxis) {
                // Two scales can put two lines on the same pixels (12 kg on 0–15 and rung 4 on
                // 0–5): the left one is drawn wide and solid, the right one narrow and dashed over
                // it, so both stay visible where they meet.
                const bool right = series.axis == core::SeriesAxis::Right;
                pen.setWidthF(right ? 2.0 : 3.5);
                pen.setStyle(right ? Qt::DashLine : Qt::SolidLine);
                pen.setCapStyle(Qt::FlatCap);
            }
            line->setPen(pen);
            line->setPointsVisible(
                series.style != core::SeriesStyle::StepLine && series.points.size() <= kMaxDottedPoints);
            attach(line, series.axis);
            break;
        }
        }
    }
    if (stacked)
        attach(stacked, core::SeriesAxis::Left);

    for (const core::ChartGuide& guide : m_chart.guides) {
        auto* line = new QLineSeries;
        line->setName(ReportWords::text(guide.label));
        const double left = days ? dayX(m_chart.from) - kHalfDayMs : -0.5;
        const double right = days ? dayX(m_chart.to) + kHalfDayMs : static_cast<double>(m_chart.buckets.size()) - 0.5;
        line->append(left, guide.value);
        line->append(right, guide.value);
        // The first guide is the comfortable limit, the others are ceilings.
        QPen pen(&guide == &m_chart.guides.front() ? colors.forward() : colors.stepBack());
        pen.setWidthF(1.5);
        pen.setStyle(Qt::DashLine);
        line->setPen(pen);
        attach(line, core::SeriesAxis::Left);
    }

    // Progression events: one scatter series per kind, drawn on the series they mark.
    for (core::MarkerKind kind : {core::MarkerKind::Start, core::MarkerKind::Forward, core::MarkerKind::StepBack}) {
        std::map<core::SeriesAxis, std::pair<QScatterSeries*, std::vector<MarkerTip>>> byAxis;
        for (const core::ChartMarker& marker : m_chart.markers) {
            if (marker.kind != kind)
                continue;
            const core::ChartSeries* on = m_chart.findSeries(marker.seriesId);
            const core::SeriesAxis axis = on ? on->axis : core::SeriesAxis::Left;
            auto& [scatter, tips] = byAxis[axis];
            if (!scatter) {
                scatter = new QScatterSeries;
                scatter->setName(markerName(kind));
                scatter->setMarkerSize(12.0);
                scatter->setMarkerShape(kind == core::MarkerKind::Forward ? QScatterSeries::MarkerShapeTriangle
                        : kind == core::MarkerKind::StepBack              ? QScatterSeries::MarkerShapeRotatedRectangle
                                                                          : QScatterSeries::MarkerShapeCircle);
                const QColor color = kind == core::MarkerKind::Forward ? colors.forward()
                    : kind == core::MarkerKind::StepBack               ? colors.stepBack()
                                                                       : colors.text();
                scatter->setColor(color);
                scatter->setBorderColor(colors.background());
            }
            const double x = xOf(marker.date);
            scatter->append(x, marker.value);
            tips.push_back({x, marker.date});
        }
        bool named = false;
        for (auto& [axis, entry] : byAxis) {
            auto& [scatter, tips] = entry;
            attach(scatter, axis);
            if (named)
                hideFromLegend(scatter);
            named = true;
            connect(scatter, &QScatterSeries::hovered, this,
                [this, tips = tips](const QPointF& point, bool state) { showMarkerTip(tips, point, state); });
        }
    }

    QChart* old = m_view->chart();
    m_view->setChart(chart);
    delete old;
}

} // namespace keel::gui
