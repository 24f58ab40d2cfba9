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
class UsageError final : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

/// The options and words one verb was given, as typed (CLI11 has already refused options the verb
/// does not take), and their conversion to Keel's values with errors that name option and value.
class Arguments {
public:
    Arguments() = default;
    /// `values` maps option names without the dashes to their text; `flags` names the flags given.
    Arguments(std::map<std::string, std::string, std::less<>> values, std::set<std::string, std::less<>> flags,
        std::vector<std::string> positional);

    const std::vector<std::string>& positional() const { return m_positional; }
    bool flag(std::string_view name) const;
    std::optional<std::string> value(std::string_view name) const;
    /// An integer option within [min, max]; throws UsageError naming the option and value otherwise.
    std::optional<int> integer(std::string_view name, int min, int max) const;
    /// A decimal option within [min, max]; throws UsageError naming the option and value otherwise.
    std::optional<double> number(std::string_view name, double min, double max) const;

private:
    std::map<std::string, std::string, std::less<>> m_values;
    std::set<std::string, std::less<>> m_flags;
    std::vector<std::string> m_positional;
};

} // namespace keel::cli
