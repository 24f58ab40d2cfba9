// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLabel>

namespace keel::gui {

/// What a pane shows instead of an empty view: what is missing and what to do next.
class EmptyStateLabel final : public QLabel {
    Q_OBJECT
public:
    explicit EmptyStateLabel(QWidget* parent = nullptr);

    /// A bold headline and a line of advice below it.
    void setMessage(const QString& headline, const QString& advice);
    QString headline() const { return m_headline; }
    QString advice() const { return m_advice; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void render();

    QString m_headline;
    QString m_advice;
};

} // namespace keel::gui
