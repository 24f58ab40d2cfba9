// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/today/holdtimer.h"

#include "gui/common/accessibility.h"
#include "gui/common/donehighlight.h"
#include "gui/common/typography.h"
#include "gui/common/unitformat.h"

#include <QApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTimer>

#include <algorithm>

namespace keel::gui {

namespace {

// Often enough that the shown second never lags the real one by a noticeable amount.
constexpr std::chrono::milliseconds kPollInterval {100};

std::chrono::milliseconds steadyNow()
{
    return std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now().time_since_epoch());
}

} // namespace

HoldTimer::HoldTimer(QWidget* parent)
    : QFrame(parent)
    , m_clock(steadyNow)
    , m_timer(new QTimer(this))
    , m_title(new QLabel(this))
    , m_countdown(new QLabel(this))
    , m_button(new QPushButton(this))
{
    setObjectName(QStringLiteral("holdTimer"));
    setFrameShape(QFrame::StyledPanel);
    m_timer->setInterval(kPollInterval);
    connect(m_timer, &QTimer::timeout, this, &HoldTimer::poll);
    m_countdown->setFont(Typography::title(m_countdown->font()));
    m_countdown->setAccessibleName(tr("Hold remaining"));
    m_button->setObjectName(QStringLiteral("holdButton"));
    m_button->setAutoDefault(false);
    m_button->setSizePolicy(QSizePolicy::Maximum, QSizePolicy::Fixed);

    auto* layout = new QHBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_countdown);
    layout->addStretch(1);
    layout->addWidget(m_button);
    connect(m_button, &QPushButton::clicked, this, &HoldTimer::toggle);
    refresh();
}

void HoldTimer::setClock(Clock clock)
{
    m_clock = std::move(clock);
}

void HoldTimer::setTarget(int seconds)
{
    m_target = std::max(seconds, 1);
    if (m_state != State::Running) {
        m_state = State::Idle;
        m_elapsed = {};
        refresh();
    }
}

void HoldTimer::start()
{
    m_startedAt = m_clock();
    m_elapsed = {};
    m_state = State::Running;
    m_timer->start();
    refresh();
}

void HoldTimer::stop()
{
    if (m_state != State::Running)
        return;
    poll();
    if (m_state == State::Running)
        finish(static_cast<int>(m_elapsed.count() / 1000));
}

void HoldTimer::poll()
{
    if (m_state != State::Running)
        return;
    m_elapsed = m_clock() - m_startedAt;
    if (m_elapsed >= std::chrono::seconds(m_target)) {
        QApplication::beep();
        finish(m_target);
        return;
    }
    refresh();
}

int HoldTimer::remainingSeconds() const
{
    if (m_state == State::Finished)
        return 0;
    // Rounded up: "0:01" shows until the very end, never "0:00" while still holding.
    const auto left = std::chrono::seconds(m_target) - m_elapsed;
    return static_cast<int>((left.count() + 999) / 1000);
}

void HoldTimer::toggle()
{
    if (m_state == State::Running)
        stop();
    else
        start();
}

void HoldTimer::finish(int seconds)
{
    m_timer->stop();
    m_held = seconds;
    m_state = seconds > 0 ? State::Finished : State::Idle;
    refresh();
    if (seconds > 0)
        emit held(seconds);
}

void HoldTimer::refresh()
{
    switch (m_state) {
    case State::Idle:
        m_title->setText(tr("Hold countdown"));
        m_countdown->setText(UnitFormat::clock(m_target));
        m_button->setText(tr("Start &countdown"));
        break;
    case State::Running:
        m_title->setText(tr("Hold"));
        m_countdown->setText(UnitFormat::clock(remainingSeconds()));
        m_button->setText(tr("Stop &countdown"));
        break;
    case State::Finished:
        m_title->setText(tr("Hold done: %1, Enter logs it").arg(UnitFormat::duration(m_held)));
        m_countdown->setText(UnitFormat::clock(0));
        m_button->setText(tr("Start &countdown"));
        break;
    }
    Accessibility::describe(
        m_button, m_button->text().remove(QLatin1Char('&')), tr("Counts the hold down and fills in the seconds held"));
    setAccessibleDescription(m_title->text());
    DoneHighlight::apply(this, m_state == State::Finished);
}

} // namespace keel::gui
