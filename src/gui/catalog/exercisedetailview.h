// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/catalog/catalog.h"
#include "gui/common/unitformat.h"

#include <QTextBrowser>

namespace keel::gui {

/// Everything about one exercise: summary, how-to steps, cues, why it helps, cautions,
/// equipment, dose, and its ladder with the neighbouring rungs as links.
class ExerciseDetailView final : public QTextBrowser {
    Q_OBJECT
public:
    explicit ExerciseDetailView(const core::Catalog& catalog, QWidget* parent = nullptr);

    void setUnits(const UnitFormat& units);
    /// Shows `id`, or the "pick an exercise" hint when it is empty or unknown.
    void showExercise(const QString& id);
    QString exerciseId() const { return m_id; }

    /// The page for one exercise as HTML (links are `exercise:ID`), coloured from `palette`.
    static QString html(
        const core::Exercise& exercise, const core::Catalog& catalog, const UnitFormat& units, const QPalette& palette);
    /// The link that selects an exercise.
    static QUrl linkTo(const std::string& id);

signals:
    /// A rung of the ladder was clicked.
    void exerciseRequested(const QString& id);

protected:
    void changeEvent(QEvent* event) override;

private:
    void render();

    const core::Catalog& m_catalog;
    UnitFormat m_units;
    QString m_id;
};

} // namespace keel::gui
