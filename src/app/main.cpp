// SPDX-License-Identifier: GPL-3.0-or-later
// keel: wires paths and settings, then shows the main window.
#include "gui/mainwindow.h"

#include <QApplication>

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("keel"));
    QApplication::setApplicationName(QStringLiteral("keel"));
    keel::gui::MainWindow window;
    window.show();
    return QApplication::exec();
}
