// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

class QWidget;

namespace keel::gui {

/// Helpers that keep every control reachable by a screen reader.
class Accessibility {
public:
    /// Sets the accessible name, and the description and tool tip when one is given.
    static void describe(QWidget* widget, const QString& name, const QString& description = {});

    /// The name assistive technology reads for `widget`: its accessible name, else its buddy
    /// label's text, else (for buttons) its own text.
    static QString nameOf(QWidget* widget);

    /// True for the widgets a person operates: buttons, edits, combo and spin boxes, item views,
    /// calendars, sliders, tab bars, text browsers.
    static bool isInteractive(const QWidget* widget);

    /// Every visible interactive widget under `root` that assistive technology would read
    /// without a name. Composite controls count once: the inside of a calendar or a spin box is
    /// Qt's business, not ours.
    static QList<QWidget*> unnamedControls(QWidget* root);
};

} // namespace keel::gui
