// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace keel::gui {

/// Counted nouns written correctly ("1 walk", "3 walks", "All 1 set"). Call sites say
/// `Plural::of(tr("%n walk(s)", nullptr, n), n)`: tr() with the count lets a translation give
/// every plural form of its language; where none is loaded (English, the source language),
/// the "(s)" left in the text is resolved here by the count.
class Plural {
public:
    /// `translated` with each "(s)" dropped for a count of 1 and turned into "s" otherwise.
    static QString of(QString translated, int n);
};

} // namespace keel::gui
