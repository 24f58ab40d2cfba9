// SPDX-License-Identifier: GPL-3.0-or-later
// Crash safety, checked the hard way: start keel_kill_child, SIGKILL it at a random moment,
// and look at what is on disk. After every kill, each id the child printed (it prints only
// after COMMIT) must be in the database with every field intact, at most one unreported
// commit may appear, and integrity_check and foreign_key_check must be clean. The backup
// rounds kill the child while it copies a database of a few MB and require that the
// backup's final name only ever holds a complete, sound copy.
//
//   keel_kill_test --child PATH [--rounds N] [--backup-rounds M] [--seed S] [--max-delay-ms D] [--keep]
#include "core/store/backupfile.h"
#include "core/store/backupmanager.h"
#include "core/store/database.h"
#include "core/store/logrepository.h"

#include "killrecord.h"

#include <SQLiteCpp/Database.h>
#include <algorithm>
#include <cerrno>
#include <chrono>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fcntl.h>
#include <functional>
#include <map>
#include <optional>
#include <poll.h>
#include <random>
#include <set>
#include <sstream>
#include <stdexcept>
#include <string>
#include <sys/wait.h>
#include <unistd.h>
#include <vector>

namespace {

using namespace keel;
namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;

struct Options {
    fs::path child;
    int rounds = 60;
    int backupRounds = 50;
    unsigned seed = 20260302;
    int maxDelayMs = 30;
    bool keep = false;
};

class Failure : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

[[noreturn]] void fail(const std::string& message)
{
    throw Failure(message);
}

/// What a killed child printed, whole lines only.
struct ChildRun {
    std::vector<std::string> lines;
    bool killedBySignal = false;
    int exitCode = 0;
};

/// Starts the child, lets it run until the moment `killAt` names (or `limit` passes), then
/// SIGKILLs it. `killAt` sees the lines so far and returns nullopt until it can name the moment.
ChildRun runAndKill(const std::vector<std::string>& args,
    const std::function<std::optional<Clock::time_point>(const std::vector<std::string>&)>& killAt,
    Clock::duration limit)
{
    int fds[2];
    if (::pipe2(fds, O_CLOEXEC) != 0)
        fail("pipe failed");
    const pid_t pid = ::fork();
    if (pid < 0)
        fail("fork failed");
    if (pid == 0) {
        ::dup2(fds[1], STDOUT_FILENO);
        std::vector<char*> argv;
        for (const std::string& arg : args)
            argv.push_back(const_cast<char*>(arg.c_str()));
        argv.push_back(nullptr);
        ::execv(argv[0], argv.data());
        std::_Exit(127);
    }
    ::close(fds[1]);

    ChildRun run;
    std::string pending;
    auto takeLines = [&] {
        std::size_t newline = 0;
        while ((newline = pending.find('\n')) != std::string::npos) {
            run.lines.push_back(pending.substr(0, newline));
            pending.erase(0, newline + 1);
        }
    };
    const Clock::time_point giveUp = Clock::now() + limit;
    std::optional<Clock::time_point> deadline = killAt(run.lines);
    bool open = true;
    char buffer[4096];
    while (open) {
        const Clock::time_point stop = deadline ? std::min(*deadline, giveUp) : giveUp;
        const auto left = stop - Clock::now();
        if (left <= Clock::duration::zero())
            break;
        const auto nanos = std::chrono::duration_cast<std::chrono::nanoseconds>(left).count();
        const timespec timeout {static_cast<time_t>(nanos / 1000000000), static_cast<long>(nanos % 1000000000)};
        pollfd watch {fds[0], POLLIN, 0};
        if (::ppoll(&watch, 1, &timeout, nullptr) <= 0)
            continue;
        const ssize_t got = ::read(fds[0], buffer, sizeof buffer);
        if (got <= 0) {
            open = false; // The child ended by itself: the caller reports it.
            break;
        }
        pending.append(buffer, static_cast<std::size_t>(got));
        takeLines();
        if (!deadline)
            deadline = killAt(run.lines);
    }
    ::kill(pid, SIGKILL);
    // Lines written before the kill are still in the pipe.
    ssize_t got = 0;
    while ((got = ::read(fds[0], buffer, sizeof buffer)) > 0)
        pending.append(buffer, static_cast<std::size_t>(got));
    ::close(fds[0]);
    takeLines();
    int status = 0;
    ::waitpid(pid, &status, 0);
    run.killedBySignal = WIFSIGNALED(status) && WTERMSIG(status) == SIGKILL;
    run.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    return run;
}

std::string describe(const core::LoggedSet& set)
{
    std::ostringstream out;
    out << "id " << set.id << " " << set.date.toString() << " " << set.exerciseId << " reps " << set.reps.value_or(-1)
        << " load " << set.loadKg.value_or(-1) << " note of " << set.note.size() << " bytes";
    return out.str();
}

void requireClean(core::Database& db, const std::string& when)
{
    const core::IntegrityReport report = db.check();
    if (!report.ok)
        fail(when + ": integrity or foreign key check failed: " + report.problems.front());
}

/// Every row with id > `afterId`, checked against the token in its note.
std::map<std::int64_t, long> verifyRows(
    core::Database& db, const std::vector<std::int64_t>& items, std::int64_t afterId, const std::string& when)
{
    std::map<std::int64_t, long> tokens;
    core::LogRepository log(db);
    std::vector<std::int64_t> ids;
    {
        SQLite::Statement query(db.sql(), "SELECT id FROM logged_sets WHERE id > ? ORDER BY id");
        query.bind(1, afterId);
        while (query.executeStep())
            ids.push_back(query.getColumn(0).getInt64());
    }
    for (const std::int64_t id : ids) {
        const auto stored = log.set(id);
        const auto token = stored ? reliability::tokenOf(stored->note) : std::nullopt;
        if (!token)
            fail(when + ": row " + std::to_string(id) + " has no readable token");
        core::LoggedSet expected = reliability::setFor(*token, items);
        expected.id = id;
        if (*stored != expected)
            fail(when + ": row " + std::to_string(id) + " is not what token " + std::to_string(*token)
                + " wrote: " + describe(*stored));
        tokens[id] = *token;
    }
    return tokens;
}

struct SetsResult {
    long reported = 0;
    long unreported = 0;
};

SetsResult runSetRounds(const Options& options, const fs::path& dir, std::mt19937& random)
{
    const fs::path path = dir / "keel.db";
    fs::create_directories(dir);
    std::vector<std::int64_t> items;
    {
        auto db = core::Database::open(path, reliability::kToday);
        reliability::storePlan(*db);
        items = reliability::plannedItems(*db);
    }
    std::uniform_int_distribution<int> delayMicros(0, options.maxDelayMs * 1000);
    SetsResult result;
    std::map<long, std::int64_t> reported; // token → id, over all rounds
    std::int64_t lastId = 0;
    long nextToken = 1;
    for (int round = 1; round <= options.rounds; ++round) {
        const std::string when = "round " + std::to_string(round);
        const auto delay = std::chrono::microseconds(delayMicros(random));
        const Clock::time_point start = Clock::now();
        // Every fourth kill counts from the start, so it often hits the child while it opens the
        // database (WAL recovery, quick_check, the daily backup); the others count from its first
        // reported set and hit the logging loop anywhere, mid-commit included.
        const bool duringStartup = round % 4 == 0;
        const ChildRun run = runAndKill(
            {options.child.string(), "sets", path.string(), std::to_string(nextToken)},
            [&](const std::vector<std::string>& lines) -> std::optional<Clock::time_point> {
                if (duringStartup)
                    return start + delay;
                if (lines.empty())
                    return std::nullopt;
                return Clock::now() + delay;
            },
            std::chrono::seconds(10));
        if (!run.killedBySignal)
            fail(when + ": the child ended by itself (exit " + std::to_string(run.exitCode) + ")");

        std::map<long, std::int64_t> printed;
        for (const std::string& line : run.lines) {
            long token = 0;
            long long id = 0;
            if (std::sscanf(line.c_str(), "%ld %lld", &token, &id) != 2)
                fail(when + ": unreadable line from the child: " + line);
            printed[token] = id;
        }

        // Opening runs quick_check and WAL recovery exactly as the app would after a crash.
        auto db = core::Database::open(path, reliability::kToday);
        requireClean(*db, when);
        core::LogRepository log(*db);
        for (const auto& [token, id] : printed) {
            const auto stored = log.set(id);
            if (!stored)
                fail(when + ": set " + std::to_string(id) + " (token " + std::to_string(token)
                    + ") was reported committed but is missing");
            core::LoggedSet expected = reliability::setFor(token, items);
            expected.id = id;
            if (*stored != expected)
                fail(when + ": set " + std::to_string(id) + " differs from what was written: " + describe(*stored));
        }
        const auto fresh = verifyRows(*db, items, lastId, when);
        long unreportedThisRound = 0;
        for (const auto& [id, token] : fresh) {
            if (printed.contains(token))
                continue;
            // Killed between COMMIT and the print: only the very last write may be unreported.
            const long expectedToken = printed.empty() ? nextToken : printed.rbegin()->first + 1;
            if (token != expectedToken || ++unreportedThisRound > 1)
                fail(when + ": unexpected row " + std::to_string(id) + " with token " + std::to_string(token));
        }
        if (fresh.size() != printed.size() + static_cast<std::size_t>(unreportedThisRound))
            fail(when + ": " + std::to_string(fresh.size()) + " new rows for " + std::to_string(printed.size())
                + " reported commits");
        result.reported += static_cast<long>(printed.size());
        result.unreported += unreportedThisRound;
        reported.insert(printed.begin(), printed.end());
        if (!fresh.empty()) {
            lastId = fresh.rbegin()->first;
            nextToken = std::max(nextToken,
                std::max_element(fresh.begin(), fresh.end(), [](auto a, auto b) { return a.second < b.second; })->second
                    + 1);
        }

        // Now and then, and at the end, everything ever reported is checked again.
        if (round % 100 == 0 || round == options.rounds) {
            const auto all = verifyRows(*db, items, 0, when + " (full scan)");
            std::set<std::int64_t> ids;
            for (const auto& entry : all)
                ids.insert(entry.first);
            for (const auto& [token, id] : reported) {
                if (!ids.contains(id))
                    fail(when + ": set " + std::to_string(id) + " reported in an earlier round is gone");
            }
        }
    }
    return result;
}

struct BackupResult {
    int midBackupKills = 0;
    long completedCopies = 0;
    std::uintmax_t sourceBytes = 0;
};

BackupResult runBackupRounds(const Options& options, const fs::path& dir, std::mt19937& random)
{
    const fs::path source = dir / "source" / "keel.db";
    const fs::path outDir = dir / "out";
    // Compressed, as the daily backups are: a kill can land in the copy or in the compression.
    const fs::path copy = outDir / "keel-copy.db.zst";
    fs::create_directories(source.parent_path());
    fs::create_directories(outDir);
    int sourceSets = 0;
    Clock::duration copyTime {};
    {
        auto db = core::Database::open(source, reliability::kToday);
        std::vector<core::LoggedSet> sets;
        for (long token = 0; token < 15000; ++token) {
            core::LoggedSet set = reliability::setFor(token, {});
            set.note.resize(std::min<std::size_t>(set.note.size(), 120));
            sets.push_back(std::move(set));
        }
        core::LogRepository(*db).addSets(sets);
        sourceSets = static_cast<int>(sets.size());
        const auto start = Clock::now();
        core::BackupManager::backupTo(*db, copy);
        copyTime = Clock::now() - start;
    }
    // From here on a complete copy sits under the final name, and every killed backup tries to
    // replace it: after each kill it must still be a complete copy (the old one or the new one).
    BackupResult result;
    result.sourceBytes = fs::file_size(source);

    // Once the child has started its first copy, the kill lands anywhere in the next three copy times.
    std::uniform_int_distribution<long> delayMicros(
        0, std::chrono::duration_cast<std::chrono::microseconds>(copyTime).count() * 3);
    for (int round = 1; round <= options.backupRounds; ++round) {
        const std::string when = "backup round " + std::to_string(round);
        const auto delay = std::chrono::microseconds(delayMicros(random));
        const ChildRun run = runAndKill(
            {options.child.string(), "backup", source.string(), copy.string()},
            [&](const std::vector<std::string>& lines) -> std::optional<Clock::time_point> {
                if (lines.empty())
                    return std::nullopt;
                return Clock::now() + delay;
            },
            std::chrono::seconds(30));
        if (!run.killedBySignal)
            fail(when + ": the child ended by itself (exit " + std::to_string(run.exitCode) + ")");
        if (!run.lines.empty() && run.lines.back().starts_with("start"))
            ++result.midBackupKills;
        for (const std::string& line : run.lines)
            result.completedCopies += line.starts_with("done") ? 1 : 0;

        if (!fs::exists(copy))
            fail(when + ": the backup under its final name disappeared");
        const core::IntegrityReport report = core::BackupManager::checkBackup(copy);
        if (!report.ok)
            fail(when + ": the backup under its final name is damaged: " + report.problems.front());
        const fs::path plain = dir / "copy-check.db";
        core::backupfile::decompress(copy, plain);
        int count = 0;
        {
            SQLite::Database raw(plain);
            count = raw.execAndGet("SELECT count(*) FROM logged_sets").getInt();
        }
        fs::remove(plain);
        if (count != sourceSets)
            fail(when + ": the backup holds " + std::to_string(count) + " sets instead of "
                + std::to_string(sourceSets));
    }

    // A clean backup afterwards clears whatever the killed ones left behind.
    {
        auto db = core::Database::open(source, reliability::kToday);
        core::BackupManager::backupTo(*db, copy);
    }
    for (const auto& entry : fs::directory_iterator(outDir)) {
        if (entry.path() != copy)
            fail("a killed backup left " + entry.path().string() + " behind after the next backup");
    }
    if (result.midBackupKills < options.backupRounds / 2)
        fail("only " + std::to_string(result.midBackupKills) + " of " + std::to_string(options.backupRounds)
            + " kills landed during a backup");
    return result;
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
        if (word == "--child")
            options.child = next();
        else if (word == "--rounds")
            options.rounds = std::stoi(next());
        else if (word == "--backup-rounds")
            options.backupRounds = std::stoi(next());
        else if (word == "--seed")
            options.seed = static_cast<unsigned>(std::stoul(next()));
        else if (word == "--max-delay-ms")
            options.maxDelayMs = std::stoi(next());
        else if (word == "--keep")
            options.keep = true;
        else
            throw std::invalid_argument("unknown option " + word);
    }
    if (options.child.empty())
        throw std::invalid_argument("--child PATH is required");
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
            "keel_kill_test: %s\nusage: keel_kill_test --child PATH [--rounds N] [--backup-rounds M] [--seed S] "
            "[--max-delay-ms D] [--keep]\n",
            error.what());
        return 2;
    }
    std::string pattern = (fs::temp_directory_path() / "keel-kill-XXXXXX").string();
    if (!::mkdtemp(pattern.data())) {
        std::fprintf(stderr, "keel_kill_test: cannot create a temporary folder\n");
        return 1;
    }
    const fs::path dir = pattern;
    std::mt19937 random(options.seed);
    std::printf("kill test: seed %u, folder %s\n", options.seed, dir.c_str());
    std::fflush(stdout);
    try {
        const auto start = Clock::now();
        const SetsResult sets = runSetRounds(options, dir / "sets", random);
        const double setSeconds = std::chrono::duration<double>(Clock::now() - start).count();
        std::printf("kill test: %d rounds in %.1f s, %ld reported sets all present and intact (%ld more committed "
                    "before the kill hit the print), integrity_check and foreign_key_check clean after every kill\n",
            options.rounds, setSeconds, sets.reported, sets.unreported);
        std::fflush(stdout);
        if (options.backupRounds > 0) {
            const auto backupStart = Clock::now();
            const BackupResult backups = runBackupRounds(options, dir / "backup", random);
            std::printf("kill test: %d backup rounds of a %.1f MB database in %.1f s, %d killed mid-copy, %ld copies "
                        "completed; the final name always held a complete, sound copy\n",
                options.backupRounds, static_cast<double>(backups.sourceBytes) / 1e6,
                std::chrono::duration<double>(Clock::now() - backupStart).count(), backups.midBackupKills,
                backups.completedCopies);
        }
    } catch (const std::exception& error) {
        std::printf("kill test FAILED: %s\n(files kept in %s)\n", error.what(), dir.c_str());
        return 1;
    }
    if (!options.keep) {
        std::error_code ignored;
        fs::remove_all(dir, ignored);
    }
    return 0;
}
