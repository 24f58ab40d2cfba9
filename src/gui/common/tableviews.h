// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QTableView;

namespace keel::gui {

/// Shared look of the read-only tables (catalog, history, equipment).
class TableViews {
public:
    /// Rows as tall as one line of text plus a little air, whatever the style's default; no row
    /// numbers; single-line cells.
    static void makeCompact(QTableView* view);
};

} // namespace keel::gui
