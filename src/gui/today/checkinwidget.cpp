// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/today/checkinwidget.h"

#include "gui/common/accessibility.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>

namespace keel::gui {

namespace {

constexpr int kNotGiven = -1;

} // namespace

CheckInWidget::CheckInWidget(QWidget* parent)
    : EntryForm(parent)
    , m_pain(new QSpinBox(this))
    , m_save(new QPushButton(tr("Save check-in"), this))
    , m_state(new QLabel(this))
{
    auto* caption = new QLabel(tr("Morning &back pain (0–10):"), this);
    caption->setBuddy(m_pain);
    m_pain->setObjectName(QStringLiteral("checkInSpinBox"));
    m_pain->setRange(kNotGiven, 10);
    m_pain->setSpecialValueText(QStringLiteral("–"));
    m_pain->setAlignment(Qt::AlignRight);
    Accessibility::describe(m_pain, tr("Morning back pain, 0 to 10"));
    m_save->setObjectName(QStringLiteral("checkInButton"));
    m_save->setAutoDefault(false);
    Accessibility::describe(m_save, tr("Save check-in"), tr("Records how your back feels this morning"));

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(caption);
    layout->addWidget(m_pain);
    layout->addWidget(m_save);
    layout->addWidget(m_state);
    connect(m_save, &QPushButton::clicked, this, &CheckInWidget::submitted);
    showCheckIn(std::nullopt);
}

void CheckInWidget::showCheckIn(std::optional<int> pain)
{
    m_pain->setValue(pain.value_or(kNotGiven));
    m_state->setText(pain ? tr("saved: %1/10").arg(*pain) : tr("not yet today"));
    m_save->setText(pain ? tr("Update check-in") : tr("Save check-in"));
}

void CheckInWidget::focusEntry()
{
    m_pain->setFocus(Qt::ShortcutFocusReason);
    m_pain->selectAll();
}

std::optional<int> CheckInWidget::enteredPain() const
{
    if (m_pain->value() == kNotGiven)
        return std::nullopt;
    return m_pain->value();
}

} // namespace keel::gui
