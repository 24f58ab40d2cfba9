// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/mainwindow.h"

#include "gui/catalog/catalogpane.h"
#include "gui/commands/undopush.h"
#include "gui/common/typography.h"
#include "gui/common/windowsettings.h"
#include "gui/exchange/exchangeactions.h"
#include "gui/history/historypane.h"
#include "gui/logbook.h"
#include "gui/progress/progresspane.h"
#include "gui/settings/settingspage.h"
#include "gui/today/todaypane.h"
#include "gui/week/weekpane.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QHBoxLayout>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QStackedWidget>
#include <QStatusBar>
#include <QUndoStack>

namespace keel::gui {

namespace {

constexpr int kSavedMessageMs = 4000;

// The platform's standard key, or `fallback` where the platform defines none (Preferences on
// most Linux desktops, Quit on some).
QList<QKeySequence> standardOr(QKeySequence::StandardKey key, const QKeySequence& fallback)
{
    QList<QKeySequence> keys = QKeySequence::keyBindings(key);
    if (keys.isEmpty())
        keys.append(fallback);
    return keys;
}

} // namespace

MainWindow::MainWindow(Logbook& logbook, QWidget* parent)
    : QMainWindow(parent)
    , m_logbook(logbook)
{
    setWindowTitle(tr("Keel"));
    setObjectName(QStringLiteral("mainWindow"));
    auto* central = new QWidget(this);
    auto* layout = new QHBoxLayout(central);
    m_navigation = new QListWidget(central);
    m_navigation->setObjectName(QStringLiteral("navigationListWidget"));
    m_navigation->setAccessibleName(tr("Panes"));
    m_navigation->setAccessibleDescription(tr("Ctrl+1 to Ctrl+6 switch panes"));
    m_navigation->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Expanding);
    m_navigation->setSpacing(3);
    m_navigation->setFont(Typography::larger(m_navigation->font()));
    m_panes = new QStackedWidget(central);
    layout->addWidget(m_navigation);
    layout->addWidget(m_panes, 1);
    setCentralWidget(central);

    addPane(Pane::Today, tr("Today"), tr("What to do today, and logging it"));
    addPane(Pane::Week, tr("Week"), tr("The plan for the week"));
    addPane(Pane::Catalog, tr("Catalog"), tr("Every exercise, how to do it and why"));
    addPane(Pane::History, tr("History"), tr("Everything logged, to edit or delete"));
    addPane(Pane::Progress, tr("Progress"), tr("Charts of how things are going"));
    addPane(Pane::Settings, tr("Settings"), tr("Profile, units and schedule"));
    // Wide enough for the longest pane name at any font size or scale.
    m_navigation->setFixedWidth(
        m_navigation->sizeHintForColumn(0) + 4 * m_navigation->frameWidth() + fontMetrics().averageCharWidth() * 4);
    connect(m_navigation, &QListWidget::currentRowChanged, this, &MainWindow::paneSelected);

    createMenus();
    connect(&m_logbook, &Logbook::saved, this,
        [this](const QString& what) { statusBar()->showMessage(tr("Saved: %1").arg(what), kSavedMessageMs); });
    connect(&m_logbook, &Logbook::errorOccurred, this, &MainWindow::showError);
    connect(&m_logbook, &Logbook::noticed, this, [this](const QString& text) { statusBar()->showMessage(text); });
    statusBar()->showMessage(tr("Ready"), kSavedMessageMs);
    restoreWindow();
}

void MainWindow::addPane(Pane pane, const QString& title, const QString& description)
{
    auto* item = new QListWidgetItem(title, m_navigation);
    item->setToolTip(description);
    item->setData(Qt::AccessibleDescriptionRole, description);
    // An empty stand-in until the pane is first shown.
    auto* placeholder = new QWidget(m_panes);
    placeholder->setObjectName(paneKey(pane) + QStringLiteral("Placeholder"));
    m_panes->addWidget(placeholder);
}

