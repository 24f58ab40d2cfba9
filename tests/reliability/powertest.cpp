// SPDX-License-Identifier: GPL-3.0-or-later
// Power loss, emulated: each round copies the starting files of one write path (logging, a
// backup, a restore, creating a database, an import), forks, and lets the child run Keel's real
// calls through FaultVfs with the power cut at a random disk operation: the child undoes every
// write that was not synced (or keeps a random prefix of them) and ends on the spot. The parent
// then opens the files as the app would and requires integrity, every confirmed write, and
// backups and restored files that are the old file or the new one, whole.
//
//   keel_power_test [--rounds N] [--seed S] [--path NAME] [--keep]
#include "faultvfs.h"
#include "writepaths.h"

#include <chrono>
#include <cstdio>
#include <cstring>
#include <map>
#include <random>
#include <string>
#include <sys/wait.h>
#include <unistd.h>
#include <vector>

namespace {

using namespace keel;
using namespace keel::reliability;
namespace fs = std::filesystem;

struct Options {
    int rounds = 150;
    unsigned seed = 20261205;
    std::string only;
    bool keep = false;
};

/// One unbuffered line to the parent: a line under PIPE_BUF arrives whole or not at all.
void send(int fd, const std::string& line)
{
    const std::string text = line + "\n";
    if (::write(fd, text.data(), text.size()) != static_cast<ssize_t>(text.size()))
        std::_Exit(3);
}

struct ChildResult {
    std::vector<std::string> lines;
    int status = 0;
};

/// Runs `work` in a child process that reports through `send`; returns its lines and exit status.
ChildResult inChild(const std::function<void(int fd)>& work)
{
    int fds[2];
    if (::pipe(fds) != 0)
        throw std::runtime_error("pipe failed");
    std::fflush(stdout);
    const pid_t pid = ::fork();
    if (pid < 0)
        throw std::runtime_error("fork failed");
    if (pid == 0) {
        ::close(fds[0]);
        try {
            work(fds[1]);
        } catch (const std::exception& error) {
            send(fds[1], std::string("error ") + error.what());
            std::_Exit(1);
        }
        std::_Exit(0);
    }
    ::close(fds[1]);
    ChildResult result;
    std::string text;
    char buffer[4096];
    ssize_t got = 0;
    while ((got = ::read(fds[0], buffer, sizeof buffer)) > 0)
        text.append(buffer, static_cast<std::size_t>(got));
    ::close(fds[0]);
    ::waitpid(pid, &result.status, 0);
    std::size_t start = 0;
    for (std::size_t end; (end = text.find('\n', start)) != std::string::npos; start = end + 1)
        result.lines.push_back(text.substr(start, end - start));
    return result;
}

void copyFolder(const fs::path& from, const fs::path& to)
{
    fs::remove_all(to);
    fs::create_directories(to);
    fs::copy(from, to, fs::copy_options::recursive);
}

struct PathStats {
    long events = 0; ///< Disk operations in an uninterrupted run.
    std::vector<long> barriers; ///< Which of them are syncs, truncations, deletions and renames.
    int afterEnd = 0; ///< Rounds cut right after the operation returned.
    int rounds = 0;
    int cut = 0; ///< Rounds that ended in a power cut (the others finished first).
    int keptPrefix = 0;
    long confirmed = 0;
};

Options parseOptions(int argc, char** argv)
{
    Options options;
    for (int i = 1; i < argc; ++i) {
        const std::string word = argv[i];
        auto next = [&]() -> std::string {
            if (i + 1 >= argc)
                throw std::invalid_argument(word + " needs a value");
            return argv[++i];
        };
        if (word == "--rounds")
            options.rounds = std::stoi(next());
        else if (word == "--seed")
            options.seed = static_cast<unsigned>(std::stoul(next()));
        else if (word == "--path")
            options.only = next();
        else if (word == "--keep")
            options.keep = true;
        else
            throw std::invalid_argument("unknown option " + word);
    }
    return options;
}

} // namespace

