// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/progressionstate.h"
#include "core/util/date.h"
#include "core/util/translatable.h"

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace keel::core {

/// How far back the Progress charts look.
enum class ProgressRange { FourWeeks, ThreeMonths, OneYear, All };

/// "4w", "3m", "1y", "all".
std::string_view toString(ProgressRange range);
/// Parses "4w", "3m", "1y", "all" (also "4-weeks", "3-months", "1-year"); nullopt otherwise.
std::optional<ProgressRange> parseProgressRange(std::string_view text);
/// Every range, shortest first.
std::vector<ProgressRange> allProgressRanges();

/// What the x values of a chart stand for.
enum class ChartAxis {
    Days, ///< Each point is one calendar day (exercise progress, pain).
    Buckets ///< Every bucket (week or month) of the range has a value, zero when nothing was logged.
};

/// The length of one bucket on a ChartAxis::Buckets chart.
enum class BucketSize { Week, Month };

std::string_view toString(BucketSize size);

/// How a series is drawn. The chart widget maps these to whatever the chart library offers.
enum class SeriesStyle {
    Line, ///< Points joined by straight lines, each point marked.
    Points, ///< Separate dots, not joined (values that only exist on some days).
    StepLine, ///< Holds its value until the next point (ladder rungs).
    Bars, ///< One bar per bucket.
    StackedBars, ///< Bars stacked with the chart's other stacked series.
    TargetLine, ///< A plan or target: drawn muted and dashed over the bars.
    TableOnly ///< Shown in the table, not drawn (e.g. planned sets per pattern).
};

/// What the ticks of a date axis mark: the first day of a week, a month or a year.
enum class TickUnit { Week, Month, Year };

std::string_view toString(TickUnit unit);

/// The ticks of a date axis: the first day of every week, month or year (or of every second,
/// third … when there would be too many) that falls in the days shown, ascending.
struct DateTicks {
    TickUnit unit = TickUnit::Month;
    int step = 1; ///< Weeks, months or years from one tick to the next.
    std::vector<Date> dates;
    bool operator==(const DateTicks&) const = default;
};

/// Enough ticks to find a date by, few enough that their labels never run into each other.
inline constexpr std::size_t kMaxDateTicks = 12;

/// Ticks for the days from `from` to `to` (inclusive): week starts (on `weekStart`) when fewer
/// than three months begin in the range, else month starts (every 1, 2, 3 or 6 months, on
/// quarter and half-year boundaries), else year starts (every 1, 2, 5, 10 … years); never more
/// than `maxTicks`.
DateTicks dateTicks(Date from, Date to, Weekday weekStart, std::size_t maxTicks = kMaxDateTicks);

/// Which value axis a series is measured on.
enum class SeriesAxis { Left, Right };

/// One value at one x position: a day, or the first day of a bucket.
struct ChartPoint {
    Date date;
    double value = 0.0;
    bool operator==(const ChartPoint&) const = default;
};

/// The name of the series of one pattern's planned sets: "Squat planned".
inline constexpr std::string_view kPatternPlanned = KEEL_TRANSLATE_NOOP("Report", "%1 planned");

/// A named run of values with the unit they are in and how to draw them.
struct ChartSeries {
    std::string id; ///< Stable key for JSON and tests: "done_hinge", "planned", "load" …
    std::string name; ///< What the legend and the table header say.
    std::string unit; ///< "kg", "lb", "sets", "min", "/10", "reps", "s", "m"; empty for a plain count such as a rung.
    SeriesStyle style = SeriesStyle::Line;
    SeriesAxis axis = SeriesAxis::Left;
    int colorSlot = 0; ///< Index into the widget's categorical colours; stable per pattern.
    std::vector<ChartPoint> points; ///< Ascending dates; on bucket charts one per bucket.
    std::vector<std::string> labels; ///< Empty, or one text per point (the exercise behind a rung).
    std::string labelTitle; ///< Table header for the labels ("Exercise").
    std::vector<std::string> labelIds {}; ///< With labels: the exercise id behind each, for a front end to name.
    std::optional<Pattern> pattern {}; ///< The pattern it counts, when it counts one: a front end names it itself.
    bool operator==(const ChartSeries&) const = default;
};

/// Whether a marked progression event moved forward, stepped back or started a pattern.
enum class MarkerKind { Start, Forward, StepBack };

std::string_view toString(MarkerKind kind);

/// A progression event shown on a chart, with the reason for the hover tooltip.
struct ChartMarker {
    Date date;
    double value = 0.0; ///< Where it sits on the series it marks.
    std::string seriesId; ///< The series it is drawn on.
    MarkerKind kind = MarkerKind::Forward;
    ProgressionKind event = ProgressionKind::Start;
    Reason label; ///< "Load up: 12 kg → 14 kg": what changed, by the event's kind, from and to.
    Reason reason; ///< Why, as the progression engine recorded it.
    bool operator==(const ChartMarker&) const = default;
};

/// A shaded stretch of days, inclusive (a flare-up period).
struct ChartBand {
    Date from;
    Date to;
    std::string label;
    bool operator==(const ChartBand&) const = default;
};

/// A horizontal reference line (the 3/10 and 5/10 pain guides).
struct ChartGuide {
    double value = 0.0;
    std::string label;
    bool operator==(const ChartGuide&) const = default;
};

/// Everything one chart draws and its table lists, with no tie to any chart library.
struct ProgressChart {
    std::string id; ///< "exercise", "pattern", "volume", "walking", "mobility", "pain".
    std::string title;
    std::string subject {}; ///< The exercise id or the pattern key of a one-subject chart; empty otherwise.
    ChartAxis axis = ChartAxis::Buckets;
    BucketSize bucket = BucketSize::Week;
    Date from; ///< First day shown.
    Date to; ///< Last day shown (inclusive).
    std::vector<Date> buckets; ///< Buckets charts: the first day of every bucket, ascending.
    DateTicks ticks; ///< Days charts: where the date axis is marked.
    std::string leftTitle; ///< Left value axis title, e.g. "sets per week".
    std::string rightTitle; ///< Right value axis title; empty when no series uses it.
    std::vector<std::string> rightTitles {}; ///< rightTitle's parts, each a marked word, in its order.
    std::optional<double> leftMax; ///< Fixed top of the left axis (pain: 10); nullopt = fit the data.
    std::vector<ChartSeries> series;
    std::vector<ChartMarker> markers;
    std::vector<ChartBand> bands;
    std::vector<ChartGuide> guides;
    std::vector<Reason> notes; ///< One-line facts shown under the chart ("Longest walk: …").
    std::string emptyMessage; ///< Set when there is too little to draw a trend; the table still lists what there is.

    bool hasTrend() const { return emptyMessage.empty(); }
    /// The series with this id, or nullptr.
    const ChartSeries* findSeries(std::string_view seriesId) const;
    bool operator==(const ProgressChart&) const = default;
};

/// One day of the consistency heat map: how many kinds of session (strength, mobility, walk)
/// were planned and how many of those kinds were logged.
struct ConsistencyDay {
    Date date;
    int planned = 0;
    int done = 0; ///< Kinds logged, planned or not; may exceed planned.
    int plannedDone = 0; ///< Planned kinds that were logged (≤ planned).
    bool future = false; ///< After "today": nothing can be done yet.
    bool operator==(const ConsistencyDay&) const = default;
};

/// One week of the heat map with its strength tally.
struct ConsistencyWeek {
    Date weekStart;
    int strengthPlanned = 0; ///< Strength sessions the plan asked for (profile's days when no plan was stored).
    int strengthDone = 0; ///< Days with strength sets logged.
    bool kept = false; ///< Every strength session done.
    std::vector<ConsistencyDay> days; ///< Seven days from weekStart.
    bool operator==(const ConsistencyWeek&) const = default;
};

/// The last weeks of planned vs done, and the streaks of weeks with every strength session done.
struct ConsistencyReport {
    std::vector<ConsistencyWeek> weeks; ///< Oldest first; the last is the current week.
    int currentStreak = 0; ///< Kept weeks up to now (this week counts once kept, and does not break it before it ends).
    int bestStreak = 0; ///< Longest run of kept weeks among the weeks shown.
    /// The current streak runs back to the first week shown and training began before it, so it may be longer.
    bool streakMayBeLonger = false;
    std::string emptyMessage;
    bool operator==(const ConsistencyReport&) const = default;
};

} // namespace keel::core
