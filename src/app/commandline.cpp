// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/commandline.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QStandardPaths>

namespace keel::app {

std::filesystem::path CommandLine::defaultDatabasePath()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return std::filesystem::path(QDir(folder).filePath(QStringLiteral("keel.db")).toStdString());
}

bool CommandLine::onlyPrints(int argc, const char* const* argv)
{
    for (int i = 1; i < argc; ++i) {
        const QLatin1String word(argv[i]);
        // The value of an option is not an option: `--db --help` names a file.
        if (word == QLatin1String("--db") || word == QLatin1String("--today") || word == QLatin1String("--palette")
            || word == QLatin1String("--screenshot-dir")) {
            ++i;
            continue;
        }
        if (word == QLatin1String("--help") || word == QLatin1String("-h") || word == QLatin1String("--help-all")
            || word == QLatin1String("--version") || word == QLatin1String("-v"))
            return true;
    }
    return false;
}

StartupOptions CommandLine::parse(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("CommandLine", "Keel: a weekly planner for long-term back health."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption db(QStringLiteral("db"),
        QCoreApplication::translate("CommandLine", "Use the database at <path> instead of the default."),
        QStringLiteral("path"));
    QCommandLineOption today(QStringLiteral("today"),
        QCoreApplication::translate("CommandLine", "Pretend today is <date> (YYYY-MM-DD)."), QStringLiteral("date"));
    today.setFlags(QCommandLineOption::HiddenFromHelp);
    QCommandLineOption screenshots(QStringLiteral("screenshot-dir"),
        QCoreApplication::translate("CommandLine", "Save a PNG of every pane into <dir> and quit."),
        QStringLiteral("dir"));
    screenshots.setFlags(QCommandLineOption::HiddenFromHelp);
    const QCommandLineOption palette(QStringLiteral("palette"),
        QCoreApplication::translate("CommandLine", "Colour scheme: \"system\" (default) or \"dark\"."),
        QStringLiteral("name"), QStringLiteral("system"));
    QCommandLineOption probe(QStringLiteral("startup-probe"),
        QCoreApplication::translate("CommandLine", "Print start-up time and memory at the first paint, then quit."));
    probe.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOptions({db, today, screenshots, palette, probe});
    parser.process(arguments);

    StartupOptions options;
    options.databasePath
        = parser.isSet(db) ? std::filesystem::path(parser.value(db).toStdString()) : defaultDatabasePath();
    if (parser.isSet(today)) {
        options.today = core::Date::parse(parser.value(today).toStdString());
        if (!options.today) {
            qCritical("keel: --today: expected a date as YYYY-MM-DD, got \"%s\"", qPrintable(parser.value(today)));
            ::exit(2);
        }
    }
    const QString paletteName = parser.value(palette);
    if (paletteName != QLatin1String("system") && paletteName != QLatin1String("dark")) {
        qCritical("keel: --palette: expected \"system\" or \"dark\", got \"%s\"", qPrintable(paletteName));
        ::exit(2);
    }
    options.darkPalette = paletteName == QLatin1String("dark");
    options.screenshotDir = parser.value(screenshots);
    options.startupProbe = parser.isSet(probe);
    return options;
}

} // namespace keel::app
