// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/common/plural.h"

namespace keel::gui {

QString Plural::of(QString translated, int n)
{
    return translated.replace(QStringLiteral("(s)"), n == 1 ? QString() : QStringLiteral("s"));
}

} // namespace keel::gui
