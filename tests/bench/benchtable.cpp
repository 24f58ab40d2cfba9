// SPDX-License-Identifier: GPL-3.0-or-later
#include "benchtable.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace keel::bench {

namespace {

double millisecondsOf(const std::function<void()>& work)
{
    const auto start = std::chrono::steady_clock::now();
    work();
    return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
}

std::string number(double value)
{
    char text[32];
    std::snprintf(text, sizeof text, "%g", value);
    return text;
}

} // namespace

double quantile(const std::vector<double>& sorted, double q)
{
    if (sorted.empty())
        return 0.0;
    const double position = q * static_cast<double>(sorted.size() - 1);
    return sorted[static_cast<std::size_t>(std::lround(position))];
}

double median(std::vector<double> samples)
{
    std::sort(samples.begin(), samples.end());
    return quantile(samples, 0.5);
}

Samples interleaveMeasured(int runs, const std::function<double()>& keel, const std::function<double()>& baseline)
{
    Samples samples;
    samples.keel.reserve(static_cast<std::size_t>(runs));
    samples.baseline.reserve(static_cast<std::size_t>(runs));
    for (int run = 0; run < runs; ++run) {
        samples.keel.push_back(keel());
        samples.baseline.push_back(baseline());
    }
    std::sort(samples.keel.begin(), samples.keel.end());
    std::sort(samples.baseline.begin(), samples.baseline.end());
    return samples;
}

Samples interleave(int runs, const std::function<void()>& keel, const std::function<void()>& baseline)
{
    return interleaveMeasured(
        runs, [&] { return millisecondsOf(keel); }, [&] { return millisecondsOf(baseline); });
}

bool Goal::met(double value, double baseline) const
{
    switch (kind) {
    case Kind::None:
        return true;
    case Kind::AtMost:
        return value <= limit;
    case Kind::RatioAtMost:
        return baseline > 0.0 && value <= limit * baseline;
    case Kind::BaselinePlus:
        return value <= baseline + limit;
    }
    return false;
}

std::string Goal::text(const std::string& unit) const
{
    std::string goal;
    switch (kind) {
    case Kind::None:
        return "";
    case Kind::AtMost:
        goal = "<= " + number(limit) + " " + unit;
        break;
    case Kind::RatioAtMost:
        goal = "<= " + number(limit) + "x";
        break;
    case Kind::BaselinePlus:
        goal = "<= base+" + number(limit) + " " + unit;
        break;
    }
    return source.empty() ? goal : goal + " (" + source + ")";
}

void printRow(const std::string& benchmark, const std::string& measure, double value, const std::string& unit,
    double baseline, const std::string& baselineName, const Goal& goal)
{
    const double ratio = baseline > 0.0 ? value / baseline : 0.0;
    const char* verdict = goal.kind == Goal::Kind::None ? "-" : (goal.met(value, baseline) ? "met" : "MISSED");
    std::printf("%-24s %-40s %12.3f %-4s %12.3f %-4s %8.2fx  vs %-38s %-6s %s\n", benchmark.c_str(), measure.c_str(),
        value, unit.c_str(), baseline, unit.c_str(), ratio, baselineName.c_str(), verdict, goal.text(unit).c_str());
    std::fflush(stdout);
}

void printGrowth(const std::string& benchmark, const std::string& measure, const std::string& unit,
    const std::vector<std::pair<int, double>>& byYears, const Goal& goal)
{
    if (byYears.size() < 2)
        return;
    const auto& [fewest, first] = byYears.front();
    const auto& [most, last] = byYears.back();
    std::string middle;
    for (std::size_t i = 1; i + 1 < byYears.size(); ++i) {
        char text[48];
        std::snprintf(text, sizeof text, "; %d y %.3f", byYears[i].first, byYears[i].second);
        middle += text;
    }
    printRow(benchmark, measure + " " + std::to_string(most) + "y/" + std::to_string(fewest) + "y", last, unit, first,
        "the same at " + std::to_string(fewest) + " y" + middle, goal);
}

} // namespace keel::bench
