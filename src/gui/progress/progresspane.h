// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/report/progresschart.h"
#include "core/report/progressreport.h"

#include <QWidget>

#include <array>
#include <exception>

class QButtonGroup;
class QComboBox;
class QLabel;
class QTabWidget;

namespace keel::gui {

class ChartPanel;
class ChartView;
class ConsistencyTableModel;
class HeatMapWidget;
class SeriesTableModel;
class Logbook;

/// The Progress pane: a range selector and one tab per chart (exercise or pattern progress, sets
/// per pattern, walking, mobility, pain, consistency), each with its table and export buttons.
/// The numbers come from core::ProgressReport; the pane re-reads them when the log, the plan or
/// the profile changes, once it is visible.
class ProgressPane final : public QWidget {
    Q_OBJECT
public:
    explicit ProgressPane(Logbook& logbook, QWidget* parent = nullptr);

    core::ProgressRange range() const { return m_range; }
    void setRange(core::ProgressRange range);
    /// Re-reads every chart now.
    void refresh();

    /// The panel of a chart by id: "exercise", "volume", "walking", "mobility", "pain", "consistency".
    ChartPanel* panel(const QString& id) const;

protected:
    void changeEvent(QEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    enum Chart { ExerciseChart, VolumeChart, WalkingChart, MobilityChart, PainChart, NB_CHARTS };
    struct Slot {
        ChartView* view = nullptr;
        SeriesTableModel* model = nullptr;
        ChartPanel* panel = nullptr;
    };

    Slot makeSlot(const QString& id, const QString& title);
    core::ProgressSettings settings() const;
    void styleRanges();
    void markDirty();
    void refreshSubject();
    void showSubject(core::ProgressReport& report);
    void showError(const std::exception& error);
    void fillSubjects(const std::vector<core::LoggedExercise>& logged);
    void showChart(Chart chart, const core::ProgressChart& content);

    Logbook& m_logbook;
    core::ProgressRange m_range;
    bool m_dirty = true;
    bool m_refreshQueued = false;
    QButtonGroup* m_ranges = nullptr;
    QTabWidget* m_tabs = nullptr;
    QComboBox* m_subject = nullptr;
    QLabel* m_error = nullptr;
    QLabel* m_streaks = nullptr;
    std::array<Slot, NB_CHARTS> m_slots;
    HeatMapWidget* m_heatMap = nullptr;
    ConsistencyTableModel* m_consistencyModel = nullptr;
    ChartPanel* m_consistencyPanel = nullptr;
};

} // namespace keel::gui
