// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/common/typography.h"

namespace keel::gui::Typography {

namespace {

constexpr double kTitleScale = 1.4;
constexpr double kLargerScale = 1.15;

QFont scaled(QFont font, double factor, bool bold)
{
    font.setPointSizeF(font.pointSizeF() * factor);
    font.setBold(bold);
    return font;
}

} // namespace

QFont title(QFont base)
{
    return scaled(std::move(base), kTitleScale, true);
}

QFont sectionTitle(QFont base)
{
    return scaled(std::move(base), kLargerScale, true);
}

QFont larger(QFont base)
{
    return scaled(std::move(base), kLargerScale, false);
}

} // namespace keel::gui::Typography
