// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/progressionstate.h"
#include "core/report/progressreport.h"

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

// Internal to ProgressReport: small building blocks of the progress charts (bucketing, axes,
// labels), kept apart so the report reads as "which numbers go in which chart".
namespace keel::core::chartbuilding {

// Beyond about a year of weekly bars the bars get too thin to read: long histories go by month.
inline constexpr long kMaxWeeklyBuckets = 53;
inline constexpr int kMinimumAllWeeks = 4;
// Pain is drawn day by day up to this many buckets (three months), week or month beyond.
inline constexpr std::size_t kDailyPainBuckets = 13;

bool isStrength(Pattern pattern);

int colorSlot(Pattern pattern);

double roundTenth(double value);

std::string formatNumber(double value);

Date monthStart(Date date);

Date nextMonth(Date date);

std::optional<std::size_t> bucketIndex(const ProgressWindow& window, Date date);

bool inDays(const ProgressWindow& window, Date date);

ProgressChart baseChart(std::string id, std::string title, ChartAxis axis, const ProgressWindow& window);

ChartSeries bucketSeries(const ProgressWindow& window, std::string id, std::string name, std::string unit,
    SeriesStyle style, int slot, const std::vector<double>& values);

std::string bucketTrendMessage(const ProgressChart& chart);

std::optional<MarkerKind> markerKind(ProgressionKind kind);

PhraseCode eventTitle(ProgressionKind kind);

double valueAt(const ChartSeries& series, Date date);

void assignAxes(ProgressChart& chart);

void dropEmptySeries(ProgressChart& chart);

std::size_t distinctDates(const ProgressChart& chart);

} // namespace keel::core::chartbuilding
