// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/common/palettecolors.h"

#include <algorithm>

namespace keel::gui {

bool PaletteColors::isDark(const QPalette& palette)
{
    return palette.color(QPalette::Window).lightnessF() < palette.color(QPalette::WindowText).lightnessF();
}

QColor PaletteColors::blend(const QColor& a, const QColor& b, double amount)
{
    const double t = std::clamp(amount, 0.0, 1.0);
    const auto mix = [t](float x, float y) {
        const auto from = static_cast<double>(x);
        return static_cast<float>(from + (static_cast<double>(y) - from) * t);
    };
    return QColor::fromRgbF(
        mix(a.redF(), b.redF()), mix(a.greenF(), b.greenF()), mix(a.blueF(), b.blueF()), mix(a.alphaF(), b.alphaF()));
}

QColor PaletteColors::mutedText(const QPalette& palette)
{
    return blend(palette.color(QPalette::Text), palette.color(QPalette::Base), 0.35);
}

QColor PaletteColors::markBackground(const QPalette& palette)
{
    return blend(palette.color(QPalette::Base), palette.color(QPalette::Highlight), isDark(palette) ? 0.45 : 0.25);
}

namespace {

// A hue at a lightness that contrasts with the base: light tones on dark bases, dark on light.
QColor toneFor(const QPalette& palette, int hue)
{
    const bool dark = PaletteColors::isDark(palette);
    return QColor::fromHsl(hue, dark ? 170 : 200, dark ? 170 : 90);
}

} // namespace

QColor PaletteColors::warning(const QPalette& palette)
{
    return toneFor(palette, 8);
}

QColor PaletteColors::positive(const QPalette& palette)
{
    return toneFor(palette, 130);
}

QPalette PaletteColors::darkPalette()
{
    // Fields a little lighter than the window: Fusion outlines check boxes with a darker window
    // colour, which vanishes on a base as dark as the window.
    const QColor window(0x2b, 0x2d, 0x31);
    const QColor base(0x3a, 0x3d, 0x42);
    const QColor text(0xe6, 0xe6, 0xe6);
    const QColor accent(0x4a, 0x90, 0xd9);
    const QColor disabledText(0x80, 0x80, 0x80);
    QPalette palette;
    palette.setColor(QPalette::Window, window);
    palette.setColor(QPalette::WindowText, text);
    palette.setColor(QPalette::Base, base);
    palette.setColor(QPalette::AlternateBase, base.darker(112));
    palette.setColor(QPalette::ToolTipBase, base);
    palette.setColor(QPalette::ToolTipText, text);
    palette.setColor(QPalette::PlaceholderText, disabledText);
    palette.setColor(QPalette::Text, text);
    palette.setColor(QPalette::Button, base);
    palette.setColor(QPalette::ButtonText, text);
    palette.setColor(QPalette::BrightText, Qt::white);
    palette.setColor(QPalette::Light, window.lighter(150));
    palette.setColor(QPalette::Midlight, window.lighter(125));
    palette.setColor(QPalette::Mid, window.darker(125));
    palette.setColor(QPalette::Dark, window.darker(200));
    palette.setColor(QPalette::Shadow, Qt::black);
    palette.setColor(QPalette::Highlight, accent);
    palette.setColor(QPalette::HighlightedText, Qt::white);
    palette.setColor(QPalette::Link, accent.lighter(130));
    palette.setColor(QPalette::LinkVisited, accent.lighter(110));
    for (const auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        palette.setColor(QPalette::Disabled, role, disabledText);
    palette.setColor(QPalette::Disabled, QPalette::Highlight, window.lighter(130));
    return palette;
}

} // namespace keel::gui
