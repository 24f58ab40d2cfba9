// SPDX-License-Identifier: GPL-3.0-or-later
// I/O faults: every write path (logging, a backup, a restore, creating a database, an import) is
// run again and again with FaultVfs failing its Nth xWrite, xSync, xTruncate or xDelete (and its
// Nth plain fsync() or rename()) with SQLITE_IOERR or, as a full disk does from then on,
// SQLITE_FULL. Each run must end with the failed operation reported as a Keel error with a
// message (no crash, no abort, no foreign exception), and, with the disk healthy again, files
// that open, pass integrity_check and hold every confirmed write and everything saved before.
//
//   keel_fault_test [--rounds N] [--seed S] [--path NAME] [--keep]
// --rounds N tries up to N values of the Nth for each path, operation and error (spread over
// every operation the path makes); --rounds 0 tries every one of them.
#include "core/exchange/exchangeerror.h"
#include "core/store/storeerror.h"

#include "faultvfs.h"
#include "writepaths.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <map>
#include <random>
#include <set>
#include <string>
#include <unistd.h>
#include <vector>

namespace {

using namespace keel;
using namespace keel::reliability;
namespace fs = std::filesystem;

struct Options {
    int rounds = 4;
    unsigned seed = 20261205;
    std::string only;
    bool keep = false;
};

struct Totals {
    long runs = 0;
    long failedOperations = 0; ///< The fault surfaced as a Keel error.
    long absorbed
        = 0; ///< The fault was injected but the operation still succeeded (SQLite retried or it was harmless).
    std::set<std::string> messages;
};

void copyFolder(const fs::path& from, const fs::path& to)
{
    fs::remove_all(to);
    fs::create_directories(to);
    fs::copy(from, to, fs::copy_options::recursive);
}

/// The values of N to try for an operation made `count` times: all of them, or `rounds` spread
/// over the range (always the first and the last).
std::vector<long> nthValues(long count, int rounds, std::mt19937& random)
{
    std::vector<long> values;
    if (count <= 0)
        return values;
    if (rounds <= 0 || count <= rounds) {
        for (long n = 1; n <= count; ++n)
            values.push_back(n);
        return values;
    }
    std::set<long> chosen {1, count};
    std::uniform_int_distribution<long> any(1, count);
    while (static_cast<int>(chosen.size()) < rounds)
        chosen.insert(any(random));
    return {chosen.begin(), chosen.end()};
}

std::string describe(const WritePath& path, const DiskFault& fault)
{
    return path.name + " with " + opName(fault.op) + " #" + std::to_string(fault.nth) + " failing"
        + (fault.diskFull ? " as a full disk" : " with an I/O error")
        + (fault.persistent ? ", and every one after it" : "");
}

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
            "keel_fault_test: %s\nusage: keel_fault_test [--rounds N] [--seed S] [--path NAME] [--keep]\n",
            error.what());
        return 2;
    }
    std::string pattern = (fs::temp_directory_path() / "keel-fault-XXXXXX").string();
    if (!::mkdtemp(pattern.data())) {
        std::fprintf(stderr, "keel_fault_test: cannot create a temporary folder\n");
        return 1;
    }
    const fs::path dir = pattern;
    std::printf("fault test: seed %u, folder %s\n", options.seed, dir.c_str());
    const auto start = std::chrono::steady_clock::now();
    std::string current = "setup";
    Totals totals;
    try {
        FaultVfs::install();
        const core::Catalog catalog = loadBuiltInCatalog();
        std::mt19937 random(options.seed);
        for (const WritePath& path : writePaths(catalog)) {
            if (!options.only.empty() && path.name != options.only)
                continue;
            const fs::path startFiles = dir / "start" / path.name;
            const fs::path work = dir / "work";
            fs::create_directories(startFiles);
            path.prepare(startFiles);

            current = path.name + " (uninterrupted run)";
            copyFolder(startFiles, work);
            std::vector<std::string> confirmed;
            FaultVfs::arm();
            path.run(work, [&](const std::string& line) { confirmed.push_back(line); });
            const DiskCounts counts = FaultVfs::counts();
            FaultVfs::disarm();
            if (path.verify(work, confirmed, true) != 0)
                throw Failure("an uninterrupted run left writes it did not confirm");

            long pathRuns = 0;
            for (const DiskOp op :
                {DiskOp::Write, DiskOp::Sync, DiskOp::Truncate, DiskOp::Delete, DiskOp::FileSync, DiskOp::Rename}) {
                // Once, a failing disk (every later one fails too), a full disk.
                for (const auto& [diskFull, persistent] : {std::pair {false, false}, {false, true}, {true, true}}) {
                    for (const long nth : nthValues(counts.of(op), options.rounds, random)) {
                        const DiskFault fault {op, nth, diskFull, persistent};
                        current = describe(path, fault);
                        copyFolder(startFiles, work);
                        confirmed.clear();
                        bool finished = false;
                        std::string error;
                        FaultVfs::arm(fault);
                        try {
                            path.run(work, [&](const std::string& line) { confirmed.push_back(line); });
                            finished = true;
                        } catch (const core::StoreError& failure) {
                            error = failure.what();
                        } catch (const core::ExchangeError& failure) {
                            error = failure.what();
                        } catch (const std::exception& failure) {
                            FaultVfs::disarm();
                            throw Failure(std::string("not reported as a Keel error: ") + failure.what());
                        }
                        const long injected = FaultVfs::faultsInjected();
                        FaultVfs::disarm();
                        if (!finished && error.empty())
                            throw Failure("the failure came without a message");
                        const bool named = std::any_of(path.errorMentions.begin(), path.errorMentions.end(),
                            [&](const std::string& word) { return error.find(word) != std::string::npos; });
                        if (!finished && !named)
                            throw Failure("the error does not say what failed (no \"" + path.errorMentions.front()
                                + "\" in it): " + error);
                        if (!finished && injected == 0)
                            throw Failure("the operation failed without a fault: " + error);
                        const int unconfirmed = path.verify(work, confirmed, finished);
                        // The write that failed may be there after all (its data reached the disk
                        // before the flush failed), but then the message must not promise otherwise.
                        if (unconfirmed > 1)
                            throw Failure(std::to_string(unconfirmed) + " writes are there that were never confirmed");
                        if (unconfirmed > 0 && !finished && error.find("nothing was") != std::string::npos)
                            throw Failure("the error said \"" + error + "\", yet the write is there after a restart");
                        ++totals.runs;
                        ++pathRuns;
                        if (finished && injected > 0)
                            ++totals.absorbed;
                        if (!finished) {
                            ++totals.failedOperations;
                            totals.messages.insert(error);
                        }
                    }
                }
            }
            std::printf("fault test: %-8s %4ld runs (operations in a clean run: %ld xWrite, %ld xSync, %ld xTruncate, "
                        "%ld xDelete, %ld fsync, %ld rename)\n",
                path.name.c_str(), pathRuns, counts.writes, counts.syncs, counts.truncates, counts.deletes,
                counts.fileSyncs, counts.renames);
            std::fflush(stdout);
        }
    } catch (const std::exception& error) {
        std::printf("fault test FAILED in %s: %s\n(files kept in %s)\n", current.c_str(), error.what(), dir.c_str());
        return 1;
    }
    std::printf("fault test: %ld runs in %.1f s: %ld operations failed with a Keel error, %ld faults absorbed without "
                "harm; after every run the files opened, passed integrity_check and held every confirmed write\n",
        totals.runs, std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count(),
        totals.failedOperations, totals.absorbed);
    std::printf("fault test: %zu distinct messages, for example:\n", totals.messages.size());
    int shown = 0;
    for (const std::string& message : totals.messages) {
        if (shown++ == 4)
            break;
        std::printf("  %s\n", message.c_str());
    }
    if (!options.keep) {
        std::error_code ignored;
        fs::remove_all(dir, ignored);
    }
    return 0;
}
