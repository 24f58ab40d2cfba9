// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/common/kindstyle.h"

#include "gui/common/palettecolors.h"

#include <QCoreApplication>
#include <QPainter>
#include <QPainterPath>
#include <QPixmap>

namespace keel::gui {

QString KindStyle::name(core::SessionKind kind)
{
    switch (kind) {
    case core::SessionKind::Strength:
        return QCoreApplication::translate("KindStyle", "Strength");
    case core::SessionKind::Mobility:
        return QCoreApplication::translate("KindStyle", "Mobility");
    case core::SessionKind::Walk:
        return QCoreApplication::translate("KindStyle", "Walk");
    }
    return {};
}

QColor KindStyle::accent(core::SessionKind kind, const QPalette& palette)
{
    int hue = 215;
    if (kind == core::SessionKind::Mobility)
        hue = 150;
    else if (kind == core::SessionKind::Walk)
        hue = 32;
    // Light tones on dark bases, dark tones on light ones, so the accent always reads.
    const bool dark = PaletteColors::isDark(palette);
    return QColor::fromHsl(hue, dark ? 150 : 170, dark ? 165 : 95);
}

QIcon KindStyle::icon(core::SessionKind kind, const QPalette& palette)
{
    QIcon icon;
    const QColor color = accent(kind, palette);
    // Drawn at several sizes so the icon stays crisp at 2× scale.
    for (const int size : {16, 32, 64}) {
        QPixmap pixmap(size, size);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setPen(Qt::NoPen);
        painter.setBrush(color);
        const double margin = size / 8.0;
        const QRectF box(margin, margin, size - 2 * margin, size - 2 * margin);
        switch (kind) {
        case core::SessionKind::Strength:
            painter.drawRoundedRect(box, size / 16.0, size / 16.0);
            break;
        case core::SessionKind::Mobility:
            painter.drawEllipse(box);
            break;
        case core::SessionKind::Walk: {
            QPainterPath path;
            path.moveTo(box.center().x(), box.top());
            path.lineTo(box.bottomRight());
            path.lineTo(box.bottomLeft());
            path.closeSubpath();
            painter.drawPath(path);
            break;
        }
        }
        painter.end();
        icon.addPixmap(pixmap);
    }
    return icon;
}

} // namespace keel::gui
