// SPDX-License-Identifier: GPL-3.0-or-later
// The victim of the kill test. It writes through the real core API in an endless loop and
// reports each write only after it returned, so the parent knows what must have survived.
//
//   keel_kill_child sets DB FIRST_TOKEN    logs sets, printing "TOKEN ID" after each commit
//   keel_kill_child backup DB DESTINATION  backs DB up to DESTINATION again and again,
//                                          printing "start N" before and "done N" after each copy
#include "core/store/backupmanager.h"
#include "core/store/database.h"
#include "core/store/logrepository.h"

#include "killrecord.h"

#include <cstdio>
#include <cstring>
#include <exception>
#include <string>
#include <unistd.h>

namespace {

using namespace keel;

/// One unbuffered write: a line under PIPE_BUF arrives whole or not at all.
void report(const std::string& line)
{
    const std::string text = line + "\n";
    if (::write(STDOUT_FILENO, text.data(), text.size()) != static_cast<ssize_t>(text.size()))
        std::_Exit(3);
}

int logSets(const std::filesystem::path& path, long firstToken)
{
    auto db = core::Database::open(path, reliability::kToday);
    core::LogRepository log(*db);
    const std::vector<std::int64_t> items = reliability::plannedItems(*db);
    for (long token = firstToken;; ++token) {
        const std::int64_t id = log.addSet(reliability::setFor(token, items));
        report(std::to_string(token) + " " + std::to_string(id));
    }
}

int backUp(const std::filesystem::path& path, const std::filesystem::path& destination)
{
    auto db = core::Database::open(path, reliability::kToday);
    for (long round = 0;; ++round) {
        report("start " + std::to_string(round));
        core::BackupManager::backupTo(*db, destination);
        report("done " + std::to_string(round));
    }
}

} // namespace

int main(int argc, char** argv)
{
    if (argc != 4) {
        std::fprintf(stderr, "usage: keel_kill_child sets DB FIRST_TOKEN | backup DB DESTINATION\n");
        return 2;
    }
    try {
        if (std::strcmp(argv[1], "sets") == 0)
            return logSets(argv[2], std::stol(argv[3]));
        if (std::strcmp(argv[1], "backup") == 0)
            return backUp(argv[2], argv[3]);
    } catch (const std::exception& error) {
        std::fprintf(stderr, "keel_kill_child: %s\n", error.what());
        return 1;
    }
    std::fprintf(stderr, "keel_kill_child: unknown mode %s\n", argv[1]);
    return 2;
}
