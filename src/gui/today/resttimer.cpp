// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/today/resttimer.h"

#include "gui/common/accessibility.h"
#include "gui/common/donehighlight.h"
#include "gui/common/typography.h"
#include "gui/common/unitformat.h"

#include <QApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QTimer>

#include <algorithm>

namespace keel::gui {

RestTimer::RestTimer(QWidget* parent)
    : QFrame(parent)
    , m_timer(new QTimer(this))
    , m_title(new QLabel(this))
    , m_countdown(new QLabel(this))
    , m_bar(new QProgressBar(this))
    , m_pauseButton(new QPushButton(this))
    , m_skipButton(new QPushButton(tr("Skip rest"), this))
{
    setFrameShape(QFrame::StyledPanel);
    m_timer->setTimerType(Qt::PreciseTimer);
    m_timer->setInterval(std::chrono::seconds(1));
    connect(m_timer, &QTimer::timeout, this, &RestTimer::tick);

    m_countdown->setFont(Typography::title(m_countdown->font()));
    m_countdown->setAccessibleName(tr("Rest remaining"));
    m_countdown->setMinimumWidth(m_countdown->fontMetrics().horizontalAdvance(QStringLiteral("00:00")));
    m_bar->setTextVisible(false);
    Accessibility::describe(m_bar, tr("Rest progress"));
    m_pauseButton->setObjectName(QStringLiteral("restPauseButton"));
    m_skipButton->setObjectName(QStringLiteral("restSkipButton"));
    Accessibility::describe(m_pauseButton, tr("Pause or resume the rest timer"));
    Accessibility::describe(m_skipButton, tr("Skip rest"), tr("End the rest now"));

    for (QPushButton* button : {m_pauseButton, m_skipButton})
        button->setSizePolicy(QSizePolicy::Maximum, QSizePolicy::Fixed);
    auto* layout = new QHBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_countdown);
    layout->addWidget(m_bar, 1);
    layout->addStretch(0);
    layout->addWidget(m_pauseButton);
    layout->addWidget(m_skipButton);

    connect(m_pauseButton, &QPushButton::clicked, this, &RestTimer::togglePause);
    connect(m_skipButton, &QPushButton::clicked, this, &RestTimer::skip);
    refresh();
}

void RestTimer::setTickInterval(std::chrono::milliseconds interval)
{
    m_timer->setInterval(interval);
}

void RestTimer::start(int seconds)
{
    m_total = std::max(seconds, 1);
    m_remaining = m_total;
    setState(State::Running);
    m_timer->start();
}

void RestTimer::pause()
{
    if (m_state != State::Running)
        return;
    m_timer->stop();
    setState(State::Paused);
}

void RestTimer::resume()
{
    if (m_state != State::Paused)
        return;
    setState(State::Running);
    m_timer->start();
}

void RestTimer::skip()
{
    m_timer->stop();
    m_remaining = 0;
    setState(State::Idle);
}

void RestTimer::togglePause()
{
    if (m_state == State::Running)
        pause();
    else
        resume();
}

void RestTimer::tick()
{
    m_remaining = std::max(0, m_remaining - 1);
    if (m_remaining > 0) {
        refresh();
        return;
    }
    m_timer->stop();
    setState(State::Finished);
    QApplication::beep();
    emit finished();
}

void RestTimer::setState(State state)
{
    m_state = state;
    refresh();
    // The end of the rest has to be noticed from across the room, not only heard.
    DoneHighlight::apply(this, state == State::Finished);
}

void RestTimer::refresh()
{
    m_countdown->setText(UnitFormat::clock(m_remaining));
    m_bar->setRange(0, std::max(m_total, 1));
    m_bar->setValue(m_total - m_remaining);
    m_pauseButton->setEnabled(m_state == State::Running || m_state == State::Paused);
    m_pauseButton->setText(m_state == State::Paused ? tr("Resume") : tr("Pause"));
    m_skipButton->setEnabled(m_state != State::Idle);
    m_skipButton->setText(m_state == State::Finished ? tr("Dismiss") : tr("Skip rest"));
    switch (m_state) {
    case State::Idle:
        m_title->setText(tr("Rest timer: starts after each set"));
        break;
    case State::Running:
        m_title->setText(tr("Rest"));
        break;
    case State::Paused:
        m_title->setText(tr("Rest (paused)"));
        break;
    case State::Finished:
        m_title->setText(tr("Rest over: next set"));
        break;
    }
    m_countdown->setVisible(m_state != State::Idle);
    m_bar->setVisible(m_state != State::Idle);
    setAccessibleDescription(m_title->text());
}

} // namespace keel::gui
