// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>

#include <optional>

class QWidget;

namespace keel::gui {

class Logbook;

/// The files File → Export… writes.
enum class ExportKind { Csv, Json, Ics };

/// Writes exports to files: the core's text for each kind, saved whole or not at all. The dialogs
/// live in ExchangeActions; this only writes, so it can be tested without one.
class LogbookFiles {
public:
    /// How many weeks of plan the calendar export holds.
    static constexpr int kCalendarWeeks = 4;

    /// The kind a file name asks for by its extension (.csv, .json, .ics); nullopt for others.
    static std::optional<ExportKind> kindOf(const QString& path);
    /// "keel-logbook.csv", "keel-backup-YYYY-MM-DD.json" or "keel-plan.ics" in the user's documents
    /// folder (the home folder when there is none).
    static QString suggestedPath(const Logbook& logbook, ExportKind kind);
    /// Writes the export to `path`; false with `error` ("PATH: reason") when it cannot. `note`, when
    /// given, gets a remark worth showing (an empty calendar).
    static bool write(Logbook& logbook, ExportKind kind, const QString& path, QString* error, QString* note = nullptr);
};

/// The File menu's import, export and print commands with their dialogs, for the main window.
class ExchangeActions final : public QObject {
    Q_OBJECT
public:
    ExchangeActions(Logbook& logbook, QWidget* window);

    /// Asks for a file, then importPath().
    void importFile();
    /// Shows the preview of `path` and, when the user confirms, imports it as one undo step.
    void importPath(const QString& path);
    /// Asks where to save and in which format (csv, json, ics), then writes it.
    void exportLogbook();
    /// Prints the current week through the print dialog.
    void printWeek();
    /// Asks where to save, then writes the current week as a PDF.
    void exportWeekPdf();

private:
    Logbook& m_logbook;
    QWidget* m_window;
};

} // namespace keel::gui
