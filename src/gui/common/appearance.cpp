// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/common/appearance.h"

#include "gui/common/palettecolors.h"

#include <QApplication>
#include <QCoreApplication>
#include <QPalette>
#include <QSettings>
#include <QStyle>
#include <QStyleFactory>

namespace keel::gui {

namespace {

constexpr auto kMode = "appearance/mode";
const QString kFusion = QStringLiteral("Fusion");

// The desktop's look as the application started, to return to for System.
struct SystemLook {
    QString style;
    QPalette palette;
};

std::optional<SystemLook>& systemLook()
{
    static std::optional<SystemLook> look;
    return look;
}

Appearance::Mode& applied()
{
    static Appearance::Mode mode = Appearance::Mode::System;
    return mode;
}

} // namespace

Appearance::Mode Appearance::stored()
{
    return fromKey(QSettings().value(kMode).toString()).value_or(Mode::System);
}

void Appearance::store(Mode mode)
{
    QSettings().setValue(kMode, key(mode));
}

void Appearance::apply(Mode mode)
{
    if (!systemLook())
        systemLook() = SystemLook {QApplication::style()->name(), QApplication::palette()};
    if (mode == applied() && mode == Mode::System)
        return; // already the desktop's look: restyling would only cost start-up time
    switch (mode) {
    case Mode::System:
        QApplication::setStyle(systemLook()->style);
        QApplication::setPalette(systemLook()->palette);
        break;
    case Mode::Light:
        // Fusion draws from the palette alone, so both explicit modes look the same everywhere.
        QApplication::setStyle(kFusion);
        QApplication::setPalette(QApplication::style()->standardPalette());
        break;
    case Mode::Dark:
        QApplication::setStyle(kFusion);
        QApplication::setPalette(PaletteColors::darkPalette());
        break;
    }
    applied() = mode;
}

Appearance::Mode Appearance::current()
{
    return applied();
}

QString Appearance::key(Mode mode)
{
    switch (mode) {
    case Mode::System:
        return QStringLiteral("system");
    case Mode::Light:
        return QStringLiteral("light");
    case Mode::Dark:
        return QStringLiteral("dark");
    }
    return {};
}

std::optional<Appearance::Mode> Appearance::fromKey(const QString& key)
{
    for (const Mode mode : {Mode::System, Mode::Light, Mode::Dark}) {
        if (Appearance::key(mode) == key)
            return mode;
    }
    return std::nullopt;
}

QString Appearance::label(Mode mode)
{
    switch (mode) {
    case Mode::System:
        return QCoreApplication::translate("Appearance", "Follow the system");
    case Mode::Light:
        return QCoreApplication::translate("Appearance", "Light");
    case Mode::Dark:
        return QCoreApplication::translate("Appearance", "Dark");
    }
    return {};
}

} // namespace keel::gui
