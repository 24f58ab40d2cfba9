// SPDX-License-Identifier: GPL-3.0-or-later
// The floor for the start-up benchmark: the smallest Qt Widgets window worth the name, a
// QMainWindow holding a QTableView, with the same first-paint probe as keel.
#include "app/startupprobe.h"

#include <QApplication>
#include <QMainWindow>
#include <QStandardItemModel>
#include <QTableView>

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    QMainWindow window;
    QStandardItemModel model(20, 4);
    auto* table = new QTableView(&window);
    table->setModel(&model);
    window.setCentralWidget(table);
    window.resize(1100, 720);
    keel::app::StartupProbe::watch(&window);
    window.show();
    return QApplication::exec();
}
