// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/util/date.h"

#include <QCoreApplication>
#include <QString>

class QPagedPaintDevice;

namespace keel::gui {

class Logbook;

/// The week's plan as one printable page: each day's sessions, their items with doses, and a box
/// to tick beside each. Black text on white with ruled rows, so it reads the same in black and
/// white. File → Print week… sends it to a printer, Export week as PDF… to a file.
class WeekPrint {
    Q_DECLARE_TR_FUNCTIONS(WeekPrint)

public:
    /// The week starting on `weekStart` as HTML for a QTextDocument.
    static QString html(Logbook& logbook, core::Date weekStart);
    /// The week that holds today, starting on the profile's first day of the week.
    static core::Date currentWeekStart(const Logbook& logbook);
    /// Lays the week out on `device` (a QPrinter or a QPdfWriter), A4 or the device's page.
    static void paint(Logbook& logbook, core::Date weekStart, QPagedPaintDevice& device);
    /// Writes the week as a PDF to `path` (replacing it whole, or leaving it alone on failure);
    /// false with `error` when it cannot.
    static bool writePdf(Logbook& logbook, core::Date weekStart, const QString& path, QString* error);
};

} // namespace keel::gui
