// SPDX-License-Identifier: GPL-3.0-or-later
// What every benchmark shares: Keel and its baseline timed in turn (A B A B…), the quantiles, and
// the row of scripts/bench's table with the goal the figure is held to and whether it met it.
#pragma once

#include <chrono>
#include <functional>
#include <string>
#include <utility>
#include <vector>

namespace keel::bench {

/// The q-quantile (0–1) of sorted samples.
double quantile(const std::vector<double>& sorted, double q);
/// The median of samples in any order.
double median(std::vector<double> samples);

/// Both sides of a comparison, each sorted.
struct Samples {
    std::vector<double> keel;
    std::vector<double> baseline;
};

/// `runs` rounds of `keel` then `baseline`, each call timed on the wall clock in milliseconds, so
/// a slow moment of a shared machine lands on both sides alike and the ratio holds.
Samples interleave(int runs, const std::function<void()>& keel, const std::function<void()>& baseline);
/// The same for sides that measure themselves (CPU time, a child process, a figure read from its
/// output): each callable returns its own sample.
Samples interleaveMeasured(int runs, const std::function<double()>& keel, const std::function<double()>& baseline);

/// The goal a figure is held to, with where it was set (an issue), or none.
struct Goal {
    enum class Kind { None, AtMost, RatioAtMost, BaselinePlus };
    Kind kind = Kind::None;
    double limit = 0.0;
    std::string source;

    /// No goal: the figure is printed for information.
    static Goal none() { return {}; }
    /// The figure itself at most `limit` (in the row's unit).
    static Goal atMost(double limit, std::string source) { return {Kind::AtMost, limit, std::move(source)}; }
    /// The figure at most `limit` times its baseline.
    static Goal ratioAtMost(double limit, std::string source) { return {Kind::RatioAtMost, limit, std::move(source)}; }
    /// The figure at most its baseline plus `limit` (in the row's unit).
    static Goal baselinePlus(double limit, std::string source)
    {
        return {Kind::BaselinePlus, limit, std::move(source)};
    }

    bool met(double value, double baseline) const;
    std::string text(const std::string& unit) const;
};

/// One row of the table whose header scripts/bench prints: what, the figure, the baseline measured in the same run,
/// their ratio, the goal and whether it was met ("met", "MISSED", or "-" without a goal).
void printRow(const std::string& benchmark, const std::string& measure, double value, const std::string& unit,
    double baseline, const std::string& baselineName, const Goal& goal = Goal::none());

/// How a figure grows with the years of history behind it: one row with the figure at the most
/// years against the figure at the fewest (the ratio is the growth), the middle sizes named.
void printGrowth(const std::string& benchmark, const std::string& measure, const std::string& unit,
    const std::vector<std::pair<int, double>>& byYears, const Goal& goal = Goal::none());

} // namespace keel::bench
