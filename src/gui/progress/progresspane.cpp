// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/progress/progresspane.h"

#include "core/report/progressreport.h"
#include "gui/common/errorwords.h"
#include "gui/common/labels.h"
#include "gui/common/plural.h"
#include "gui/common/prescriptiontext.h"
#include "gui/common/reasonwords.h"
#include "gui/logbook.h"
#include "gui/progress/chartpanel.h"
#include "gui/progress/chartview.h"
#include "gui/progress/consistencytablemodel.h"
#include "gui/progress/heatmapwidget.h"
#include "gui/progress/seriestablemodel.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QTabWidget>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

#include <exception>

namespace keel::gui {

namespace {

const QString kPatternPrefix = QStringLiteral("pattern:");
const QString kExercisePrefix = QStringLiteral("exercise:");

QString rangeText(core::ProgressRange range)
{
    switch (range) {
    case core::ProgressRange::FourWeeks:
        return ProgressPane::tr("4 weeks");
    case core::ProgressRange::ThreeMonths:
        return ProgressPane::tr("3 months");
    case core::ProgressRange::OneYear:
        return ProgressPane::tr("1 year");
    case core::ProgressRange::All:
        return ProgressPane::tr("All");
    }
    return {};
}

/// "Streak: 3 weeks · best 5 weeks in these weeks"; "at least" when the streak began before the range.
QString streakText(const core::ConsistencyReport& report)
{
    const auto weeks = [](int count) { return Plural::of(ProgressPane::tr("%n week(s)", nullptr, count), count); };
    const QString current = report.streakMayBeLonger ? ProgressPane::tr("at least %1").arg(weeks(report.currentStreak))
                                                     : weeks(report.currentStreak);
    return ProgressPane::tr("Streak: %1 · best %2 in the weeks shown").arg(current, weeks(report.bestStreak));
}

QStringList toStringList(const std::vector<core::Reason>& lines, const core::Catalog& catalog)
{
    QStringList list;
    for (const core::Reason& line : lines)
        list << ReasonWords::text(line, &catalog);
    return list;
}

} // namespace

ProgressPane::ProgressPane(Logbook& logbook, QWidget* parent)
    : QWidget(parent)
    , m_logbook(logbook)
    , m_range(core::ProgressReport::kDefaultRange)
{
    setAccessibleName(tr("Progress"));
    auto* layout = new QVBoxLayout(this);

    auto* rangeRow = new QHBoxLayout;
    auto* rangeLabel = new QLabel(tr("Show:"), this);
    rangeRow->addWidget(rangeLabel);
    m_ranges = new QButtonGroup(this);
    m_ranges->setExclusive(true);
    for (core::ProgressRange range : core::allProgressRanges()) {
        auto* button = new QToolButton(this);
        button->setText(rangeText(range));
        button->setCheckable(true);
        button->setChecked(range == m_range);
        button->setFocusPolicy(Qt::StrongFocus);
        button->setAccessibleName(tr("Show the last %1").arg(rangeText(range)));
        m_ranges->addButton(button, static_cast<int>(range));
        rangeRow->addWidget(button);
    }
    connect(
        m_ranges, &QButtonGroup::idClicked, this, [this](int id) { setRange(static_cast<core::ProgressRange>(id)); });
    styleRanges();
    rangeRow->addStretch(1);
    layout->addLayout(rangeRow);

    m_error = new QLabel(this);
    m_error->setWordWrap(true);
    m_error->setVisible(false);
    layout->addWidget(m_error);

    m_tabs = new QTabWidget(this);
    m_tabs->setAccessibleName(tr("Progress charts"));
    layout->addWidget(m_tabs, 1);

    m_slots[ExerciseChart] = makeSlot(QStringLiteral("exercise"), tr("Exercise progress"));
    m_subject = new QComboBox(this);
    m_subject->setAccessibleName(tr("Exercise or pattern to chart"));
    m_subject->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    connect(m_subject, &QComboBox::activated, this, [this] { refreshSubject(); });
    m_slots[ExerciseChart].panel->addToolWidget(m_subject);
    m_slots[VolumeChart] = makeSlot(QStringLiteral("volume"), tr("Sets per pattern"));
    m_slots[WalkingChart] = makeSlot(QStringLiteral("walking"), tr("Walking"));
    m_slots[MobilityChart] = makeSlot(QStringLiteral("mobility"), tr("Mobility"));
    m_slots[PainChart] = makeSlot(QStringLiteral("pain"), tr("Pain"));
    m_tabs->addTab(m_slots[ExerciseChart].panel, tr("Exercise"));
    m_tabs->addTab(m_slots[VolumeChart].panel, tr("Sets"));
    m_tabs->addTab(m_slots[WalkingChart].panel, tr("Walking"));
    m_tabs->addTab(m_slots[MobilityChart].panel, tr("Mobility"));
    m_tabs->addTab(m_slots[PainChart].panel, tr("Pain"));

    m_heatMap = new HeatMapWidget;
    m_heatMap->setObjectName(QStringLiteral("consistencyChart"));
    m_consistencyModel = new ConsistencyTableModel(this);
    m_consistencyPanel = new ChartPanel(tr("Consistency"), m_heatMap, m_consistencyModel, m_tabs);
    m_consistencyPanel->setObjectName(QStringLiteral("consistencyPanel"));
    m_streaks = new QLabel(m_consistencyPanel);
    m_streaks->setObjectName(QStringLiteral("streaks"));
    m_consistencyPanel->addToolWidget(m_streaks);
    m_tabs->addTab(m_consistencyPanel, tr("Consistency"));

    connect(&m_logbook, &Logbook::logChanged, this, &ProgressPane::markDirty);
    connect(&m_logbook, &Logbook::planChanged, this, &ProgressPane::markDirty);
    connect(&m_logbook, &Logbook::profileChanged, this, &ProgressPane::markDirty);
}

ProgressPane::Slot ProgressPane::makeSlot(const QString& id, const QString& title)
{
    Slot slot;
    slot.view = new ChartView;
    slot.view->setCatalog(&m_logbook.catalog());
    slot.view->setObjectName(id + QStringLiteral("Chart"));
    slot.model = new SeriesTableModel(this);
    slot.model->setCatalog(&m_logbook.catalog());
    slot.panel = new ChartPanel(title, slot.view, slot.model, m_tabs);
    slot.panel->setObjectName(id + QStringLiteral("Panel"));
    return slot;
}

ChartPanel* ProgressPane::panel(const QString& id) const
{
    if (id == QStringLiteral("consistency"))
        return m_consistencyPanel;
    return findChild<ChartPanel*>(id + QStringLiteral("Panel"));
}

void ProgressPane::setRange(core::ProgressRange range)
{
    if (auto* button = m_ranges->button(static_cast<int>(range)))
        button->setChecked(true);
    if (range == m_range && !m_dirty)
        return;
    m_range = range;
    refresh();
}

void ProgressPane::styleRanges()
{
    // The chosen range has to stand out in every palette (a dark one barely shades a pressed tool
    // button): it takes the selection colours, as a selected row does. A style sheet reads the
    // palette when it is set, so it is set again whenever the palette changes.
    const QString sheet
        = QStringLiteral("QToolButton:checked { background-color: %1; color: %2; border: 1px solid %1; "
                         "border-radius: 3px; padding: 2px 6px; }")
              .arg(palette().color(QPalette::Highlight).name(), palette().color(QPalette::HighlightedText).name());
    for (QAbstractButton* button : m_ranges->buttons())
        button->setStyleSheet(sheet);
}

void ProgressPane::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        styleRanges();
}

