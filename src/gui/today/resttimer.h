// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFrame>

#include <chrono>

class QLabel;
class QProgressBar;
class QPushButton;
class QTimer;

namespace keel::gui {

/// The rest between sets: a visible countdown that can be paused, resumed and skipped, and
/// that beeps and lights up when the rest is over. One tick takes one second of countdown;
/// tests shorten the tick so nothing waits for real seconds.
class RestTimer final : public QFrame {
    Q_OBJECT
public:
    enum class State { Idle, Running, Paused, Finished };

    explicit RestTimer(QWidget* parent = nullptr);

    /// How long one second of countdown takes in real time (1 s unless a test says otherwise).
    void setTickInterval(std::chrono::milliseconds interval);

    void start(int seconds);
    void pause();
    void resume();
    /// Ends the rest now (or dismisses the "rest over" highlight) without a sound.
    void skip();

    State state() const { return m_state; }
    int remainingSeconds() const { return m_remaining; }
    int totalSeconds() const { return m_total; }

signals:
    /// The countdown reached zero (not emitted when skipped).
    void finished();

private:
    void tick();
    void togglePause();
    void setState(State state);
    void refresh();

    QTimer* m_timer = nullptr;
    QLabel* m_title = nullptr;
    QLabel* m_countdown = nullptr;
    QProgressBar* m_bar = nullptr;
    QPushButton* m_pauseButton = nullptr;
    QPushButton* m_skipButton = nullptr;
    State m_state = State::Idle;
    int m_total = 0;
    int m_remaining = 0;
};

} // namespace keel::gui
