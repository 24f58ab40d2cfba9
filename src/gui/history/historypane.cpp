// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/history/historypane.h"

#include "gui/commands/deletelogentrycommand.h"
#include "gui/commands/editlogentrycommand.h"
#include "gui/commands/undopush.h"
#include "gui/common/emptystatelabel.h"
#include "gui/common/labels.h"
#include "gui/common/palettecolors.h"
#include "gui/common/plural.h"
#include "gui/common/tableviews.h"
#include "gui/history/historydaymodel.h"
#include "gui/history/historymodel.h"
#include "gui/history/logentrydialog.h"
#include "gui/history/recordsmodel.h"
#include "gui/logbook.h"

#include <QAction>
#include <QCalendarWidget>
#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QTextCharFormat>
#include <QTreeView>
#include <QVBoxLayout>

namespace keel::gui {

HistoryPane::HistoryPane(Logbook& logbook, QWidget* parent)
    : QWidget(parent)
    , m_logbook(logbook)
    , m_model(new HistoryModel(logbook, this))
{
    m_calendar = new QCalendarWidget(this);
    m_calendar->setObjectName(QStringLiteral("historyCalendarWidget"));
    m_calendar->setAccessibleName(tr("Calendar of logged days"));
    m_calendar->setGridVisible(false);
    m_calendar->setVerticalHeaderFormat(QCalendarWidget::NoVerticalHeader);
    // Qt paints weekends pure red, hard to read on dark backgrounds; weekends are ordinary days here.
    QTextCharFormat weekend;
    weekend.setForeground(palette().color(QPalette::Text));
    m_calendar->setWeekdayTextFormat(Qt::Saturday, weekend);
    m_calendar->setWeekdayTextFormat(Qt::Sunday, weekend);

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("summaryLabel"));
    m_summary->setWordWrap(true);

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("historyTableView"));
    m_table->setAccessibleName(tr("Logged sets, walks and check-ins"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    TableViews::makeCompact(m_table);
    m_table->setAlternatingRowColors(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);

    m_dayModel = new HistoryDayModel(m_model, this);
    m_dayModel->setUnits(UnitFormat(m_logbook.units()));
    m_tree = new QTreeView(this);
    m_tree->setObjectName(QStringLiteral("historyTreeView"));
    m_tree->setAccessibleName(tr("Logged days with their totals"));
    m_tree->setModel(m_dayModel);
    m_tree->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tree->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tree->setAllColumnsShowFocus(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_tree->header()->setStretchLastSection(true);

    m_grouped = new QCheckBox(tr("Group by da&y"), this);
    m_grouped->setObjectName(QStringLiteral("groupByDayCheckBox"));
    m_grouped->setToolTip(tr("One row per day with its totals, opened to see the sets; untick for the flat table"));

    m_empty = new EmptyStateLabel(this);
    m_tableStack = new QStackedWidget(this);
    m_tableStack->addWidget(m_table);
    m_tableStack->addWidget(m_tree);
    m_tableStack->addWidget(m_empty);

    m_edit = new QPushButton(tr("Ed&it…"), this);
    m_edit->setObjectName(QStringLiteral("editButton"));
    m_edit->setToolTip(tr("Change the selected entry (Enter)"));
    m_delete = new QPushButton(tr("&Delete"), this);
    m_delete->setObjectName(QStringLiteral("deleteButton"));
    m_delete->setToolTip(tr("Delete the selected entry (Delete); Undo brings it back"));

    auto* left = new QVBoxLayout;
    left->addWidget(m_calendar);
    left->addWidget(m_summary);
    left->addWidget(m_grouped);
    left->addStretch(1);
    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_edit);
    buttons->addWidget(m_delete);
    auto* entries = new QWidget(this);
    auto* right = new QVBoxLayout(entries);
    right->setContentsMargins(0, 0, 0, 0);
    right->addWidget(m_tableStack, 1);
    right->addLayout(buttons);

    m_recordsModel = new RecordsModel(logbook, this);
    auto* sortedRecords = new QSortFilterProxyModel(this);
    sortedRecords->setSourceModel(m_recordsModel);
    sortedRecords->setSortRole(RecordsModel::SortRole);
    m_records = new QTableView(this);
    m_records->setObjectName(QStringLiteral("recordsTableView"));
    m_records->setAccessibleName(tr("Personal records of every exercise"));
    m_records->setModel(sortedRecords);
    m_records->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_records->setSelectionMode(QAbstractItemView::SingleSelection);
    m_records->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_records->setSortingEnabled(true);
    // The newest bests first: what improved lately is what a lifter looks for.
    m_records->sortByColumn(RecordsModel::LatestColumn, Qt::DescendingOrder);
    TableViews::makeCompact(m_records);
    m_records->setAlternatingRowColors(true);
    m_records->setTextElideMode(Qt::ElideRight);
    // The numbers always show; a long exercise name is elided (its tooltip is the table's row).
    m_records->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_records->horizontalHeader()->setSectionResizeMode(RecordsModel::ExerciseColumn, QHeaderView::Stretch);
    m_records->horizontalHeader()->setStretchLastSection(false);
    m_recordsEmpty = new EmptyStateLabel(this);
    m_recordsEmpty->setText(tr("No records yet. Log a few sessions: every exercise's heaviest set, best "
                               "estimated 1RM, most reps and longest hold appear here, and the longest walk."));
    m_recordsStack = new QStackedWidget(this);
    m_recordsStack->addWidget(m_records);
    m_recordsStack->addWidget(m_recordsEmpty);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("historyTabs"));
    m_tabs->addTab(entries, tr("E&ntries"));
    m_tabs->addTab(m_recordsStack, tr("&Records"));
    m_tabs->setTabToolTip(0, tr("The month's sets, walks and check-ins"));
    m_tabs->setTabToolTip(1, tr("Every exercise's bests over the whole log"));

    auto* layout = new QHBoxLayout(this);
    layout->addLayout(left);
    layout->addWidget(m_tabs, 1);

    // Shortcuts that work while the table has focus, without stealing Delete from line edits elsewhere.
    auto* deleteAction = new QAction(tr("Delete entry"), m_table);
    deleteAction->setShortcuts({QKeySequence::Delete, QKeySequence(Qt::Key_Backspace)});
    deleteAction->setShortcutContext(Qt::WidgetShortcut);
    m_table->addAction(deleteAction);
    auto* editAction = new QAction(tr("Edit entry"), m_table);
    editAction->setShortcuts({QKeySequence(Qt::Key_Return), QKeySequence(Qt::Key_Enter), QKeySequence(Qt::Key_F2)});
    editAction->setShortcutContext(Qt::WidgetShortcut);
    m_table->addAction(editAction);
    m_tree->addAction(deleteAction);
    m_tree->addAction(editAction);

    connect(deleteAction, &QAction::triggered, this, &HistoryPane::deleteSelected);
    connect(editAction, &QAction::triggered, this, &HistoryPane::editSelected);
    connect(m_delete, &QPushButton::clicked, this, &HistoryPane::deleteSelected);
    connect(m_edit, &QPushButton::clicked, this, &HistoryPane::editSelected);
    connect(m_table, &QTableView::doubleClicked, this, &HistoryPane::editSelected);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &HistoryPane::updateButtons);
    connect(m_tree, &QTreeView::doubleClicked, this, [this](const QModelIndex& index) {
        if (m_dayModel->sourceRow(index) >= 0)
            editSelected();
    });
    connect(m_tree->selectionModel(), &QItemSelectionModel::selectionChanged, this, &HistoryPane::updateButtons);
    connect(m_grouped, &QCheckBox::toggled, this, [this] {
        markCalendar();
        dateClicked();
        updateButtons();
    });
    connect(m_calendar, &QCalendarWidget::currentPageChanged, this, &HistoryPane::monthChanged);
    connect(m_calendar, &QCalendarWidget::selectionChanged, this, &HistoryPane::dateClicked);
    connect(&m_logbook, &Logbook::logChanged, this, &HistoryPane::reload);
    connect(m_tabs, &QTabWidget::currentChanged, this, [this] { reloadRecords(); });
    connect(&m_logbook, &Logbook::profileChanged, this, [this] {
        if (m_logbook.profile())
            m_calendar->setFirstDayOfWeek(
                static_cast<Qt::DayOfWeek>(static_cast<int>(m_logbook.profile()->weekStart) + 1));
        reload();
    });

    if (m_logbook.profile())
        m_calendar->setFirstDayOfWeek(static_cast<Qt::DayOfWeek>(static_cast<int>(m_logbook.profile()->weekStart) + 1));
    showDate(m_logbook.today());
}

