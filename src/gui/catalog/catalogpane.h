// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QPushButton;
class QStackedWidget;
class QTableView;

namespace keel::gui {

class CatalogFilterModel;
class CatalogModel;
class EmptyStateLabel;
class ExerciseDetailView;
class Logbook;

/// The Catalog pane: a searchable, filterable list of every exercise beside its details.
class CatalogPane final : public QWidget {
    Q_OBJECT
public:
    explicit CatalogPane(Logbook& logbook, QWidget* parent = nullptr);

    /// Puts the cursor in the search box (Find).
    void focusSearch();
    /// Shows `id` in the details and selects its row, clearing filters that would hide it.
    void selectExercise(const QString& id);
    /// The id shown in the details, empty when none.
    QString currentExerciseId() const;

    CatalogFilterModel* filterModel() const { return m_filter; }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void buildFilters();
    void fitColumns();
    void applyFilters();
    void keepSelection(const QString& exerciseId);
    void clearFilters();
    void updateEmptyState();
    void showCurrent();
    void profileChanged();

    Logbook& m_logbook;
    CatalogModel* m_model = nullptr;
    CatalogFilterModel* m_filter = nullptr;
    QLineEdit* m_search = nullptr;
    QComboBox* m_pattern = nullptr;
    QComboBox* m_focus = nullptr;
    QComboBox* m_level = nullptr;
    QComboBox* m_equipment = nullptr;
    QCheckBox* m_flareUpSafe = nullptr;
    QPushButton* m_clear = nullptr;
    QStackedWidget* m_listStack = nullptr;
    QTableView* m_table = nullptr;
    EmptyStateLabel* m_empty = nullptr;
    ExerciseDetailView* m_detail = nullptr;
};

} // namespace keel::gui
