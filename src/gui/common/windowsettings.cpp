// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/common/windowsettings.h"

#include <QEvent>
#include <QGuiApplication>
#include <QScreen>
#include <QSettings>
#include <QWidget>

#include <algorithm>

namespace keel::gui {

namespace {

constexpr auto kGeometry = "window/geometry";
constexpr auto kState = "window/state";
constexpr auto kLastPane = "window/lastPane";

} // namespace

QByteArray WindowSettings::geometry()
{
    return QSettings().value(kGeometry).toByteArray();
}

void WindowSettings::setGeometry(const QByteArray& geometry)
{
    QSettings().setValue(kGeometry, geometry);
}

QByteArray WindowSettings::state()
{
    return QSettings().value(kState).toByteArray();
}

void WindowSettings::setState(const QByteArray& state)
{
    QSettings().setValue(kState, state);
}

int WindowSettings::lastPane()
{
    bool ok = false;
    const int pane = QSettings().value(kLastPane).toInt(&ok);
    return ok ? pane : -1;
}

void WindowSettings::setLastPane(int pane)
{
    QSettings().setValue(kLastPane, pane);
}

QRect WindowSettings::fitToScreen(const QRect& frame, const QRect& available)
{
    if (!available.isValid())
        return frame;
    QRect fitted(frame.topLeft(),
        QSize(std::min(frame.width(), available.width()), std::min(frame.height(), available.height())));
    fitted.moveLeft(std::clamp(fitted.left(), available.left(), available.right() - fitted.width() + 1));
    fitted.moveTop(std::clamp(fitted.top(), available.top(), available.bottom() - fitted.height() + 1));
    return fitted;
}

namespace {

/// Moves and shrinks a window so that its frame lies on its screen.
void fitWindow(QWidget& window)
{
    const QScreen* screen = window.screen() ? window.screen() : QGuiApplication::primaryScreen();
    if (!screen)
        return;
    // The frame (title bar and borders) counts: fit it, then give the rest to the contents.
    const QRect frame = window.frameGeometry();
    const QRect fitted = WindowSettings::fitToScreen(frame, screen->availableGeometry());
    if (fitted == frame)
        return;
    const QSize decoration = frame.size() - window.geometry().size();
    window.resize(fitted.size() - decoration);
    window.move(fitted.topLeft());
}

/// The frame's size is known only once the window is shown: fit again then, once.
class FitOnShow final : public QObject {
public:
    explicit FitOnShow(QWidget& window)
        : QObject(&window)
        , m_window(window)
    {
        window.installEventFilter(this);
    }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (watched == &m_window && event->type() == QEvent::Show) {
            fitWindow(m_window);
            deleteLater();
        }
        return false;
    }

private:
    QWidget& m_window;
};

} // namespace

void WindowSettings::restoreGeometry(QWidget& window, QSize defaultSize)
{
    if (!window.restoreGeometry(geometry()))
        window.resize(defaultSize);
    fitWindow(window);
    if (!window.isVisible())
        new FitOnShow(window);
}

void WindowSettings::bringToFront(QWidget& window)
{
    if (window.isMinimized())
        window.showNormal();
    window.show();
    window.raise();
    window.activateWindow();
}

} // namespace keel::gui
