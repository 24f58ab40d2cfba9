// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMainWindow>

#include <array>

class QListWidget;
class QStackedWidget;

namespace keel::gui {

class CatalogPane;
class ExchangeActions;
class Logbook;

/// The main window only assembles the panes and the window-wide actions (menus, shortcuts,
/// status bar, remembered geometry). Every pane talks to the logbook, never to the window.
class MainWindow final : public QMainWindow {
    Q_OBJECT
public:
    enum class Pane { Today, Week, Catalog, History, Progress, Settings };
    static constexpr int kPaneCount = 6;

    explicit MainWindow(Logbook& logbook, QWidget* parent = nullptr);

    void showPane(Pane pane);
    Pane currentPane() const;
    /// The pane's widget, built on first use: start-up only pays for the pane it opens on.
    QWidget* pane(Pane pane);
    /// True once the pane has been built.
    bool isPaneBuilt(Pane pane) const { return m_paneWidgets[static_cast<std::size_t>(pane)] != nullptr; }
    /// The English-independent key of a pane ("today", "week" …), for file names and settings.
    static QString paneKey(Pane pane);
    /// The key that opens the morning check-in from anywhere in the window.
    static QKeySequence checkInShortcut();
    /// Shows Today with the keyboard in the morning check-in.
    void showCheckIn();

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void addPane(Pane pane, const QString& title, const QString& description);
    QWidget* createPane(Pane pane);
    void paneSelected(int row);
    void createMenus();
    void restoreWindow();
    void showError(const QString& what, const QString& detail);
    void showHelp();
    void showAbout();

    Logbook& m_logbook;
    ExchangeActions* m_exchange = nullptr;
    QListWidget* m_navigation = nullptr;
    QStackedWidget* m_panes = nullptr;
    std::array<QWidget*, kPaneCount> m_paneWidgets {};
};

} // namespace keel::gui
