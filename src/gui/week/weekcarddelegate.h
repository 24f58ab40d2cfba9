// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStyledItemDelegate>

namespace keel::gui {

/// Draws the Week grid's rows as small cards: a session as its shape icon, an accent stripe
/// and its name with planned against done; an item as its name (wrapped), its prescription
/// and its progress. Everything comes from WeekModel roles.
class WeekCardDelegate final : public QStyledItemDelegate {
    Q_OBJECT
public:
    explicit WeekCardDelegate(QObject* parent = nullptr);

    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;

private:
    /// The lines of the exercise name wrapped to `width`, at most three (the last elided): enough
    /// for the long compound names of German in a day's narrow column.
    static QStringList nameLines(const QFontMetrics& metrics, const QString& name, int width);
    /// The width the text of `index` gets inside its painted row.
    static int textWidth(const QStyleOptionViewItem& option, const QModelIndex& index);
};

} // namespace keel::gui