void HistoryPane::showDate(core::Date date)
{
    const QDate day = Labels::toQDate(date);
    m_calendar->setSelectedDate(day);
    m_calendar->setCurrentPage(day.year(), day.month());
    monthChanged(day.year(), day.month());
    dateClicked();
}

void HistoryPane::monthChanged(int year, int month)
{
    const core::Date first = core::Date::fromYmd(year, month, 1);
    const core::Date last = first.addDays(QDate(year, month, 1).daysInMonth() - 1);
    m_model->setRange(first, last);
    markCalendar();
    updateButtons();
}

bool HistoryPane::showsRecords() const
{
    return m_tabs->currentWidget() == m_recordsStack;
}

void HistoryPane::showRecords()
{
    m_tabs->setCurrentWidget(m_recordsStack);
}

void HistoryPane::reloadRecords()
{
    // The whole log is read for the records: only when they are on screen, and again on the next
    // change while they are.
    m_recordsStale = true;
    if (!showsRecords() || !isVisible())
        return;
    m_recordsModel->reload();
    m_recordsStale = false;
    m_recordsStack->setCurrentWidget(
        m_recordsModel->rowCount() > 0 ? static_cast<QWidget*>(m_records) : m_recordsEmpty);
}

void HistoryPane::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (m_recordsStale)
        reloadRecords();
}

