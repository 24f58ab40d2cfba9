// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/common/windowsettings.h"

#include <QSettings>

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

} // namespace keel::gui
