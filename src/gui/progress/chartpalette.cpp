// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/progress/chartpalette.h"

#include "gui/common/palettecolors.h"

#include <algorithm>
#include <array>

namespace keel::gui {

namespace {

// Okabe–Ito: distinguishable with the common colour-vision deficiencies. Slots follow
// core::allPatterns() (hinge, squat, carry, anti-rotation, mobility, walking, pull, posture);
// slot 8 is the warning colour for step-backs and flare-ups.
constexpr std::array<QRgb, 9> kSlots = {
    0x0072B2, // blue
    0xE69F00, // orange
    0x009E73, // bluish green
    0xCC79A7, // reddish purple
    0x56B4E9, // sky blue
    0xB8A000, // dark yellow
    0x8A6FB0, // violet
    0x7F7F7F, // grey
    0xD55E00, // vermillion
};

} // namespace

ChartPalette ChartPalette::fromPalette(const QPalette& palette)
{
    ChartPalette colors;
    colors.m_background = palette.color(QPalette::Base);
    colors.m_text = palette.color(QPalette::Text);
    colors.m_dark = PaletteColors::isDark(palette);
    colors.m_mutedText = PaletteColors::mutedText(palette);
    colors.m_grid = PaletteColors::blend(colors.m_text, colors.m_background, 0.82);
    colors.m_accent = palette.color(QPalette::Highlight);
    return colors;
}

QColor ChartPalette::series(int slot) const
{
    const auto index = static_cast<std::size_t>(slot < 0 ? 0 : slot) % kSlots.size();
    const QColor base = QColor::fromRgb(kSlots[index]);
    if (!m_dark)
        return base;
    // On a dark base the darker hues (blue, violet) sink and the bright ones glare: bring every
    // hue to a middle lightness and take a little of its saturation.
    const float lightness = std::clamp(base.lightnessF() + 0.15F, 0.5F, 0.62F);
    if (base.hslHueF() < 0.0F) // grey has no hue
        return QColor::fromHslF(0.0F, 0.0F, lightness);
    return QColor::fromHslF(base.hslHueF(), base.hslSaturationF() * 0.85F, lightness);
}

QColor ChartPalette::band() const
{
    QColor color = stepBack();
    color.setAlphaF(m_dark ? 0.28f : 0.16f);
    return color;
}

QColor ChartPalette::missed() const
{
    return PaletteColors::blend(m_background, stepBack(), m_dark ? 0.45 : 0.3);
}

} // namespace keel::gui