void HistoryPane::reload()
{
    reloadRecords();
    const int row = selectedRow();
    m_dayModel->setUnits(UnitFormat(m_logbook.units()));
    m_model->reload();
    markCalendar();
    if (row >= 0 && m_model->rowCount() > 0)
        m_table->selectRow(std::min(row, m_model->rowCount() - 1));
    updateButtons();
}

void HistoryPane::markCalendar()
{
    m_calendar->setDateTextFormat(QDate(), QTextCharFormat()); // clears every marked day
    QTextCharFormat marked;
    marked.setFontWeight(QFont::Bold);
    marked.setBackground(PaletteColors::markBackground(palette()));
    marked.setForeground(palette().color(QPalette::Text));
    const auto dates = m_model->datesWithEntries();
    for (const core::Date date : dates)
        m_calendar->setDateTextFormat(Labels::toQDate(date), marked);

    int sets = 0;
    int walks = 0;
    int checkIns = 0;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const LogEntry& entry = m_model->entryAt(row);
        sets += std::holds_alternative<core::LoggedSet>(entry) ? 1 : 0;
        walks += std::holds_alternative<core::WalkEntry>(entry) ? 1 : 0;
        checkIns += std::holds_alternative<core::CheckIn>(entry) ? 1 : 0;
    }
    const QString month = QLocale().toString(Labels::toQDate(m_model->from()), QStringLiteral("MMMM yyyy"));
    if (m_model->rowCount() == 0) {
        m_summary->setText(tr("Nothing logged in %1.").arg(month));
        m_empty->setMessage(tr("Nothing logged in %1").arg(month),
            tr("Sets, walks and morning check-ins you log on Today appear here. Pick another month in the "
               "calendar to look back."));
        m_tableStack->setCurrentWidget(m_empty);
    } else {
        const auto days = static_cast<int>(dates.size());
        m_summary->setText(tr("%1: %2, %3, %4 on %5.")
                               .arg(month, Plural::of(tr("%n set(s)", nullptr, sets), sets),
                                   Plural::of(tr("%n walk(s)", nullptr, walks), walks),
                                   Plural::of(tr("%n check-in(s)", nullptr, checkIns), checkIns),
                                   Plural::of(tr("%n day(s)", nullptr, days), days)));
        m_tableStack->setCurrentWidget(m_grouped->isChecked() ? static_cast<QWidget*>(m_tree) : m_table);
    }
}

void HistoryPane::dateClicked()
{
    const int row = m_model->firstRowOf(Labels::fromQDate(m_calendar->selectedDate()));
    if (row < 0) {
        m_table->clearSelection();
        m_tree->clearSelection();
        return;
    }
    if (m_grouped->isChecked()) {
        // The day opens on its first entry, ready to edit or delete.
        const QModelIndex entry = m_dayModel->indexOfSourceRow(row);
        m_tree->expand(entry.parent());
        m_tree->selectionModel()->setCurrentIndex(
            entry, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        m_tree->scrollTo(entry.parent(), QAbstractItemView::PositionAtTop);
        return;
    }
    m_table->selectRow(row);
    m_table->scrollTo(m_model->index(row, 0), QAbstractItemView::PositionAtTop);
}

void HistoryPane::updateButtons()
{
    const bool selected = selectedRow() >= 0;
    m_edit->setEnabled(selected);
    m_delete->setEnabled(selected);
}

int HistoryPane::selectedRow() const
{
    if (m_grouped->isChecked()) {
        const QModelIndexList rows = m_tree->selectionModel()->selectedRows();
        return rows.isEmpty() ? -1 : m_dayModel->sourceRow(rows.first()); // -1 for a day row
    }
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? -1 : rows.first().row();
}

bool HistoryPane::deleteSelected()
{
    const int row = selectedRow();
    if (row < 0)
        return false;
    UndoPush::pushOrWarn(m_logbook, new DeleteLogEntryCommand(m_logbook, m_model->entryAt(row)), this);
    return true;
}

bool HistoryPane::editSelected()
{
    const int row = selectedRow();
    if (row < 0)
        return false;
    const LogEntry before = m_model->entryAt(row);
    LogEntryDialog dialog(before, m_logbook.catalog(), UnitFormat(m_logbook.units()), m_logbook.today(), this);
    if (dialog.exec() != QDialog::Accepted)
        return true;
    const LogEntry after = dialog.entry();
    if (after != before)
        UndoPush::pushOrWarn(m_logbook, new EditLogEntryCommand(m_logbook, before, after), this);
    return true;
}

} // namespace keel::gui
