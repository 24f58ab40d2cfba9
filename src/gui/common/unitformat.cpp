// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/common/unitformat.h"

#include "core/util/units.h"

#include <QCoreApplication>
#include <QLocale>

#include <cmath>

namespace keel::gui {

QString UnitFormat::loadSuffix() const
{
    return m_units == core::Units::Kg ? QStringLiteral("kg") : QStringLiteral("lb");
}

double UnitFormat::toDisplay(double kilograms) const
{
    return core::LoadUnits::toDisplay(kilograms, m_units);
}

double UnitFormat::fromDisplay(double value) const
{
    return core::LoadUnits::fromDisplay(value, m_units);
}

QString UnitFormat::load(std::optional<double> kilograms) const
{
    if (!kilograms)
        return QCoreApplication::translate("UnitFormat", "bodyweight");
    return number(toDisplay(*kilograms), 2) + QLatin1Char(' ') + loadSuffix();
}

QString UnitFormat::distance(double meters) const
{
    if (meters < 1000.0)
        return number(meters, 0) + QStringLiteral(" m");
    return number(meters / 1000.0, 2) + QStringLiteral(" km");
}

QString UnitFormat::duration(int seconds)
{
    if (seconds < 60)
        return QCoreApplication::translate("UnitFormat", "%1 s").arg(seconds);
    if (seconds % 60 == 0)
        return QCoreApplication::translate("UnitFormat", "%1 min").arg(seconds / 60);
    return QCoreApplication::translate("UnitFormat", "%1 min %2 s").arg(seconds / 60).arg(seconds % 60);
}

QString UnitFormat::clock(int seconds)
{
    return QStringLiteral("%1:%2").arg(seconds / 60).arg(seconds % 60, 2, 10, QLatin1Char('0'));
}

QString UnitFormat::number(double value, int decimals)
{
    QString text = QLocale().toString(value, 'f', decimals);
    if (decimals > 0) {
        const QString zero = QLocale().zeroDigit();
        while (text.endsWith(zero))
            text.chop(zero.size());
        if (text.endsWith(QLocale().decimalPoint()))
            text.chop(QLocale().decimalPoint().size());
    }
    return text;
}

} // namespace keel::gui
