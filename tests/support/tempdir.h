// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <filesystem>
#include <string>
#include <vector>

namespace keel::test {

/// A fresh folder under the system temp dir, removed with everything in it on destruction.
class TempDir {
public:
    TempDir();
    ~TempDir();
    TempDir(const TempDir&) = delete;
    TempDir& operator=(const TempDir&) = delete;

    const std::filesystem::path& path() const { return m_path; }
    std::filesystem::path operator/(const std::string& name) const { return m_path / name; }

private:
    std::filesystem::path m_path;
};

/// Writes `text` to `path`, creating parent folders.
void writeFile(const std::filesystem::path& path, const std::string& text);
/// Reads a whole file as bytes.
std::string readFile(const std::filesystem::path& path);

/// What running keel-cli produced.
struct CliResult {
    int exitCode = 0;
    std::string out;
    std::string err;
};

/// Runs the built keel-cli (path from $KEEL_CLI) with `args` (shell-quoted for you).
CliResult runCli(const std::vector<std::string>& args);
/// Like runCli(), but when the tests run as root keel-cli runs as the user nobody (through
/// util-linux's setpriv), so that file modes apply to it: root may write to a read-only file.
CliResult runCliUnprivileged(const std::vector<std::string>& args);

} // namespace keel::test
