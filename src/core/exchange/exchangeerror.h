// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/reason.h"

#include <cstddef>
#include <stdexcept>
#include <string>
#include <utility>

namespace keel::core {

/// A file that cannot be imported, with the line where reading stopped (0: the file as a whole).
/// Its reason is a code with values, so a front end words it in its own language; what() is its
/// English. Nothing is written when one is thrown.
class ExchangeError final : public std::runtime_error {
public:
    ExchangeError(std::size_t line, Reason reason)
        : std::runtime_error(line > 0 ? "line " + std::to_string(line) + ": " + reason.text() : reason.text())
        , m_line(line)
        , m_reason(std::move(reason))
    { }

    std::size_t line() const { return m_line; }
    /// What is wrong, without the line.
    const Reason& reason() const { return m_reason; }
    /// "FILE:LINE: reason" (or "FILE: reason") in English, the one-line error a user acts on.
    std::string located(const std::string& file) const
    {
        return file + (m_line > 0 ? ":" + std::to_string(m_line) : std::string()) + ": " + m_reason.text();
    }

private:
    std::size_t m_line;
    Reason m_reason;
};

} // namespace keel::core
