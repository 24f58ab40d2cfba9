// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/firstpaint.h"

#include <QEvent>
#include <QTimer>
#include <QWidget>

namespace keel::app {

namespace {

class FirstPaintFilter final : public QObject {
public:
    FirstPaintFilter(QWidget* window, std::function<void()> work)
        : QObject(window)
        , m_work(std::move(work))
    { }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::Paint && !m_fired) {
            m_fired = true;
            // Queued on the window, so it runs after this paint is flushed and never after the
            // window is gone.
            QTimer::singleShot(0, parent(), std::move(m_work));
            deleteLater();
        }
        return QObject::eventFilter(watched, event);
    }

private:
    std::function<void()> m_work;
    bool m_fired = false;
};

} // namespace

void afterFirstPaint(QWidget* window, std::function<void()> work)
{
    window->installEventFilter(new FirstPaintFilter(window, std::move(work)));
}

} // namespace keel::app
