// SPDX-License-Identifier: GPL-3.0-or-later
#include "support/tempdir.h"

#include <cstdlib>
#include <fstream>
#include <random>
#include <sstream>
#include <stdexcept>
#include <sys/wait.h>
#include <unistd.h>

namespace keel::test {

TempDir::TempDir()
{
    std::random_device device;
    const auto base = std::filesystem::temp_directory_path();
    for (int attempt = 0; attempt < 100; ++attempt) {
        auto candidate = base / ("keel-test-" + std::to_string(::getpid()) + "-" + std::to_string(device()));
        if (std::filesystem::create_directory(candidate)) {
            m_path = candidate;
            return;
        }
    }
    throw std::runtime_error("could not create a temporary folder");
}

TempDir::~TempDir()
{
    std::error_code ec;
    std::filesystem::remove_all(m_path, ec);
}

void writeFile(const std::filesystem::path& path, const std::string& text)
{
    if (path.has_parent_path())
        std::filesystem::create_directories(path.parent_path());
    std::ofstream out(path, std::ios::binary);
    out << text;
}

std::string readFile(const std::filesystem::path& path)
{
    std::ifstream in(path, std::ios::binary);
    std::ostringstream buffer;
    buffer << in.rdbuf();
    return buffer.str();
}

namespace {

std::string shellQuote(const std::string& word)
{
    std::string quoted = "'";
    for (char c : word) {
        if (c == '\'')
            quoted += "'\\''";
        else
            quoted += c;
    }
    return quoted + "'";
}

} // namespace

namespace {

CliResult runCliWith(const std::string& prefix, const std::vector<std::string>& args)
{
    const char* cli = std::getenv("KEEL_CLI");
    if (!cli)
        throw std::runtime_error("KEEL_CLI is not set (run the tests through ctest)");
    TempDir scratch;
    std::string command = prefix + shellQuote(cli);
    for (const std::string& arg : args)
        command += " " + shellQuote(arg);
    command += " >" + shellQuote((scratch / "out").string()) + " 2>" + shellQuote((scratch / "err").string());
    const int status = std::system(command.c_str());
    CliResult result;
    result.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    result.out = readFile(scratch / "out");
    result.err = readFile(scratch / "err");
    return result;
}

} // namespace

CliResult runCli(const std::vector<std::string>& args)
{
    return runCliWith({}, args);
}

CliResult runCliUnprivileged(const std::vector<std::string>& args)
{
    return runCliWith(::geteuid() == 0 ? "setpriv --reuid=65534 --regid=65534 --clear-groups " : "", args);
}

} // namespace keel::test
