// SPDX-License-Identifier: GPL-3.0-or-later
#include "benchtable.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace keel::bench {

std::vector<double> timeRuns(int runs, const std::function<void()>& work)
{
    std::vector<double> samples;
    samples.reserve(static_cast<std::size_t>(runs));
    for (int i = 0; i < runs; ++i) {
        const auto start = std::chrono::steady_clock::now();
        work();
        const auto end = std::chrono::steady_clock::now();
        samples.push_back(std::chrono::duration<double, std::milli>(end - start).count());
    }
    std::sort(samples.begin(), samples.end());
    return samples;
}

double quantile(const std::vector<double>& sorted, double q)
{
    if (sorted.empty())
        return 0.0;
    const double position = q * static_cast<double>(sorted.size() - 1);
    return sorted[static_cast<std::size_t>(std::lround(position))];
}

void printRow(const std::string& benchmark, const std::string& measure, double value, const std::string& unit,
    double baseline, const std::string& baselineName, const std::string& goal)
{
    const double ratio = baseline > 0.0 ? value / baseline : 0.0;
    std::printf("%-24s %-28s %12.3f %-4s %12.3f %-4s %8.2fx  vs %-28s %s\n", benchmark.c_str(), measure.c_str(), value,
        unit.c_str(), baseline, unit.c_str(), ratio, baselineName.c_str(), goal.c_str());
}

} // namespace keel::bench
