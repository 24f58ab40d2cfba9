// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QCalendarWidget;
class QCheckBox;
class QLabel;
class QPushButton;
class QStackedWidget;
class QTabWidget;
class QTableView;
class QTreeView;

namespace keel::core {
class Date; // not included: moc trips over <compare> when it comes first
} // namespace keel::core

namespace keel::gui {

class EmptyStateLabel;
class HistoryModel;
class HistoryDayModel;
class RecordsModel;
class Logbook;

/// The History pane: a calendar marking the days with entries beside a table of the month's
/// sets, walks and check-ins. Edits and deletes go through undoable commands.
class HistoryPane final : public QWidget {
    Q_OBJECT
public:
    explicit HistoryPane(Logbook& logbook, QWidget* parent = nullptr);

    HistoryModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    /// The entries grouped by day with totals (shown when "Group by day" is ticked).
    HistoryDayModel* dayModel() const { return m_dayModel; }
    QTreeView* dayView() const { return m_tree; }
    /// Every exercise's personal records (the Records tab).
    RecordsModel* recordsModel() const { return m_recordsModel; }
    QTableView* recordsView() const { return m_records; }
    bool showsRecords() const;
    void showRecords();
    /// Shows the month holding `date` and selects that day's first entry.
    void showDate(core::Date date);

    /// Deletes the selected entry (undoable); false when nothing is selected.
    bool deleteSelected();
    /// Opens the editor for the selected entry; false when nothing is selected.
    bool editSelected();

protected:
    void showEvent(QShowEvent* event) override;

private:
    void monthChanged(int year, int month);
    void reloadRecords();
    void reload();
    void markCalendar();
    void dateClicked();
    void updateButtons();
    int selectedRow() const;

    Logbook& m_logbook;
    HistoryModel* m_model = nullptr;
    QCalendarWidget* m_calendar = nullptr;
    QLabel* m_summary = nullptr;
    QStackedWidget* m_tableStack = nullptr;
    QTableView* m_table = nullptr;
    HistoryDayModel* m_dayModel = nullptr;
    QTreeView* m_tree = nullptr;
    QCheckBox* m_grouped = nullptr;
    EmptyStateLabel* m_empty = nullptr;
    QPushButton* m_edit = nullptr;
    QPushButton* m_delete = nullptr;
    QTabWidget* m_tabs = nullptr;
    RecordsModel* m_recordsModel = nullptr;
    QTableView* m_records = nullptr;
    EmptyStateLabel* m_recordsEmpty = nullptr;
    QStackedWidget* m_recordsStack = nullptr;
    bool m_recordsStale = true;
};

} // namespace keel::gui