QWidget* MainWindow::createPane(Pane pane)
{
    switch (pane) {
    case Pane::Today:
        return new TodayPane(m_logbook, m_panes);
    case Pane::Week:
        return new WeekPane(m_logbook, m_panes);
    case Pane::Catalog:
        return new CatalogPane(m_logbook, m_panes);
    case Pane::History:
        return new HistoryPane(m_logbook, m_panes);
    case Pane::Progress:
        return new ProgressPane(m_logbook, m_panes);
    case Pane::Settings:
        return new SettingsPage(m_logbook, m_panes);
    }
    return nullptr;
}

QWidget* MainWindow::pane(Pane pane)
{
    const auto slot = static_cast<std::size_t>(pane);
    if (m_paneWidgets[slot])
        return m_paneWidgets[slot];
    const int index = static_cast<int>(pane);
    QWidget* placeholder = m_panes->widget(index);
    const bool current = m_panes->currentIndex() == index;
    QWidget* widget = createPane(pane);
    widget->setObjectName(paneKey(pane) + QStringLiteral("Pane"));
    m_panes->insertWidget(index, widget);
    m_panes->removeWidget(placeholder);
    placeholder->deleteLater();
    if (current)
        m_panes->setCurrentIndex(index);
    m_paneWidgets[slot] = widget;
    return widget;
}

void MainWindow::paneSelected(int row)
{
    if (row < 0 || row >= kPaneCount)
        return;
    pane(static_cast<Pane>(row));
    m_panes->setCurrentIndex(row);
}

void MainWindow::createMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    m_exchange = new ExchangeActions(m_logbook, this);
    QAction* import = file->addAction(tr("&Import…"), m_exchange, &ExchangeActions::importFile);
    import->setObjectName(QStringLiteral("importAction"));
    import->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    QAction* exportAction = file->addAction(tr("&Export…"), m_exchange, &ExchangeActions::exportLogbook);
    exportAction->setObjectName(QStringLiteral("exportAction"));
    exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    file->addSeparator();
    QAction* print = file->addAction(tr("&Print Week…"), m_exchange, &ExchangeActions::printWeek);
    print->setObjectName(QStringLiteral("printWeekAction"));
    print->setShortcuts(standardOr(QKeySequence::Print, QKeySequence(Qt::CTRL | Qt::Key_P)));
    QAction* pdf = file->addAction(tr("Export Week as P&DF…"), m_exchange, &ExchangeActions::exportWeekPdf);
    pdf->setObjectName(QStringLiteral("exportWeekPdfAction"));
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcuts(standardOr(QKeySequence::Quit, QKeySequence(Qt::CTRL | Qt::Key_Q)));
    quit->setMenuRole(QAction::QuitRole);

    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    QAction* undo = m_logbook.undoStack()->createUndoAction(this, tr("&Undo"));
    undo->setShortcuts(QKeySequence::Undo);
    QAction* redo = m_logbook.undoStack()->createRedoAction(this, tr("&Redo"));
    redo->setShortcuts(standardOr(QKeySequence::Redo, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z)));
    edit->addAction(undo);
    edit->addAction(redo);
    edit->addSeparator();
    QAction* find = edit->addAction(tr("&Find Exercise…"), this, [this] {
        showPane(Pane::Catalog);
        static_cast<CatalogPane*>(pane(Pane::Catalog))->focusSearch();
    });
    find->setShortcuts(QKeySequence::Find);
    edit->addSeparator();
    QAction* preferences = edit->addAction(tr("&Preferences…"), this, [this] { showPane(Pane::Settings); });
    preferences->setShortcuts(standardOr(QKeySequence::Preferences, QKeySequence(Qt::CTRL | Qt::Key_Comma)));
    preferences->setMenuRole(QAction::PreferencesRole);

    QMenu* go = menuBar()->addMenu(tr("&Go"));
    for (int index = 0; index < kPaneCount; ++index) {
        const auto pane = static_cast<Pane>(index);
        QAction* action = go->addAction(m_navigation->item(index)->text(), this, [this, pane] { showPane(pane); });
        action->setShortcut(QKeySequence(Qt::CTRL | static_cast<Qt::Key>(Qt::Key_1 + index)));
    }
    go->addSeparator();
    QAction* checkIn = go->addAction(tr("Morning &Check-in"), this, &MainWindow::showCheckIn);
    checkIn->setObjectName(QStringLiteral("checkInAction"));
    checkIn->setShortcut(checkInShortcut());

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    QAction* contents = help->addAction(tr("Keel &Help"), this, &MainWindow::showHelp);
    contents->setShortcuts(standardOr(QKeySequence::HelpContents, QKeySequence(Qt::Key_F1)));
    help->addAction(tr("&About Keel"), this, &MainWindow::showAbout)->setMenuRole(QAction::AboutRole);
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt)->setMenuRole(QAction::AboutQtRole);
}

