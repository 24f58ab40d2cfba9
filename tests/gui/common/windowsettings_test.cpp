// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/common/windowsettings.h"
#include "support/guitestsupport.h"

#include <QGuiApplication>
#include <QScreen>
#include <QWidget>

#include <catch2/catch.hpp>

using keel::gui::WindowSettings;

TEST_CASE("a window frame is shrunk and moved as little as possible to lie on the screen")
{
    const QRect screen(0, 0, 960, 540); // a 1920 × 1080 monitor at 2x
    // Fits: untouched.
    CHECK(WindowSettings::fitToScreen(QRect(10, 20, 800, 500), screen) == QRect(10, 20, 800, 500));
    // Saved at 1x: 1100 × 720 becomes the whole screen.
    CHECK(WindowSettings::fitToScreen(QRect(40, 30, 1100, 720), screen) == screen);
    // Off to the right and below: moved back, size kept.
    CHECK(WindowSettings::fitToScreen(QRect(700, 400, 400, 300), screen) == QRect(560, 240, 400, 300));
    // A second screen to the left of the first.
    const QRect left(-1280, 0, 1280, 1024);
    CHECK(WindowSettings::fitToScreen(QRect(-1400, 100, 600, 400), left) == QRect(-1280, 100, 600, 400));
    // No screen known: nothing to fit to.
    CHECK(WindowSettings::fitToScreen(QRect(5, 5, 5000, 5000), QRect()) == QRect(5, 5, 5000, 5000));
}

TEST_CASE("a restored window fits the screen it opens on, whatever size was saved")
{
    const QRect available = QGuiApplication::primaryScreen()->availableGeometry();
    {
        // Saved on a larger screen (or at 1x): twice the screen, partly off it.
        QWidget big;
        big.setGeometry(available.left() + 100, available.top() + 50, available.width() * 2, available.height() * 2);
        WindowSettings::setGeometry(big.saveGeometry());
    }
    QWidget window;
    WindowSettings::restoreGeometry(window, QSize(1100, 720));
    window.show();
    INFO("available " << available.x() << "," << available.y() << " " << available.width() << "x" << available.height()
                      << "; frame " << window.frameGeometry().x() << "," << window.frameGeometry().y() << " "
                      << window.frameGeometry().width() << "x" << window.frameGeometry().height());
    CHECK(available.contains(window.frameGeometry()));

    // Nothing saved: the default size is fitted too.
    WindowSettings::setGeometry({});
    QWidget fresh;
    WindowSettings::restoreGeometry(fresh, QSize(available.width() + 500, available.height() + 500));
    CHECK(fresh.width() <= available.width());
    CHECK(fresh.height() <= available.height());
}