int main(int argc, char** argv)
{
    Options options;
    try {
        options = parseOptions(argc, argv);
    } catch (const std::exception& error) {
        std::fprintf(stderr,
            "keel_power_test: %s\nusage: keel_power_test [--rounds N] [--seed S] [--path NAME] [--keep]\n",
            error.what());
        return 2;
    }
    std::string pattern = (fs::temp_directory_path() / "keel-power-XXXXXX").string();
    if (!::mkdtemp(pattern.data())) {
        std::fprintf(stderr, "keel_power_test: cannot create a temporary folder\n");
        return 1;
    }
    const fs::path dir = pattern;
    std::printf("power test: seed %u, folder %s\n", options.seed, dir.c_str());
    const auto start = std::chrono::steady_clock::now();
    std::string current = "setup";
    try {
        FaultVfs::install();
        const core::Catalog catalog = loadBuiltInCatalog();
        std::vector<WritePath> paths;
        for (WritePath& path : writePaths(catalog)) {
            if (options.only.empty() || path.name == options.only)
                paths.push_back(std::move(path));
        }
        if (paths.empty())
            throw std::invalid_argument("no write path is called " + options.only);

        // Starting files, and how many disk operations each path makes when nothing goes wrong.
        std::map<std::string, PathStats> stats;
        for (const WritePath& path : paths) {
            current = path.name + " (uninterrupted run)";
            const fs::path startFiles = dir / "start" / path.name;
            fs::create_directories(startFiles);
            path.prepare(startFiles);
            const fs::path work = dir / "work";
            copyFolder(startFiles, work);
            const ChildResult run = inChild([&](int fd) {
                FaultVfs::arm();
                path.run(work, [fd](const std::string& line) { send(fd, line); });
                std::string kinds;
                for (const DiskOp op : FaultVfs::history())
                    kinds += op == DiskOp::Write ? 'w' : 'o';
                send(fd, "events " + kinds);
            });
            if (run.status != 0 || run.lines.empty() || !run.lines.back().starts_with("events "))
                throw Failure("the uninterrupted run failed: " + (run.lines.empty() ? "" : run.lines.back()));
            const std::string kinds = run.lines.back().substr(7);
            stats[path.name].events = static_cast<long>(kinds.size());
            for (std::size_t i = 0; i < kinds.size(); ++i) {
                if (kinds[i] != 'w')
                    stats[path.name].barriers.push_back(static_cast<long>(i + 1));
            }
            std::vector<std::string> confirmed(run.lines.begin(), run.lines.end() - 1);
            if (path.verify(work, confirmed, true) != 0)
                throw Failure("an uninterrupted run left writes it did not confirm");
        }

        std::mt19937 random(options.seed);
        for (int round = 1; round <= options.rounds; ++round) {
            const WritePath& path = paths[static_cast<std::size_t>(round - 1) % paths.size()];
            PathStats& stat = stats[path.name];
            PowerCut cut;
            // Half the cuts land on any operation; a quarter on a sync, truncation, deletion or rename,
            // where the order of durable steps matters most; a quarter right after the operation
            // returned, when everything it confirmed must be on the disk already.
            const auto kind = static_cast<unsigned>(random() % 4);
            if (kind <= 1 || stat.barriers.empty())
                cut.atEvent = std::uniform_int_distribution<long>(1, stat.events)(random);
            else if (kind == 2)
                cut.atEvent
                    = stat.barriers[std::uniform_int_distribution<std::size_t>(0, stat.barriers.size() - 1)(random)];
            else
                cut.atEvent = stat.events + 1;
            cut.seed = static_cast<unsigned>(random());
            cut.keepPrefix = random() % 2 == 0;
            const fs::path work = dir / "work";
            cut.root = work;
            current = path.name + " round " + std::to_string(round) + " (cut at operation "
                + std::to_string(cut.atEvent) + " of " + std::to_string(stat.events)
                + (cut.keepPrefix ? ", keeping a prefix)" : ")");
            copyFolder(dir / "start" / path.name, work);
            ChildResult run = inChild([&](int fd) {
                FaultVfs::arm(cut);
                path.run(work, [fd](const std::string& line) { send(fd, line); });
                send(fd, "finished");
                FaultVfs::cutNow();
            });
            const bool finished = !run.lines.empty() && run.lines.back() == "finished";
            if (finished)
                run.lines.pop_back();
            const bool wasCut = WIFEXITED(run.status) && WEXITSTATUS(run.status) == cut.exitCode;
            if (!wasCut)
                throw Failure("the child failed instead of running to the cut: "
                    + (run.lines.empty() ? "exit status " + std::to_string(run.status) : run.lines.back()));
            // Only the write in flight at the cut may be there unconfirmed.
            if (const int unconfirmed = path.verify(work, run.lines, finished); unconfirmed > 1)
                throw Failure(std::to_string(unconfirmed) + " writes are there that were never confirmed");
            ++stat.rounds;
            stat.cut += finished ? 0 : 1;
            stat.afterEnd += finished ? 1 : 0;
            stat.keptPrefix += cut.keepPrefix ? 1 : 0;
            stat.confirmed += static_cast<long>(run.lines.size());
        }
        for (const auto& [name, stat] : stats) {
            std::printf("power test: %-8s %4d rounds: %4d cut mid-operation, %4d right after it returned (%d keeping a "
                        "prefix of the unsynced writes); %ld confirmations checked; %ld disk operations per run\n",
                name.c_str(), stat.rounds, stat.cut, stat.afterEnd, stat.keptPrefix, stat.confirmed, stat.events);
        }
    } catch (const std::exception& error) {
        std::printf("power test FAILED in %s: %s\n(files kept in %s)\n", current.c_str(), error.what(), dir.c_str());
        return 1;
    }
    std::printf("power test: %d rounds in %.1f s; after every cut the files opened, passed integrity_check and held "
                "every confirmed write\n",
        options.rounds, std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count());
    if (!options.keep) {
        std::error_code ignored;
        fs::remove_all(dir, ignored);
    }
    return 0;
}
