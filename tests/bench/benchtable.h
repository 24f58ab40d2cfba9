// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <chrono>
#include <functional>
#include <string>
#include <vector>

namespace keel::bench {

/// Runs `work` `runs` times and returns every duration in milliseconds (sorted).
std::vector<double> timeRuns(int runs, const std::function<void()>& work);
/// The q-quantile (0–1) of sorted samples.
double quantile(const std::vector<double>& sorted, double q);

/// One row in scripts/bench's table: what, the figure, the baseline measured in the same run.
void printRow(const std::string& benchmark, const std::string& measure, double value, const std::string& unit,
    double baseline, const std::string& baselineName, const std::string& goal);

} // namespace keel::bench
