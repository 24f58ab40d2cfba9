// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/exchange/exchangeactions.h"

#include "core/exchange/exchangeerror.h"
#include "core/exchange/jsonbackup.h"
#include "core/exchange/logbookexport.h"
#include "core/store/database.h"
#include "gui/commands/importcommand.h"
#include "gui/commands/undopush.h"
#include "gui/common/errorwords.h"
#include "gui/common/userfolders.h"
#include "gui/exchange/importdialog.h"
#include "gui/exchange/weekprint.h"
#include "gui/logbook.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrinter>
#include <QSaveFile>

#include <exception>

namespace keel::gui {

namespace {

QString isoDate(core::Date date)
{
    return QString::fromStdString(date.toString());
}

} // namespace

std::optional<ExportKind> LogbookFiles::kindOf(const QString& path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("csv"))
        return ExportKind::Csv;
    if (suffix == QLatin1String("json"))
        return ExportKind::Json;
    if (suffix == QLatin1String("ics"))
        return ExportKind::Ics;
    return std::nullopt;
}

QString LogbookFiles::suggestedPath(const Logbook& logbook, ExportKind kind)
{
    QString name;
    switch (kind) {
    case ExportKind::Csv:
        name = QStringLiteral("keel-logbook.csv");
        break;
    case ExportKind::Json:
        name = QStringLiteral("keel-backup-%1.json").arg(isoDate(logbook.today()));
        break;
    case ExportKind::Ics:
        name = QStringLiteral("keel-plan.ics");
        break;
    }
    return QDir(UserFolders::documents()).filePath(name);
}

bool LogbookFiles::write(Logbook& logbook, ExportKind kind, const QString& path, QString* error, QString* note)
{
    std::string text;
    try {
        switch (kind) {
        case ExportKind::Csv:
            text = core::LogbookExport::csv(logbook.database(), logbook.catalog());
            break;
        case ExportKind::Json:
            // The user's catalog.d lives beside the database, as the app loads it.
            text = core::JsonBackup::write(logbook.database(), logbook.database().path().parent_path() / "catalog.d");
            break;
        case ExportKind::Ics: {
            auto calendar = core::LogbookExport::ics(
                logbook.database(), logbook.catalog(), logbook.today(), kCalendarWeeks, std::nullopt);
            if (calendar.empty && note)
                *note = QObject::tr("Nothing is planned from %1 to %2; the calendar is empty.")
                            .arg(isoDate(calendar.from), isoDate(calendar.to));
            text = std::move(calendar.text);
            break;
        }
        }
    } catch (const core::ExchangeError& failure) {
        *error = ImportDialog::fileError(path, failure);
        return false;
    } catch (const std::exception& failure) {
        *error = QStringLiteral("%1: %2").arg(path, ErrorWords::text(failure, &logbook.catalog()));
        return false;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(text.data(), static_cast<qint64>(text.size())) < 0
        || !file.commit()) {
        *error = QObject::tr("%1: cannot be written: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

ExchangeActions::ExchangeActions(Logbook& logbook, QWidget* window)
    : QObject(window)
    , m_logbook(logbook)
    , m_window(window)
{ }

void ExchangeActions::importFile()
{
    const QString path = QFileDialog::getOpenFileName(m_window, tr("Import"), UserFolders::documents(),
        tr("Exports from Strong, Hevy, FitNotes or a watch (*.csv *.gpx);;All files (*)"));
    if (!path.isEmpty())
        importPath(path);
}

void ExchangeActions::importPath(const QString& path)
{
    std::string text;
    QString error;
    if (!ImportDialog::readFile(path, text, &error)) {
        QMessageBox::warning(m_window, tr("Not imported"), error);
        return;
    }
    try {
        ImportDialog dialog(m_logbook, path, std::move(text), m_window);
        if (dialog.exec() != QDialog::Accepted || !dialog.canImport())
            return;
        UndoPush::pushOrWarn(m_logbook,
            new ImportCommand(m_logbook, dialog.plan().batch, dialog.chosenMappings(), QFileInfo(path).fileName()),
            m_window);
    } catch (const std::exception& failure) {
        // The remembered mappings could not be read: nothing was written.
        QMessageBox::warning(m_window, tr("Not imported"), ErrorWords::text(failure, &m_logbook.catalog()));
    }
}

void ExchangeActions::exportLogbook()
{
    const QString csv = tr("Logbook for a spreadsheet (*.csv)");
    const QString json = tr("Complete Keel backup (*.json)");
    const QString ics = tr("Plan of the next %1 weeks for a calendar (*.ics)").arg(LogbookFiles::kCalendarWeeks);
    QString filter = csv;
    const QString path
        = QFileDialog::getSaveFileName(m_window, tr("Export"), LogbookFiles::suggestedPath(m_logbook, ExportKind::Csv),
            QStringList {csv, json, ics}.join(QStringLiteral(";;")), &filter);
    if (path.isEmpty())
        return;
    // The extension the user typed wins; without one, the chosen filter says what to write.
    QString target = path;
    std::optional<ExportKind> kind = LogbookFiles::kindOf(path);
    if (!kind) {
        kind = filter == json ? ExportKind::Json : filter == ics ? ExportKind::Ics : ExportKind::Csv;
        if (QFileInfo(path).suffix().isEmpty())
            target += kind == ExportKind::Json ? QStringLiteral(".json")
                : kind == ExportKind::Ics      ? QStringLiteral(".ics")
                                               : QStringLiteral(".csv");
    }
    QString error;
    QString note;
    if (!LogbookFiles::write(m_logbook, *kind, target, &error, &note)) {
        QMessageBox::warning(m_window, tr("Not exported"), error);
        return;
    }
    m_logbook.reportNotice(note.isEmpty() ? tr("Exported to %1").arg(QDir::toNativeSeparators(target)) : note);
}

void ExchangeActions::printWeek()
{
    QPrinter printer;
    printer.setDocName(tr("Keel week"));
    QPrintDialog dialog(&printer, m_window);
    dialog.setWindowTitle(tr("Print week"));
    if (dialog.exec() != QDialog::Accepted)
        return;
    WeekPrint::paint(m_logbook, WeekPrint::currentWeekStart(m_logbook), printer);
}

void ExchangeActions::exportWeekPdf()
{
    const core::Date weekStart = WeekPrint::currentWeekStart(m_logbook);
    const QString suggested
        = QDir(UserFolders::documents()).filePath(QStringLiteral("keel-week-%1.pdf").arg(isoDate(weekStart)));
    QString path = QFileDialog::getSaveFileName(m_window, tr("Export week as PDF"), suggested, tr("PDF (*.pdf)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".pdf");
    QString error;
    if (!WeekPrint::writePdf(m_logbook, weekStart, path, &error)) {
        QMessageBox::warning(m_window, tr("Not exported"), error);
        return;
    }
    m_logbook.reportNotice(tr("Week saved as %1").arg(QDir::toNativeSeparators(path)));
}

} // namespace keel::gui
