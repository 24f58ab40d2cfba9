// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/today/setentrywidget.h"

#include "core/plan/itemprogress.h"
#include "gui/common/accessibility.h"
#include "gui/common/logentryfields.h"

#include <QHBoxLayout>
#include <QPushButton>

#include <algorithm>

namespace keel::gui {

using Field = LogEntryFields::Field;

SetEntryWidget::SetEntryWidget(Placement placement, QWidget* parent)
    : EntryForm(parent)
    , m_fields(new LogEntryFields(
          placement == Placement::Item ? LogEntryFields::Placement::TodayItem : LogEntryFields::Placement::TodayWalk,
          this))
    , m_submit(new QPushButton(this))
{
    m_submit->setObjectName(QStringLiteral("logButton"));
    m_submit->setAutoDefault(false);

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    // Space goes mostly to the note; the button stays near it rather than at the far edge.
    layout->addWidget(m_fields, 3);
    layout->addWidget(m_submit, 0, Qt::AlignBottom);
    layout->addStretch(1);

    // Connected before anyone else hears of a submit, so a reload after it prepares the next set.
    connect(this, &EntryForm::submitted, this, [this] { m_edited = false; });
    connect(m_submit, &QPushButton::clicked, this, &SetEntryWidget::submitted);
    connect(m_fields, &LogEntryFields::edited, this, [this] { m_edited = true; });
    setMode(Mode::Reps, false);
}

void SetEntryWidget::setUnits(const UnitFormat& units)
{
    m_fields->setUnits(units);
}

void SetEntryWidget::setMode(Mode mode, bool withLoad)
{
    m_mode = mode;
    LogEntryFields::Fields fields = Field::Pain | Field::Note;
    switch (mode) {
    case Mode::Reps:
        fields |= Field::Reps | Field::Rpe;
        break;
    case Mode::Hold:
        fields |= Field::Seconds | Field::Rpe;
        break;
    case Mode::Distance:
        fields |= Field::Meters | Field::Rpe;
        break;
    case Mode::Minutes:
        fields |= Field::Minutes;
        break;
    case Mode::Walk:
        fields |= Field::Minutes | Field::Kilometers;
        break;
    }
    if (withLoad)
        fields |= Field::Load;
    m_fields->showFields(fields);

    // The button says what this mode logs, to the eye and to a screen reader alike.
    QString submit = tr("Log set");
    QString description = tr("Logs the set with the numbers shown (Enter)");
    if (mode == Mode::Minutes) {
        submit = tr("Log as done");
        description = tr("Logs the item as done with the minutes shown (Enter)");
    } else if (mode == Mode::Walk) {
        submit = tr("Log walk");
        description = tr("Logs the walk with the numbers shown (Enter)");
    }
    m_submit->setText(submit);
    Accessibility::describe(m_submit, submit, description);
}

void SetEntryWidget::prepare(const core::PlannedItem& item, const core::ItemLog& log, core::Date date)
{
    m_date = date;
    m_itemId = item.id;
    Mode mode = Mode::Reps;
    if (item.reps)
        mode = Mode::Reps;
    else if (item.seconds)
        mode = Mode::Hold;
    else if (item.meters)
        mode = Mode::Distance;
    else if (item.minutes)
        mode = Mode::Minutes;
    setMode(mode, item.loadKg.has_value());

    // The next set starts from the set just logged (the person's real numbers today), or
    // from the prescription for the first set. Effort, pain and note are asked afresh for every
    // set: carrying them over would record a number nobody entered.
    const core::LoggedSet base = log.sets.empty() ? core::PlannedEntry::set(item, date) : log.sets.back();
    core::LoggedSet next;
    next.date = date;
    next.exerciseId = item.exerciseId;
    next.plannedItemId = item.id;
    next.reps = base.reps.value_or(1);
    next.seconds = base.seconds.value_or(mode == Mode::Minutes ? 300 : 30);
    next.meters = base.meters.value_or(20.0);
    next.loadKg = base.loadKg ? base.loadKg : item.loadKg;
    m_fields->setSet(next);
    m_edited = false;
}

bool SetEntryWidget::holdsTypedEntry(std::optional<std::int64_t> itemId, core::Date date) const
{
    return m_edited && m_itemId == itemId && m_date == date;
}

void SetEntryWidget::prepareWalk(core::Date date, int minutes, std::optional<std::int64_t> plannedItemId)
{
    m_date = date;
    m_itemId = plannedItemId;
    setMode(Mode::Walk, false);
    core::WalkEntry walk;
    walk.date = date;
    walk.minutes = minutes;
    walk.plannedItemId = plannedItemId;
    m_fields->setWalk(walk);
    m_edited = false;
}

core::LoggedSet SetEntryWidget::enteredSet() const
{
    return m_fields->loggedSet();
}

core::WalkEntry SetEntryWidget::enteredWalk() const
{
    return m_fields->walkEntry();
}

void SetEntryWidget::focusEntry()
{
    m_fields->focusFirst();
}

int SetEntryWidget::holdSeconds() const
{
    return m_fields->seconds();
}

void SetEntryWidget::setHoldSeconds(int seconds)
{
    m_fields->setSeconds(seconds);
}

void SetEntryWidget::setSubmitText(const QString& text)
{
    m_submit->setText(text);
    m_submit->setAccessibleName(text);
}

} // namespace keel::gui
