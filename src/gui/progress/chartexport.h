// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <Qt>

class QAbstractItemModel;
class QImage;

namespace keel::gui {

/// Writes what a Progress chart shows to files: its table as CSV, its picture as PNG. The file
/// dialogs live in the panel; these only write, so they can be tested without a dialog.
class ChartExport {
public:
    /// A cell as a file keeps it (ISO dates, "." decimals, no grouping), where the display text
    /// follows the desktop's locale. A model that does not answer it is written as displayed.
    static constexpr int FileTextRole = Qt::UserRole + 40;

    /// The model's header and cell texts (FileTextRole, else DisplayRole) as RFC 4180 CSV (comma
    /// separated, CRLF, quoted when needed).
    static QString toCsv(const QAbstractItemModel& model);
    /// Writes toCsv(model) as UTF-8 to `path` atomically; on failure returns false and sets `error`.
    static bool writeCsv(const QAbstractItemModel& model, const QString& path, QString* error);
    /// Writes `image` as PNG to `path` atomically; on failure returns false and sets `error`.
    static bool writePng(const QImage& image, const QString& path, QString* error);
};

} // namespace keel::gui
