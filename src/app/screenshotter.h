// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPixmap>
#include <QString>
#include <QStringList>

namespace keel::gui {
class MainWindow;
class Logbook;
} // namespace keel::gui

namespace keel::app {

/// Saves a PNG of every pane of a main window, plus the first-run dialog and the entry editor,
/// named after the pane and the variant: today.png, today@2x.png, today-dark.png.
class Screenshotter {
    Q_DISABLE_COPY_MOVE(Screenshotter)

public:
    Screenshotter(gui::MainWindow& window, gui::Logbook& logbook, QString folder, bool dark);

    /// Grabs everything; returns the files written. Throws std::runtime_error when one cannot be written.
    QStringList run();

private:
    QString fileFor(const QString& name) const;
    void save(const QPixmap& pixmap, const QString& name);

    gui::MainWindow& m_window;
    gui::Logbook& m_logbook;
    QString m_folder;
    QString m_variant;
    QStringList m_written;
};

} // namespace keel::app
