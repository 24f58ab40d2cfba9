// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/common/donehighlight.h"
#include "gui/today/holdtimer.h"

#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

#include <catch2/catch.hpp>

using keel::gui::HoldTimer;
using namespace std::chrono_literals;

namespace {

// A clock the test moves by hand.
struct ManualClock {
    std::chrono::milliseconds now {100000};
    HoldTimer::Clock clock()
    {
        return [this] { return now; };
    }
};

bool showsText(const HoldTimer& timer, const QString& text)
{
    for (const QLabel* label : timer.findChildren<QLabel*>()) {
        if (label->isVisible() && label->text() == text)
            return true;
    }
    return false;
}

} // namespace

TEST_CASE("the hold countdown shows the seconds left and ends lit up at zero", "[holdtimer]")
{
    ManualClock time;
    HoldTimer timer;
    timer.setClock(time.clock());
    timer.setTarget(30);
    timer.show();
    QSignalSpy held(&timer, &HoldTimer::held);
    CHECK(timer.state() == HoldTimer::State::Idle);
    CHECK(showsText(timer, QStringLiteral("0:30")));

    QTest::mouseClick(timer.findChild<QPushButton*>(QStringLiteral("holdButton")), Qt::LeftButton);
    CHECK(timer.state() == HoldTimer::State::Running);
    time.now += 400ms;
    timer.poll();
    CHECK(timer.remainingSeconds() == 30); // rounded up: a part second still counts
    time.now += 10s;
    timer.poll();
    CHECK(timer.remainingSeconds() == 20);
    CHECK(showsText(timer, QStringLiteral("0:20")));
    CHECK_FALSE(keel::gui::DoneHighlight::isShown(&timer));
    CHECK(held.isEmpty());

    time.now += 20s;
    timer.poll();
    CHECK(timer.state() == HoldTimer::State::Finished);
    CHECK(timer.remainingSeconds() == 0);
    REQUIRE(held.count() == 1);
    CHECK(held.front().front().toInt() == 30);
    CHECK(keel::gui::DoneHighlight::isShown(&timer));
    CHECK(timer.palette().color(QPalette::Window) == timer.palette().color(QPalette::Highlight));

    // A new target (the next set) clears the highlight.
    timer.setTarget(30);
    CHECK(timer.state() == HoldTimer::State::Idle);
    CHECK_FALSE(keel::gui::DoneHighlight::isShown(&timer));
}

TEST_CASE("stopping a hold early reports the whole seconds held", "[holdtimer]")
{
    ManualClock time;
    HoldTimer timer;
    timer.setClock(time.clock());
    timer.setTarget(45);
    QSignalSpy held(&timer, &HoldTimer::held);
    timer.start();
    time.now += 17800ms;
    timer.stop();
    CHECK(timer.state() == HoldTimer::State::Finished);
    REQUIRE(held.count() == 1);
    CHECK(held.front().front().toInt() == 17);

    // Stopped before a second passed: nothing held, nothing reported.
    timer.start();
    time.now += 300ms;
    timer.stop();
    CHECK(timer.state() == HoldTimer::State::Idle);
    CHECK(held.count() == 1);
}
