// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <map>
#include <optional>
#include <set>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace keel::cli {

/// A command-line mistake; main() prints its message as the one-line error.
class UsageError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

/// Options (`--name value`, `--flag`) and positional words after the command words.
/// Every option must be consumed by the command; leftovers are reported as unknown.
class Arguments {
public:
    /// `flags` names the options that take no value (e.g. "json").
    Arguments(const std::vector<std::string>& words, const std::set<std::string, std::less<>>& flags);

    const std::vector<std::string>& positional() const { return m_positional; }
    bool flag(std::string_view name);
    std::optional<std::string> value(std::string_view name);
    /// An integer option within [min, max]; throws UsageError naming the option and value otherwise.
    std::optional<int> integer(std::string_view name, int min, int max);
    /// A decimal option within [min, max]; throws UsageError naming the option and value otherwise.
    std::optional<double> number(std::string_view name, double min, double max);
    /// Throws UsageError when an option was given that no one asked for.
    void expectAllUsed() const;

private:
    std::map<std::string, std::string, std::less<>> m_values;
    std::set<std::string, std::less<>> m_flags;
    std::set<std::string, std::less<>> m_used;
    std::vector<std::string> m_positional;
};

} // namespace keel::cli