QKeySequence MainWindow::checkInShortcut()
{
    return QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C);
}

void MainWindow::showCheckIn()
{
    showPane(Pane::Today);
    static_cast<TodayPane*>(pane(Pane::Today))->focusCheckIn();
}

void MainWindow::restoreWindow()
{
    WindowSettings::restoreGeometry(*this, QSize(1100, 720));
    restoreState(WindowSettings::state());
    const int last = WindowSettings::lastPane();
    m_navigation->setCurrentRow(last >= 0 && last < kPaneCount ? last : 0);
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    WindowSettings::setGeometry(saveGeometry());
    WindowSettings::setState(saveState());
    WindowSettings::setLastPane(m_navigation->currentRow());
    event->accept();
}

void MainWindow::showPane(Pane pane)
{
    m_navigation->setCurrentRow(static_cast<int>(pane));
}

MainWindow::Pane MainWindow::currentPane() const
{
    return static_cast<Pane>(std::max(0, m_navigation->currentRow()));
}

QString MainWindow::paneKey(Pane pane)
{
    switch (pane) {
    case Pane::Today:
        return QStringLiteral("today");
    case Pane::Week:
        return QStringLiteral("week");
    case Pane::Catalog:
        return QStringLiteral("catalog");
    case Pane::History:
        return QStringLiteral("history");
    case Pane::Progress:
        return QStringLiteral("progress");
    case Pane::Settings:
        return QStringLiteral("settings");
    }
    return {};
}

void MainWindow::showError(const QString& what, const QString& detail)
{
    statusBar()->showMessage(tr("Not saved: %1").arg(what));
    UndoPush::warnNotSaved(this, what, detail);
}

void MainWindow::showHelp()
{
    QMessageBox::information(this, tr("Keel Help"),
        tr("<p><b>Today</b> shows what to do now. Press Enter on a set to log it as planned; "
           "change the numbers first if you did something else.</p>"
           "<p><b>Week</b> shows the plan; drag a session to move it.</p>"
           "<p><b>Catalog</b> explains every exercise and its ladder.</p>"
           "<p><b>History</b> lists everything logged; Delete removes an entry and Undo brings it back.</p>"
           "<p>Shortcuts: Ctrl+1 … Ctrl+6 switch panes, %4 goes to the morning check-in, %1 finds an "
           "exercise, %2 undoes, %3 redoes.</p>"
           "<p>Pain during an exercise up to 3/10 is fine; 4–5 is the ceiling. Above that, Keel steps back.</p>")
            .arg(QKeySequence(QKeySequence::Find).toString(QKeySequence::NativeText),
                QKeySequence(QKeySequence::Undo).toString(QKeySequence::NativeText),
                QKeySequence(QKeySequence::Redo).toString(QKeySequence::NativeText),
                checkInShortcut().toString(QKeySequence::NativeText)));
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Keel"),
        tr("<h3>Keel %1</h3><p>A planner for long-term back health: strength, mobility and walking, "
           "built up slowly.</p><p>Your data stays in one file on this computer.</p>"
           "<p>Licensed under the GNU GPL, version 3 or later.</p>")
            .arg(QApplication::applicationVersion()));
}

} // namespace keel::gui
