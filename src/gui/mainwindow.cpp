// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/mainwindow.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QStackedWidget>

namespace keel::gui {

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent)
{
    setWindowTitle(tr("Keel"));
    auto* central = new QWidget(this);
    auto* layout = new QHBoxLayout(central);
    m_navigation = new QListWidget(central);
    m_navigation->setAccessibleName(tr("Panes"));
    m_navigation->setFixedWidth(160);
    m_panes = new QStackedWidget(central);
    layout->addWidget(m_navigation);
    layout->addWidget(m_panes, 1);
    setCentralWidget(central);
    for (const QString& title : {tr("Today"), tr("Week"), tr("Catalog"), tr("History"), tr("Progress"), tr("Settings")})
        addPane(title, new QLabel(title, m_panes));
    connect(m_navigation, &QListWidget::currentRowChanged, m_panes, &QStackedWidget::setCurrentIndex);
    m_navigation->setCurrentRow(0);
    resize(1100, 720);
}

void MainWindow::addPane(const QString& title, QWidget* pane)
{
    m_navigation->addItem(title);
    m_panes->addWidget(pane);
}

} // namespace keel::gui
