// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstddef>
#include <stdexcept>
#include <string>

namespace keel::core {

/// A file that cannot be imported, with the line where reading stopped (0: the file as a whole).
/// Nothing is written when one is thrown.
class ExchangeError final : public std::runtime_error {
public:
    ExchangeError(std::size_t line, const std::string& reason)
        : std::runtime_error(line > 0 ? "line " + std::to_string(line) + ": " + reason : reason)
        , m_line(line)
        , m_reason(reason)
    { }

    std::size_t line() const { return m_line; }
    const std::string& reason() const { return m_reason; }
    /// "FILE:LINE: reason" (or "FILE: reason"), the one-line error a user acts on.
    std::string located(const std::string& file) const
    {
        return file + (m_line > 0 ? ":" + std::to_string(m_line) : std::string()) + ": " + m_reason;
    }

private:
    std::size_t m_line;
    std::string m_reason;
};

} // namespace keel::core
