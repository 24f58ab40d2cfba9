// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/screenshotter.h"

#include "gui/firstrun/firstrundialog.h"
#include "gui/history/historymodel.h"
#include "gui/history/historypane.h"
#include "gui/history/logentrydialog.h"
#include "gui/logbook.h"
#include "gui/mainwindow.h"

#include <QApplication>
#include <QDir>
#include <QEventLoop>
#include <QPixmap>
#include <QTableView>
#include <QTimer>

#include <stdexcept>

namespace keel::app {

namespace {

// Lets layouts settle, deferred loads finish and the window repaint before a grab.
void settle()
{
    for (int round = 0; round < 5; ++round) {
        QEventLoop loop;
        QTimer::singleShot(20, &loop, &QEventLoop::quit);
        loop.exec();
    }
}

} // namespace

Screenshotter::Screenshotter(gui::MainWindow& window, gui::Logbook& logbook, QString folder, bool dark)
    : m_window(window)
    , m_logbook(logbook)
    , m_folder(std::move(folder))
{
    if (window.devicePixelRatioF() > 1.5)
        m_variant = QStringLiteral("@%1x").arg(qRound(window.devicePixelRatioF()));
    if (dark)
        m_variant += QStringLiteral("-dark");
}

QString Screenshotter::fileFor(const QString& name) const
{
    return QDir(m_folder).filePath(name + m_variant + QStringLiteral(".png"));
}

void Screenshotter::save(const QPixmap& pixmap, const QString& name)
{
    const QString file = fileFor(name);
    if (!pixmap.save(file, "PNG"))
        throw std::runtime_error("cannot write " + file.toStdString());
    m_written << file;
}

QStringList Screenshotter::run()
{
    if (!QDir().mkpath(m_folder))
        throw std::runtime_error("cannot create " + m_folder.toStdString());
    m_window.resize(1200, 780);
    m_window.show();
    settle();
    for (int index = 0; index < gui::MainWindow::kPaneCount; ++index) {
        const auto pane = static_cast<gui::MainWindow::Pane>(index);
        m_window.showPane(pane);
        settle();
        save(m_window.grab(), gui::MainWindow::paneKey(pane));
    }

    gui::FirstRunDialog firstRun(&m_window);
    firstRun.show();
    settle();
    save(firstRun.grab(), QStringLiteral("firstrun"));
    firstRun.hide();

    auto* history = qobject_cast<gui::HistoryPane*>(m_window.pane(gui::MainWindow::Pane::History));
    int setRow = -1;
    for (int row = 0; history && row < history->model()->rowCount() && setRow < 0; ++row) {
        if (std::holds_alternative<core::LoggedSet>(history->model()->entryAt(row)))
            setRow = row;
    }
    if (history) {
        // The Records tab: every exercise's bests.
        m_window.showPane(gui::MainWindow::Pane::History);
        history->showRecords();
        settle();
        save(m_window.grab(), QStringLiteral("records"));
    }
    if (setRow >= 0) {
        gui::LogEntryDialog editor(history->model()->entryAt(setRow), m_logbook.catalog(),
            gui::UnitFormat(m_logbook.units()), m_logbook.today(), &m_window);
        editor.show();
        settle();
        save(editor.grab(), QStringLiteral("entryeditor"));
    }
    return m_written;
}

} // namespace keel::app
