// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/common/donehighlight.h"
#include "gui/today/resttimer.h"

#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

#include <catch2/catch.hpp>

using keel::gui::RestTimer;
using namespace std::chrono_literals;

TEST_CASE("the rest timer counts down and signals the end", "[resttimer]")
{
    RestTimer timer;
    timer.setTickInterval(2ms);
    QSignalSpy finished(&timer, &RestTimer::finished);
    CHECK(timer.state() == RestTimer::State::Idle);

    timer.start(5);
    CHECK(timer.state() == RestTimer::State::Running);
    CHECK(timer.remainingSeconds() == 5);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 2000);
    CHECK(timer.state() == RestTimer::State::Finished);
    CHECK(timer.remainingSeconds() == 0);

    // The highlight stays until the next rest starts or it is dismissed.
    timer.skip();
    CHECK(timer.state() == RestTimer::State::Idle);
    CHECK(finished.count() == 1);
}

TEST_CASE("the rest timer pauses, resumes and skips", "[resttimer]")
{
    RestTimer timer;
    timer.setTickInterval(5ms);
    QSignalSpy finished(&timer, &RestTimer::finished);
    timer.start(1000);
    QTRY_VERIFY_WITH_TIMEOUT(timer.remainingSeconds() < 1000, 2000);

    auto* pause = timer.findChild<QPushButton*>(QStringLiteral("restPauseButton"));
    auto* skip = timer.findChild<QPushButton*>(QStringLiteral("restSkipButton"));
    REQUIRE(pause != nullptr);
    REQUIRE(skip != nullptr);
    QTest::mouseClick(pause, Qt::LeftButton);
    CHECK(timer.state() == RestTimer::State::Paused);
    const int paused = timer.remainingSeconds();
    QTest::qWait(50);
    CHECK(timer.remainingSeconds() == paused);

    QTest::mouseClick(pause, Qt::LeftButton);
    CHECK(timer.state() == RestTimer::State::Running);
    QTRY_VERIFY_WITH_TIMEOUT(timer.remainingSeconds() < paused, 2000);

    QTest::mouseClick(skip, Qt::LeftButton);
    CHECK(timer.state() == RestTimer::State::Idle);
    CHECK(finished.count() == 0); // skipping is not the end of a rest: no beep, no signal
}

TEST_CASE("the end of the rest lights the whole timer up until it is dismissed", "[resttimer]")
{
    RestTimer timer;
    timer.setTickInterval(1ms);
    timer.show();
    const QColor window = timer.palette().color(QPalette::Window);
    CHECK_FALSE(keel::gui::DoneHighlight::isShown(&timer));
    timer.start(2);
    QTRY_COMPARE_WITH_TIMEOUT(timer.state(), RestTimer::State::Finished, 2000);
    CHECK(keel::gui::DoneHighlight::isShown(&timer));
    CHECK(timer.autoFillBackground());
    CHECK(timer.palette().color(QPalette::Window) == timer.palette().color(QPalette::Highlight));
    CHECK(timer.palette().color(QPalette::Window) != window);
    timer.skip();
    CHECK_FALSE(keel::gui::DoneHighlight::isShown(&timer));
    CHECK(timer.palette().color(QPalette::Window) == window);
}
