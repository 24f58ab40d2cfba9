// SPDX-License-Identifier: GPL-3.0-or-later
// keel: wires the command line, the start-up and the main window; everything else lives in
// AppStartup (src/app) and the panes (src/gui).
#include "gui/common/appearance.h"
#include "gui/common/translations.h"
#include "gui/logbook.h"
#include "gui/mainwindow.h"

#include "app/appstartup.h"
#include "app/commandline.h"
#include "app/desktoppresence.h"
#include "app/firstpaint.h"
#include "app/messageboxprompts.h"
#include "app/screenshotter.h"
#include "app/startupprobe.h"

#include <QApplication>
#include <QIcon>
#include <QStatusBar>

#include <cstdio>
#include <exception>

namespace {

void nameApplication()
{
    QCoreApplication::setOrganizationName(QStringLiteral("keel"));
    QCoreApplication::setApplicationName(QStringLiteral("keel"));
    QCoreApplication::setApplicationVersion(QStringLiteral(KEEL_VERSION));
}

} // namespace

int main(int argc, char** argv)
{
    // --help and --version only print, so they must work where no display is (over SSH, in a
    // package check): answer them before QApplication looks for a window system.
    if (keel::app::CommandLine::onlyPrints(argc, argv)) {
        QCoreApplication app(argc, argv);
        nameApplication();
        keel::gui::Translations::install(app);
        keel::app::CommandLine::parse(QCoreApplication::arguments()); // prints and exits
        return 0;
    }
    QApplication app(argc, argv);
    Q_INIT_RESOURCE(keel); // ui/keel.qrc lives in the keel_gui static library
    nameApplication();
    // Before any widget: every text is translated as it is made. The desktop's language
    // (LANGUAGE, LC_ALL, LC_MESSAGES, LANG) decides.
    const QString language = keel::gui::Translations::install(app);
    QApplication::setApplicationDisplayName(QStringLiteral("Keel"));
    // Ties the window to its desktop entry (Wayland app id, the dock's icon and name).
    QApplication::setDesktopFileName(QStringLiteral(KEEL_APP_ID));
    keel::app::StartupOptions options = keel::app::CommandLine::parse(QApplication::arguments());
    options.language = language.toStdString();
    // --palette dark wins (the screenshots use it); otherwise the look chosen in Settings. The
    // screenshots never take the look of whoever runs them.
    if (options.darkPalette)
        keel::gui::Appearance::apply(keel::gui::Appearance::Mode::Dark);
    else if (options.screenshotDir.isEmpty())
        keel::gui::Appearance::apply(keel::gui::Appearance::stored());

    keel::app::MessageBoxPrompts prompts;
    keel::app::AppStartup startup(options, prompts);
    const auto outcome = startup.run();
    if (outcome != keel::app::AppStartup::Outcome::Ready)
        return keel::app::AppStartup::exitCode(outcome);

    if (!options.screenshotDir.isEmpty()) {
        // Screenshots are taken at once, so they wait for the database's check first.
        const auto checked = startup.awaitCheck();
        if (checked != keel::app::AppStartup::Outcome::Ready)
            return keel::app::AppStartup::exitCode(checked);
        try {
            const QStringList files = keel::app::Screenshotter(
                *startup.window(), *startup.logbook(), options.screenshotDir, options.darkPalette)
                                          .run();
            for (const QString& file : files)
                std::printf("%s\n", qPrintable(file));
            return 0;
        } catch (const std::exception& error) {
            std::fprintf(stderr, "keel: screenshots: %s\n", error.what());
            return 1;
        }
    }

    // Called again for a new window if the database's check finds damage and a backup is restored.
    const auto shown = startup.present([&startup, &options](keel::gui::MainWindow& window) {
        if (!startup.notes().isEmpty())
            window.statusBar()->showMessage(startup.notes().join(QStringLiteral("  ·  ")));
        // The SVG icon engine is a plugin: load it after the first paint rather than before.
        keel::app::afterFirstPaint(&window, [&window, &startup] {
            QApplication::setWindowIcon(
                QIcon::fromTheme(QStringLiteral(KEEL_APP_ID), QIcon(QStringLiteral(":/icons/keel.svg"))));
            // Reminders and the tray after the first paint too: the session bus is not free to reach.
            new keel::app::DesktopPresence(window, *startup.logbook());
        });
        if (options.startupProbe)
            keel::app::StartupProbe::watch(&window); // installed last, so it reports before the icon loads
        window.show();
    });
    if (shown != keel::app::AppStartup::Outcome::Ready)
        return keel::app::AppStartup::exitCode(shown);
    return QApplication::exec();
}
