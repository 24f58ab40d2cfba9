// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMainWindow>

class QListWidget;
class QStackedWidget;

namespace keel::gui {

/// The main window only assembles the panes and the window-wide actions.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(QWidget* parent = nullptr);

private:
    void addPane(const QString& title, QWidget* pane);

    QListWidget* m_navigation = nullptr;
    QStackedWidget* m_panes = nullptr;
};

} // namespace keel::gui
