// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/today/itempanel.h"

#include "gui/common/accessibility.h"
#include "gui/common/labels.h"
#include "gui/common/plural.h"
#include "gui/common/prescriptiontext.h"
#include "gui/common/reasonwords.h"
#include "gui/common/typography.h"
#include "gui/today/holdtimer.h"
#include "gui/today/recordtext.h"
#include "gui/today/setentrywidget.h"

#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QStringList>
#include <QToolButton>
#include <QVBoxLayout>

namespace keel::gui {

namespace {

QLabel* wrappingLabel(QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    return label;
}

} // namespace

ItemPanel::ItemPanel(const core::Catalog& catalog, QWidget* parent)
    : QWidget(parent)
    , m_catalog(catalog)
    , m_title(new QLabel(this))
    , m_prescription(wrappingLabel(this))
    , m_reason(wrappingLabel(this))
    , m_lastTime(wrappingLabel(this))
    , m_best(wrappingLabel(this))
    , m_loggedToday(wrappingLabel(this))
    , m_cuesToggle(new QToolButton(this))
    , m_cues(wrappingLabel(this))
    , m_nextSet(new QLabel(this))
    , m_entry(new SetEntryWidget(SetEntryWidget::Placement::Item, this))
    , m_holdTimer(new HoldTimer(this))
    , m_doneButton(new QPushButton(tr("&Done as planned"), this))
{
    m_title->setFont(Typography::title(m_title->font()));
    m_title->setWordWrap(true);
    QFont nextFont = m_nextSet->font();
    nextFont.setBold(true);
    m_nextSet->setFont(nextFont);

    m_cuesToggle->setCheckable(true);
    m_cuesToggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_cuesToggle->setAutoRaise(true);
    Accessibility::describe(m_cuesToggle, tr("Show cues"), tr("Shows or hides the coaching cues"));
    m_doneButton->setObjectName(QStringLiteral("doneAsPlannedButton"));
    m_doneButton->setAutoDefault(false);
    Accessibility::describe(m_doneButton, tr("Done as planned"), tr("Logs every remaining set as prescribed"));

    auto* facts = new QFormLayout;
    facts->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    facts->addRow(tr("Planned:"), m_prescription);
    facts->addRow(tr("Why:"), m_reason);
    facts->addRow(tr("Last time:"), m_lastTime);
    m_best->setObjectName(QStringLiteral("bestLabel"));
    facts->addRow(tr("Best:"), m_best);
    m_loggedToday->setObjectName(QStringLiteral("loggedTodayLabel"));
    facts->addRow(tr("Today:"), m_loggedToday);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addLayout(facts);
    layout->addWidget(m_cuesToggle, 0, Qt::AlignLeft);
    layout->addWidget(m_cues);
    layout->addSpacing(m_title->fontMetrics().height() / 2);
    layout->addWidget(m_nextSet);
    layout->addWidget(m_entry);
    layout->addWidget(m_holdTimer);
    layout->addWidget(m_doneButton, 0, Qt::AlignLeft);

    connect(m_cuesToggle, &QToolButton::toggled, this, &ItemPanel::setCuesVisible);
    connect(m_entry, &SetEntryWidget::submitted, this, &ItemPanel::logRequested);
    connect(m_doneButton, &QPushButton::clicked, this, &ItemPanel::doneAsPlannedRequested);
    // The seconds held go into the entry, where Enter logs them.
    connect(m_holdTimer, &HoldTimer::held, this, [this](int seconds) {
        m_entry->setHoldSeconds(seconds);
        m_entry->focusEntry();
    });
    setCuesVisible(false);
}

void ItemPanel::showEntry(const core::DayEntry& entry, core::Date date, const UnitFormat& units)
{
    const core::PlannedItem& item = entry.item;
    // Shown again for the same item (a reload): what the person is typing stays.
    const bool keepTyped = m_entry->holdsTypedEntry(item.id, date);
    m_itemId = item.id;
    m_title->setText(PrescriptionText::exerciseName(m_catalog, item.exerciseId));
    const QString prescription = PrescriptionText::prescription(item, units);
    m_prescription->setText(item.warmUp ? tr("%1 (warm-up)").arg(prescription) : prescription);
    m_reason->setText(ReasonWords::text(item.reason, &m_catalog));

    const bool walk = core::ItemProgress::isWalk(item);
    m_lastTime->setText(walk ? tr("—") : PrescriptionText::lastTime(entry.lastTime, units));
    const QString best = RecordText::bests(entry.bests, units);
    m_best->setText(walk || best.isEmpty() ? tr("—") : best);
    QStringList today;
    for (const core::LoggedSet& set : entry.log.sets)
        today << PrescriptionText::loggedSet(set, units, true);
    for (const core::WalkEntry& logged : entry.log.walks)
        today << PrescriptionText::walk(logged, units);
    m_loggedToday->setText(today.isEmpty() ? tr("nothing yet") : today.join(QStringLiteral("; ")));

    const core::Exercise* exercise = m_catalog.find(item.exerciseId);
    QStringList cues;
    if (exercise) {
        for (const std::string& cue : m_catalog.texts(*exercise).cues)
            cues << QStringLiteral("• ") + Labels::fromUtf8(cue);
    }
    m_cues->setText(cues.join(QLatin1Char('\n')));
    m_cuesToggle->setVisible(!cues.isEmpty());
    m_cuesToggle->setText(tr("Cues (%1)").arg(cues.size()));
    setCuesVisible(m_cuesToggle->isChecked());

    const int remaining = core::ItemProgress::remainingSets(item, entry.log);
    const int done = static_cast<int>(entry.log.sets.size());
    if (!keepTyped)
        m_entry->setUnits(units);
    if (walk) {
        if (!keepTyped)
            m_entry->prepareWalk(date, item.minutes ? item.minutes->min : 0, item.id);
        m_nextSet->setText(tr("Log the walk"));
    } else {
        if (!keepTyped)
            m_entry->prepare(item, entry.log, date);
        if (item.sets > 0 && remaining > 0)
            m_nextSet->setText(tr("Set %1 of %2").arg(done + 1).arg(item.sets));
        else if (item.sets > 0)
            m_nextSet->setText(
                Plural::of(tr("All %n set(s) logged; an extra set is logged as set %1", nullptr, item.sets), item.sets)
                    .arg(done + 1));
        else
            m_nextSet->setText(remaining > 0 ? tr("Log when done") : tr("Logged; log again to add more"));
        m_entry->setSubmitText(item.sets > 0 ? tr("Log set %1").arg(done + 1) : tr("Log as done"));
    }
    const bool hold = !walk && m_entry->mode() == SetEntryWidget::Mode::Hold;
    m_holdTimer->setVisible(hold);
    if (hold)
        m_holdTimer->setTarget(m_entry->holdSeconds());
    m_doneButton->setEnabled(remaining > 0);
    m_doneButton->setText(remaining > 1 ? Plural::of(tr("&Done as planned (%n set(s))", nullptr, remaining), remaining)
                                        : tr("&Done as planned"));
}

void ItemPanel::setCuesVisible(bool visible)
{
    m_cues->setVisible(visible);
    m_cuesToggle->setArrowType(visible ? Qt::DownArrow : Qt::RightArrow);
    m_cuesToggle->setAccessibleName(visible ? tr("Hide cues") : tr("Show cues"));
}

} // namespace keel::gui
