// SPDX-License-Identifier: GPL-3.0-or-later
// Start-up: time from starting the keel process to its first painted main window, with 1, 10 and
// 30 years of demo history (demohistories.h), and its resident memory then; next to the same figures
// for a minimal Qt Widgets window (startup_baseline: a QMainWindow with a QTableView), the two
// started in turn. Goal (issue 5): at 10 years, first paint and memory within 2x of that window.
// Both print "first-paint rss_kb=N" from their first paint and quit; the time is taken here,
// from fork to that line, so loading libraries and opening the database count.
#include "benchtable.h"
#include "demohistories.h"

#include <cstdio>

#if !defined(KEEL_APP_PATH)
// Built without the desktop app (KEEL_BUILD_GUI=OFF): nothing to start.
int main()
{
    std::printf("%-24s skipped: built without the desktop app\n", "startup");
    return 0;
}
#else

#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <stdexcept>
#include <string>
#include <sys/wait.h>
#include <unistd.h>
#include <vector>

namespace {

namespace fs = std::filesystem;

constexpr int kRuns = 11;

struct Sample {
    double milliseconds = 0.0;
    double residentMegabytes = 0.0;
};

// Runs `argv` with stdout on a pipe; returns when the probe line arrives, after reaping the child.
Sample measure(const std::vector<std::string>& argv)
{
    int pipeFds[2];
    if (::pipe(pipeFds) != 0)
        throw std::runtime_error("pipe failed");
    const auto start = std::chrono::steady_clock::now();
    const pid_t child = ::fork();
    if (child < 0)
        throw std::runtime_error("fork failed");
    if (child == 0) {
        ::dup2(pipeFds[1], STDOUT_FILENO);
        ::dup2(pipeFds[1], STDERR_FILENO); // Qt's warnings go into the error message, not the table
        ::close(pipeFds[0]);
        ::close(pipeFds[1]);
        std::vector<char*> args;
        for (const std::string& arg : argv)
            args.push_back(const_cast<char*>(arg.c_str()));
        args.push_back(nullptr);
        ::execv(args[0], args.data());
        std::_Exit(127);
    }
    ::close(pipeFds[1]);
    std::string output;
    char buffer[256];
    double elapsed = 0.0;
    while (true) {
        const ssize_t got = ::read(pipeFds[0], buffer, sizeof buffer);
        if (got <= 0)
            break;
        output.append(buffer, static_cast<std::size_t>(got));
        if (elapsed == 0.0 && output.find("first-paint") != std::string::npos)
            elapsed = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
    }
    ::close(pipeFds[0]);
    int status = 0;
    ::waitpid(child, &status, 0);
    const auto marker = output.find("first-paint rss_kb=");
    if (marker == std::string::npos || !WIFEXITED(status) || WEXITSTATUS(status) != 0)
        throw std::runtime_error(
            argv[0] + " did not report a first paint (exit status " + std::to_string(status) + "): " + output);
    const double kilobytes = std::stod(output.substr(marker + 19));
    return {elapsed, kilobytes / 1024.0};
}

} // namespace

int main(int, char** argv)
{
    using keel::bench::median;
    using keel::bench::printRow;
    using keel::bench::quantile;
    try {
        const fs::path folder = fs::absolute(argv[0]).parent_path();
        // Settings and runtime files in a throw-away home, so a developer's window state does not count.
        const fs::path home = folder / "startup-bench-home";
        fs::create_directories(home / "runtime");
        fs::permissions(home / "runtime", fs::perms::owner_all);
        for (const char* variable : {"XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME"})
            ::setenv(variable, (home / variable).c_str(), 1);
        ::setenv("XDG_RUNTIME_DIR", (home / "runtime").c_str(), 1);
        if (!std::getenv("QT_QPA_PLATFORM"))
            ::setenv("QT_QPA_PLATFORM", "offscreen", 1);

        const std::string today = keel::bench::kHistoryEnd.toString();
        const std::vector<std::string> baseline = {KEEL_BASELINE_PATH};
        std::vector<std::pair<int, double>> timeByYears;
        std::vector<std::pair<int, double>> rssByYears;
        for (const int years : keel::bench::kHistoryYears) {
            const fs::path db = keel::bench::demoHistory(
                years, home / "logbooks" / ("startup-history-" + std::to_string(years) + "y.db"));
            const std::vector<std::string> app
                = {KEEL_APP_PATH, "--db", db.string(), "--today", today, "--startup-probe"};
            // One warm-up each: the page cache, and keel's daily backup for "today".
            measure(app);
            measure(baseline);
            std::vector<double> keelRss, baseRss;
            const keel::bench::Samples times = keel::bench::interleaveMeasured(
                kRuns,
                [&] {
                    const Sample k = measure(app);
                    keelRss.push_back(k.residentMegabytes);
                    return k.milliseconds;
                },
                [&] {
                    const Sample b = measure(baseline);
                    baseRss.push_back(b.residentMegabytes);
                    return b.milliseconds;
                });
            const std::string name = "startup: " + std::to_string(years) + (years == 1 ? " year" : " years");
            timeByYears.emplace_back(years, quantile(times.keel, 0.5));
            rssByYears.emplace_back(years, median(keelRss));
            const keel::bench::Goal goal
                = years == 10 ? keel::bench::Goal::ratioAtMost(2.0, "issue 5") : keel::bench::Goal::none();
            printRow(name, "first paint p50", quantile(times.keel, 0.5), "ms", quantile(times.baseline, 0.5),
                "QMainWindow+QTableView p50", goal);
            printRow(name, "first paint p90", quantile(times.keel, 0.9), "ms", quantile(times.baseline, 0.9),
                "QMainWindow+QTableView p90");
            printRow(name, "RSS at first paint p50", median(keelRss), "MB", median(baseRss),
                "QMainWindow+QTableView p50", goal);
        }
        keel::bench::printGrowth("startup: growth", "first paint p50", "ms", timeByYears);
        keel::bench::printGrowth("startup: growth", "RSS at first paint p50", "MB", rssByYears);
    } catch (const std::exception& error) {
        std::fprintf(stderr, "startup_bench: %s\n", error.what());
        return 1;
    }
    return 0;
}

#endif
