// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFrame>

#include <chrono>
#include <functional>

class QLabel;
class QPushButton;
class QTimer;

namespace keel::gui {

/// The countdown of a timed hold (a plank, a side plank, a dead hang): started with one key,
/// shown large, ended by a beep and the done highlight, and reporting the seconds held so the
/// set's seconds field is filled in. Time comes from an injected clock, so tests are exact.
class HoldTimer final : public QFrame {
    Q_OBJECT
public:
    enum class State { Idle, Running, Finished };
    /// Monotonic time; only differences matter.
    using Clock = std::function<std::chrono::milliseconds()>;

    explicit HoldTimer(QWidget* parent = nullptr);

    /// Replaces the steady clock (tests pass one they advance by hand).
    void setClock(Clock clock);
    /// The hold to count down next, in seconds; shown while idle.
    void setTarget(int seconds);
    int target() const { return m_target; }

    /// Starts counting down from the target.
    void start();
    /// Stops early; the seconds held so far are reported.
    void stop();
    /// Reads the clock and updates the countdown (the timer does this several times a second).
    void poll();

    State state() const { return m_state; }
    int remainingSeconds() const;

signals:
    /// The hold ended, at zero or stopped early, after `seconds` of holding (not emitted for 0).
    void held(int seconds);

private:
    void toggle();
    void finish(int seconds);
    void refresh();

    Clock m_clock;
    QTimer* m_timer = nullptr;
    QLabel* m_title = nullptr;
    QLabel* m_countdown = nullptr;
    QPushButton* m_button = nullptr;
    State m_state = State::Idle;
    int m_target = 30;
    int m_held = 0;
    std::chrono::milliseconds m_startedAt {0};
    std::chrono::milliseconds m_elapsed {0};
};

} // namespace keel::gui
