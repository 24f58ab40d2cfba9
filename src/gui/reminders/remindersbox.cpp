// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/reminders/remindersbox.h"

#include "gui/common/accessibility.h"
#include "gui/common/labels.h"
#include "gui/logbook.h"
#include "gui/reminders/reminderstore.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QSpinBox>
#include <QSystemTrayIcon>
#include <QTime>
#include <QTimeEdit>
#include <QToolButton>

namespace keel::gui {

namespace {

QTime toTime(int minute)
{
    return QTime(minute / 60, minute % 60);
}

int toMinute(const QTime& time)
{
    return time.hour() * 60 + time.minute();
}

QTimeEdit* timeEdit(QWidget* parent, const char* name)
{
    auto* edit = new QTimeEdit(parent);
    edit->setObjectName(QLatin1String(name));
    edit->setDisplayFormat(QStringLiteral("HH:mm"));
    return edit;
}

} // namespace

RemindersBox::RemindersBox(Logbook& logbook, QWidget* parent)
    : QGroupBox(tr("Reminders"), parent)
    , m_logbook(logbook)
    , m_sessionOn(new QCheckBox(tr("Dai&ly session reminder at"), this))
    , m_sessionAt(timeEdit(this, "sessionAtTimeEdit"))
    , m_desk(new QCheckBox(tr("Desk breaks every"), this))
    , m_deskEvery(new QSpinBox(this))
    , m_deskFrom(timeEdit(this, "deskFromTimeEdit"))
    , m_deskUntil(timeEdit(this, "deskUntilTimeEdit"))
    , m_restOver(new QCheckBox(tr("Rest over, when Keel's window is in the background"), this))
    , m_keepInTray(new QCheckBox(tr("Keep Keel in the tray when its window is closed"), this))
{
    setObjectName(QStringLiteral("remindersGroupBox"));
    // Settings has used every other letter: one mnemonic here, Tab reaches the rest.
    m_sessionOn->setObjectName(QStringLiteral("sessionReminderCheckBox"));
    Accessibility::describe(m_sessionAt, tr("Session reminder time"),
        tr("On days with a planned session not yet done, a desktop notification at this time"));
    m_desk->setObjectName(QStringLiteral("deskBreaksCheckBox"));
    m_deskEvery->setObjectName(QStringLiteral("deskEverySpinBox"));
    m_deskEvery->setRange(15, 240);
    m_deskEvery->setSingleStep(15);
    m_deskEvery->setSuffix(tr(" min"));
    Accessibility::describe(m_deskEvery, tr("Desk break interval"));
    Accessibility::describe(m_deskFrom, tr("Desk breaks from"));
    Accessibility::describe(m_deskUntil, tr("Desk breaks until"));
    m_restOver->setObjectName(QStringLiteral("restOverCheckBox"));
    m_keepInTray->setObjectName(QStringLiteral("keepInTrayCheckBox"));
    if (!QSystemTrayIcon::isSystemTrayAvailable())
        m_keepInTray->setToolTip(tr("This desktop shows no tray icons, so closing the window quits Keel."));

    auto* sessionRow = new QHBoxLayout;
    sessionRow->addWidget(m_sessionOn);
    sessionRow->addWidget(m_sessionAt);
    sessionRow->addStretch(1);

    auto* deskRow = new QHBoxLayout;
    deskRow->addWidget(m_desk);
    deskRow->addWidget(m_deskEvery);
    deskRow->addWidget(new QLabel(tr("from"), this));
    deskRow->addWidget(m_deskFrom);
    deskRow->addWidget(new QLabel(tr("to"), this));
    deskRow->addWidget(m_deskUntil);
    deskRow->addStretch(1);

    auto* daysRow = new QHBoxLayout;
    daysRow->addSpacing(m_desk->sizeHint().height());
    daysRow->addWidget(new QLabel(tr("on"), this));
    for (std::size_t day = 0; day < m_workDays.size(); ++day) {
        const auto weekday = static_cast<core::Weekday>(day);
        auto* button = new QToolButton(this);
        button->setCheckable(true);
        button->setText(Labels::weekday(weekday, true));
        button->setObjectName(QStringLiteral("workDay%1Button").arg(day));
        Accessibility::describe(button, tr("Desk breaks on %1").arg(Labels::weekday(weekday)));
        daysRow->addWidget(button);
        m_workDays[day] = button;
    }
    daysRow->addStretch(1);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(sessionRow);
    layout->addLayout(deskRow);
    layout->addLayout(daysRow);
    layout->addWidget(m_restOver);
    layout->addWidget(m_keepInTray);

    load();
    for (QCheckBox* box : {m_sessionOn, m_desk, m_restOver, m_keepInTray})
        connect(box, &QCheckBox::toggled, this, &RemindersBox::store);
    for (QTimeEdit* edit : {m_sessionAt, m_deskFrom, m_deskUntil})
        connect(edit, &QTimeEdit::timeChanged, this, &RemindersBox::store);
    connect(m_deskEvery, &QSpinBox::valueChanged, this, &RemindersBox::store);
    for (QToolButton* button : m_workDays)
        connect(button, &QToolButton::toggled, this, &RemindersBox::store);
}

core::ReminderSettings RemindersBox::shown() const
{
    core::ReminderSettings settings;
    settings.session = m_sessionOn->isChecked();
    settings.sessionAt = toMinute(m_sessionAt->time());
    settings.deskBreaks = m_desk->isChecked();
    settings.deskEvery = m_deskEvery->value();
    settings.deskFrom = toMinute(m_deskFrom->time());
    settings.deskUntil = toMinute(m_deskUntil->time());
    for (std::size_t day = 0; day < m_workDays.size(); ++day)
        settings.workDays[day] = m_workDays[day]->isChecked();
    settings.restOver = m_restOver->isChecked();
    return settings;
}

void RemindersBox::load()
{
    m_loading = true;
    const core::ReminderSettings settings = ReminderStore::settings();
    m_sessionOn->setChecked(settings.session);
    m_sessionAt->setTime(toTime(settings.sessionAt));
    m_desk->setChecked(settings.deskBreaks);
    m_deskEvery->setValue(settings.deskEvery);
    m_deskFrom->setTime(toTime(settings.deskFrom));
    m_deskUntil->setTime(toTime(settings.deskUntil));
    for (std::size_t day = 0; day < m_workDays.size(); ++day)
        m_workDays[day]->setChecked(settings.workDays[day]);
    m_restOver->setChecked(settings.restOver);
    m_keepInTray->setChecked(ReminderStore::keepInTray());
    m_loading = false;
    updateEnabled();
}

void RemindersBox::store()
{
    updateEnabled();
    if (m_loading)
        return;
    ReminderStore::store(shown());
    ReminderStore::storeKeepInTray(m_keepInTray->isChecked());
    m_logbook.reportDesktopSettingsChanged();
}

void RemindersBox::updateEnabled()
{
    m_sessionAt->setEnabled(m_sessionOn->isChecked());
    const bool desk = m_desk->isChecked();
    for (QWidget* field :
        {static_cast<QWidget*>(m_deskEvery), static_cast<QWidget*>(m_deskFrom), static_cast<QWidget*>(m_deskUntil)})
        field->setEnabled(desk);
    for (QToolButton* button : m_workDays)
        button->setEnabled(desk);
}

} // namespace keel::gui
