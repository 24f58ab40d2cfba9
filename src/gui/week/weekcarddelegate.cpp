// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/week/weekcarddelegate.h"

#include "gui/common/kindstyle.h"
#include "gui/common/palettecolors.h"
#include "gui/week/weekmodel.h"

#include <QApplication>
#include <QPainter>
#include <QTextLayout>
#include <QTreeView>

namespace keel::gui {

namespace {

/// Lines an exercise name may take on a card before the rest is elided.
constexpr int kNameLines = 3;

// Spacing in units of the font, so the cards scale with the font and the screen.
int padding(const QFontMetrics& metrics)
{
    return std::max(2, metrics.height() / 5);
}

int stripeWidth(const QFontMetrics& metrics)
{
    return std::max(3, metrics.height() / 4);
}

WeekModel::Node nodeOf(const QModelIndex& index)
{
    return static_cast<WeekModel::Node>(index.data(WeekModel::NodeRole).toInt());
}

QFont boldFont(const QFont& font)
{
    QFont bold = font;
    bold.setBold(true);
    return bold;
}

} // namespace

WeekCardDelegate::WeekCardDelegate(QObject* parent)
    : QStyledItemDelegate(parent)
{ }

int WeekCardDelegate::textWidth(const QStyleOptionViewItem& option, const QModelIndex& index)
{
    int width = option.rect.width();
    // A tree asks for size hints without the row's rectangle: work out the width the row will
    // be painted at, its column less the indentation of its depth under the view's root.
    if (const auto* view = qobject_cast<const QTreeView*>(option.widget)) {
        int depth = 0;
        for (QModelIndex parent = index.parent(); parent.isValid() && parent != view->rootIndex();
             parent = parent.parent())
            ++depth;
        width = view->columnWidth(index.column()) - depth * view->indentation();
    }
    return std::max(width - 2 * padding(option.fontMetrics) - stripeWidth(option.fontMetrics), 1);
}

QStringList WeekCardDelegate::nameLines(const QFontMetrics& metrics, const QString& name, int width)
{
    QStringList lines;
    QTextLayout layout(name);
    layout.beginLayout();
    for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
        line.setLineWidth(width);
        if (lines.size() == kNameLines - 1) {
            lines << metrics.elidedText(name.mid(line.textStart()), Qt::ElideRight, width);
            break;
        }
        lines << name.mid(line.textStart(), line.textLength()).trimmed();
    }
    layout.endLayout();
    if (lines.isEmpty())
        lines << QString();
    return lines;
}

QSize WeekCardDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    QStyleOptionViewItem opt(option);
    initStyleOption(&opt, index);
    const QFontMetrics bold(boldFont(opt.font));
    const int line = opt.fontMetrics.lineSpacing();
    const int pad = padding(opt.fontMetrics);
    if (nodeOf(index) == WeekModel::Node::Session)
        return {textWidth(opt, index), bold.lineSpacing() + line + 2 * pad};
    const int width = textWidth(opt, index);
    const int nameHeight = static_cast<int>(nameLines(opt.fontMetrics, opt.text, width).size()) * line;
    return {width, nameHeight + 2 * line + 2 * pad};
}

void WeekCardDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    QStyleOptionViewItem opt(option);
    initStyleOption(&opt, index);
    const QWidget* widget = opt.widget;
    QStyle* style = widget ? widget->style() : QApplication::style();
    const QString title = opt.text;
    const QIcon icon = opt.icon;
    opt.text.clear();
    opt.icon = QIcon();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const bool selected = opt.state.testFlag(QStyle::State_Selected);
    const QPalette& palette = opt.palette;
    const QColor text = palette.color(selected ? QPalette::HighlightedText : QPalette::Text);
    const QColor muted = selected ? text : PaletteColors::mutedText(palette);
    const auto kind = static_cast<core::SessionKind>(index.data(WeekModel::KindRole).toInt());
    const QFontMetrics& metrics = opt.fontMetrics;
    const int pad = padding(metrics);
    const int stripe = stripeWidth(metrics);
    const int line = metrics.lineSpacing();

    painter->save();
    painter->fillRect(
        QRect(opt.rect.left(), opt.rect.top() + 1, stripe, opt.rect.height() - 2), KindStyle::accent(kind, palette));
    QRect area = opt.rect.adjusted(stripe + pad, pad, -pad, -pad);
    const QString progress = index.data(WeekModel::ProgressRole).toString();
    const bool complete = index.data(WeekModel::CompleteRole).toBool();
    const QColor progressColor = selected ? text : (complete ? PaletteColors::positive(palette) : muted);

    if (nodeOf(index) == WeekModel::Node::Session) {
        const QFont bold = boldFont(opt.font);
        const QFontMetrics boldMetrics(bold);
        const int iconSize = boldMetrics.height();
        icon.paint(painter, QRect(area.left(), area.top(), iconSize, iconSize));
        painter->setFont(bold);
        painter->setPen(text);
        const QRect nameRect(
            area.left() + iconSize + pad, area.top(), area.width() - iconSize - pad, boldMetrics.height());
        painter->drawText(nameRect, Qt::AlignLeft | Qt::AlignVCenter,
            boldMetrics.elidedText(title, Qt::ElideRight, nameRect.width()));
        painter->setFont(opt.font);
        painter->setPen(progressColor);
        painter->drawText(QRect(area.left(), area.top() + boldMetrics.lineSpacing(), area.width(), line),
            Qt::AlignLeft | Qt::AlignVCenter, metrics.elidedText(progress, Qt::ElideRight, area.width()));
    } else {
        painter->setFont(opt.font);
        painter->setPen(complete && !selected ? muted : text);
        int y = area.top();
        for (const QString& part : nameLines(metrics, title, area.width())) {
            painter->drawText(QRect(area.left(), y, area.width(), line), Qt::AlignLeft | Qt::AlignVCenter, part);
            y += line;
        }
        painter->setPen(muted);
        const QString prescription = index.data(WeekModel::PrescriptionRole).toString();
        painter->drawText(QRect(area.left(), y, area.width(), line), Qt::AlignLeft | Qt::AlignVCenter,
            metrics.elidedText(prescription, Qt::ElideRight, area.width()));
        y += line;
        painter->setPen(progressColor);
        const QString status = index.data(WeekModel::WarmUpRole).toBool() ? tr("%1 · warm-up").arg(progress) : progress;
        painter->drawText(QRect(area.left(), y, area.width(), line), Qt::AlignLeft | Qt::AlignVCenter,
            metrics.elidedText(status, Qt::ElideRight, area.width()));
    }
    painter->restore();
}

} // namespace keel::gui
