// SPDX-License-Identifier: GPL-3.0-or-later
// Start-up: time from starting the keel process to its first painted main window, with a
// ten-year history, and its resident memory then; next to the same figures for a minimal Qt
// Widgets window (startup_baseline: a QMainWindow with a QTableView) measured in the same run.
// Both print "first-paint rss_kb=N" from their first paint and quit; the time is taken here,
// from fork to that line, so loading libraries and opening the database count.
#include "benchtable.h"

#include <cstdio>

#if !defined(KEEL_APP_PATH)
// Built without the desktop app (KEEL_BUILD_GUI=OFF): nothing to start.
int main()
{
    std::printf("%-24s skipped: built without the desktop app\n", "startup");
    return 0;
}
#else

#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <stdexcept>
#include <string>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>
#include <vector>

namespace {

namespace fs = std::filesystem;

constexpr int kRuns = 21;
constexpr int kHistoryWeeks = 520;
constexpr auto kToday = "2026-03-11";

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

std::vector<double> sorted(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values;
}

bool newerThan(const fs::path& a, const fs::path& b)
{
    std::error_code error;
    return fs::exists(a) && fs::last_write_time(a, error) >= fs::last_write_time(b, error);
}

// The ten-year database is slow to write (every week is planned and reviewed), so it is kept
// beside this binary and rebuilt only when keel-demo is newer.
fs::path historyDatabase(const fs::path& folder)
{
    const fs::path db = folder / "startup-history-10y.db";
    if (newerThan(db, KEEL_DEMO_PATH))
        return db;
    fs::remove(db);
    fs::remove_all(folder / "backups");
    const std::string command = std::string(KEEL_DEMO_PATH) + " --db '" + db.string() + "' --weeks "
        + std::to_string(kHistoryWeeks) + " --end " + kToday + " --seed 10 >&2";
    std::fprintf(stderr, "startup_bench: writing a %d-week history (once)…\n", kHistoryWeeks);
    if (std::system(command.c_str()) != 0)
        throw std::runtime_error("keel-demo failed");
    return db;
}

} // namespace

int main(int, char** argv)
{
    using keel::bench::printRow;
    using keel::bench::quantile;
    try {
        const fs::path folder = fs::absolute(argv[0]).parent_path();
        const fs::path db = historyDatabase(folder);
        // Settings and runtime files in a throw-away home, so a developer's window state does not count.
        const fs::path home = folder / "startup-bench-home";
        fs::create_directories(home / "runtime");
        fs::permissions(home / "runtime", fs::perms::owner_all);
        for (const char* variable : {"XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME"})
            ::setenv(variable, (home / variable).c_str(), 1);
        ::setenv("XDG_RUNTIME_DIR", (home / "runtime").c_str(), 1);
        if (!std::getenv("QT_QPA_PLATFORM"))
            ::setenv("QT_QPA_PLATFORM", "offscreen", 1);

        const std::vector<std::string> keel
            = {KEEL_APP_PATH, "--db", db.string(), "--today", kToday, "--startup-probe"};
        const std::vector<std::string> baseline = {KEEL_BASELINE_PATH};
        // One warm-up each: the page cache, and keel's daily backup for "today".
        measure(keel);
        measure(baseline);
        std::vector<double> keelTimes, keelRss, baseTimes, baseRss;
        for (int run = 0; run < kRuns; ++run) {
            const Sample k = measure(keel);
            const Sample b = measure(baseline);
            keelTimes.push_back(k.milliseconds);
            keelRss.push_back(k.residentMegabytes);
            baseTimes.push_back(b.milliseconds);
            baseRss.push_back(b.residentMegabytes);
        }
        const auto kt = sorted(keelTimes), bt = sorted(baseTimes), kr = sorted(keelRss), br = sorted(baseRss);
        printRow("startup", "first paint, 10 y (median)", quantile(kt, 0.5), "ms", quantile(bt, 0.5),
            "QMainWindow+QTableView", "<= 2x");
        printRow("startup", "first paint, 10 y (p90)", quantile(kt, 0.9), "ms", quantile(bt, 0.9),
            "QMainWindow+QTableView", "<= 2x");
        printRow("startup", "RSS at first paint", quantile(kr, 0.5), "MB", quantile(br, 0.5), "QMainWindow+QTableView",
            "<= 2x");
    } catch (const std::exception& error) {
        std::fprintf(stderr, "startup_bench: %s\n", error.what());
        return 1;
    }
    return 0;
}

#endif