void ProgressPane::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (m_dirty)
        refresh();
}

void ProgressPane::markDirty()
{
    m_dirty = true;
    if (!isVisible() || m_refreshQueued)
        return;
    // Several signals from one edit arrive together: read once they have all arrived.
    m_refreshQueued = true;
    QTimer::singleShot(0, this, [this] {
        m_refreshQueued = false;
        if (m_dirty)
            refresh();
    });
}

core::ProgressSettings ProgressPane::settings() const
{
    const auto& profile = m_logbook.profile();
    return profile ? core::ProgressSettings::fromProfile(*profile) : core::ProgressSettings {};
}

void ProgressPane::showChart(Chart chart, const core::ProgressChart& content)
{
    Slot& slot = m_slots[chart];
    slot.view->setChart(content);
    slot.model->setChart(content);
    slot.panel->setNotes(toStringList(content.notes, m_logbook.catalog()));
}

void ProgressPane::refresh()
{
    m_dirty = false;
    try {
        core::ProgressReport report(m_logbook.database(), m_logbook.catalog(), settings(), m_logbook.today());
        const core::ProgressOverview overview = report.overview(m_range);
        showChart(VolumeChart, overview.volume);
        showChart(WalkingChart, overview.walking);
        showChart(MobilityChart, overview.mobility);
        showChart(PainChart, overview.pain);
        m_heatMap->setReport(overview.consistency, m_logbook.today());
        m_consistencyModel->setReport(overview.consistency);
        m_streaks->setText(streakText(overview.consistency));
        m_streaks->setAccessibleName(m_streaks->text());
        fillSubjects(report.loggedExercises());
        showSubject(report);
        m_error->setVisible(false);
    } catch (const std::exception& error) {
        showError(error);
    }
}

void ProgressPane::fillSubjects(const std::vector<core::LoggedExercise>& logged)
{
    const QString current = m_subject->currentData().toString();
    m_subject->clear();
    for (core::Pattern pattern : core::allPatterns()) {
        if (m_logbook.catalog().byPattern(pattern).empty() && pattern != core::Pattern::Walking)
            continue;
        m_subject->addItem(tr("Pattern: %1").arg(Labels::pattern(pattern)),
            kPatternPrefix + Labels::fromUtf8(core::toString(pattern)));
    }
    if (!logged.empty())
        m_subject->insertSeparator(m_subject->count());
    for (const core::LoggedExercise& exercise : logged) {
        const QString name = m_logbook.catalog().find(exercise.id)
            ? PrescriptionText::exerciseName(m_logbook.catalog(), exercise.id)
            : QString::fromStdString(exercise.name);
        m_subject->addItem(exercise.imported ? tr("%1 (imported)").arg(name) : name,
            kExercisePrefix + QString::fromStdString(exercise.id));
    }
    const int index = m_subject->findData(current);
    m_subject->setCurrentIndex(index >= 0 ? index : 0);
}

void ProgressPane::refreshSubject()
{
    try {
        core::ProgressReport report(m_logbook.database(), m_logbook.catalog(), settings(), m_logbook.today());
        showSubject(report);
    } catch (const std::exception& error) {
        showError(error);
    }
}

void ProgressPane::showSubject(core::ProgressReport& report)
{
    const QString subject = m_subject->currentData().toString();
    if (subject.startsWith(kExercisePrefix)) {
        showChart(ExerciseChart, report.exercise(subject.mid(kExercisePrefix.size()).toStdString(), m_range));
    } else if (const auto pattern = core::parsePattern(subject.mid(kPatternPrefix.size()).toStdString())) {
        showChart(ExerciseChart, report.pattern(*pattern, m_range));
    }
}

void ProgressPane::showError(const std::exception& error)
{
    m_error->setText(tr("Could not read your progress: %1").arg(ErrorWords::text(error, &m_logbook.catalog())));
    m_error->setVisible(true);
}

} // namespace keel::gui
