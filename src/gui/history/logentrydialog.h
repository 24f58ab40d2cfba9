// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/catalog/catalog.h"
#include "gui/commands/logentry.h"
#include "gui/common/unitformat.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QLabel;

#include <memory>

namespace Ui {
class LogEntryDialog;
}

namespace keel::gui {

class LogEntryFields;

/// Edits one logged set, walk or check-in (ui/logentrydialog.ui), showing only the fields of its
/// kind. Returns the edited entry; the caller stores it through an undoable command.
class LogEntryDialog : public QDialog {
    Q_OBJECT
public:
    /// `today` bounds the date: nothing may be logged later than tomorrow.
    LogEntryDialog(const LogEntry& entry, const core::Catalog& catalog, const UnitFormat& units, core::Date today,
        QWidget* parent = nullptr);
    ~LogEntryDialog() override;

    /// The entry with the form's values, in canonical units.
    LogEntry entry() const;

    void accept() override;

private:
    std::unique_ptr<Ui::LogEntryDialog> m_ui;
    LogEntryFields* m_fields = nullptr;
    QDateEdit* m_date = nullptr;
    QLabel* m_exerciseLabel = nullptr;
    QComboBox* m_exercise = nullptr;
    LogEntry m_original;
    const core::Catalog& m_catalog;
    core::Date m_today;
};

} // namespace keel::gui
