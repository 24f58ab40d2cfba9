// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/common/plural.h"

#include <QCoreApplication>

namespace keel::gui {

QString Plural::of(QString translated, int n)
{
    return translated.replace(QStringLiteral("(s)"), n == 1 ? QString() : QStringLiteral("s"));
}

QString Plural::translate(const char* context, const char* source, int n)
{
    return of(QCoreApplication::translate(context, source, nullptr, n), n);
}

} // namespace keel::gui
