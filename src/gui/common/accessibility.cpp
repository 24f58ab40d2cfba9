// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/common/accessibility.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSlider>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QCalendarWidget>
#include <QComboBox>
#include <QLineEdit>
#include <QScrollBar>
#include <QTabBar>
#include <QTextEdit>
#include <QWidget>

namespace keel::gui {

void Accessibility::describe(QWidget* widget, const QString& name, const QString& description)
{
    widget->setAccessibleName(name);
    if (!description.isEmpty()) {
        widget->setAccessibleDescription(description);
        widget->setToolTip(description);
    }
}

QString Accessibility::nameOf(QWidget* widget)
{
    if (!widget->accessibleName().isEmpty())
        return widget->accessibleName();
    QAccessibleInterface* accessible = QAccessible::queryAccessibleInterface(widget);
    return accessible ? accessible->text(QAccessible::Name).trimmed() : QString();
}

bool Accessibility::isInteractive(const QWidget* widget)
{
    if (qobject_cast<const QScrollBar*>(widget))
        return false; // part of the scroll area it moves
    return qobject_cast<const QAbstractButton*>(widget) || qobject_cast<const QLineEdit*>(widget)
        || qobject_cast<const QComboBox*>(widget) || qobject_cast<const QAbstractSpinBox*>(widget)
        || qobject_cast<const QAbstractItemView*>(widget) || qobject_cast<const QCalendarWidget*>(widget)
        || qobject_cast<const QAbstractSlider*>(widget) || qobject_cast<const QTabBar*>(widget)
        || qobject_cast<const QTextEdit*>(widget);
}

namespace {

void collectUnnamed(QWidget* widget, QList<QWidget*>& unnamed)
{
    const auto children = widget->findChildren<QWidget*>(Qt::FindDirectChildrenOnly);
    for (QWidget* child : children) {
        if (child->isWindow() || !child->isVisible())
            continue;
        if (Accessibility::isInteractive(child)) {
            if (Accessibility::nameOf(child).isEmpty())
                unnamed.append(child);
            continue;
        }
        collectUnnamed(child, unnamed);
    }
}

} // namespace

QList<QWidget*> Accessibility::unnamedControls(QWidget* root)
{
    QList<QWidget*> unnamed;
    collectUnnamed(root, unnamed);
    return unnamed;
}

} // namespace keel::gui
