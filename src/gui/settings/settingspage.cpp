// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/settings/settingspage.h"

#include "core/store/backupmanager.h"
#include "core/store/database.h"
#include "gui/commands/changeprofilecommand.h"
#include "gui/commands/undopush.h"
#include "gui/common/appearance.h"
#include "gui/common/errorwords.h"
#include "gui/common/palettecolors.h"
#include "gui/common/userfolders.h"
#include "gui/firstrun/firstrundialog.h"
#include "gui/logbook.h"
#include "gui/reminders/remindersbox.h"
#include "gui/settings/profileform.h"

#include "ui_settingspage.h"

#include <QComboBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QMessageBox>
#include <QScrollArea>
#include <QVBoxLayout>

namespace keel::gui {

SettingsPage::SettingsPage(Logbook& logbook, QWidget* parent)
    : QWidget(parent)
    , m_logbook(logbook)
    , m_ui(std::make_unique<Ui::SettingsPage>())
{
    // The page is taller than a small screen: it scrolls rather than squeezing its fields.
    auto* content = new QWidget;
    m_ui->setupUi(content);
    auto* scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("settingsScrollArea"));
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidgetResizable(true);
    scroll->setWidget(content);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll);
    // Reminders apply at once like the look, so they sit beside it, outside the profile's Save.
    m_ui->pageLayout->insertWidget(m_ui->pageLayout->indexOf(m_ui->dataGroupBox), new RemindersBox(m_logbook, this));
    applyMutedText();
    m_ui->databasePathLabel->setText(
        QDir::toNativeSeparators(QString::fromStdString(m_logbook.database().path().string())));
    m_ui->backupsPathLabel->setText(
        QDir::toNativeSeparators(QString::fromStdString(m_logbook.database().backupDir().string())));

    for (const Appearance::Mode mode : {Appearance::Mode::System, Appearance::Mode::Light, Appearance::Mode::Dark})
        m_ui->appearanceComboBox->addItem(Appearance::label(mode), Appearance::key(mode));
    m_ui->appearanceComboBox->setCurrentIndex(
        m_ui->appearanceComboBox->findData(Appearance::key(Appearance::current())));
    // The look is not part of the profile: it applies and is remembered at once, no Save needed.
    connect(m_ui->appearanceComboBox, &QComboBox::currentIndexChanged, this, [this] {
        const auto mode = Appearance::fromKey(m_ui->appearanceComboBox->currentData().toString());
        if (!mode)
            return;
        Appearance::store(*mode);
        Appearance::apply(*mode);
    });
    connect(m_ui->saveButton, &QPushButton::clicked, this, &SettingsPage::save);
    connect(m_ui->revertButton, &QPushButton::clicked, this, &SettingsPage::revert);
    connect(m_ui->backupButton, &QPushButton::clicked, this, &SettingsPage::backUp);
    connect(m_ui->profileForm, &ProfileForm::changed, this, &SettingsPage::updateButtons);
    connect(&m_logbook, &Logbook::profileChanged, this, &SettingsPage::revert);
    revert();
}

SettingsPage::~SettingsPage() = default;

void SettingsPage::applyMutedText()
{
    QPalette muted = palette();
    muted.setColor(QPalette::WindowText, PaletteColors::mutedText(palette()));
    m_ui->replanNoteLabel->setPalette(muted);
    m_ui->statusLabel->setPalette(muted);
}

void SettingsPage::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    // The appearance can change while the page is open; the muted text follows it.
    if (event->type() == QEvent::PaletteChange)
        applyMutedText();
}

ProfileForm* SettingsPage::form() const
{
    return m_ui->profileForm;
}

bool SettingsPage::save()
{
    const core::Profile edited = m_ui->profileForm->profile();
    if (const auto problem = edited.validate()) {
        m_ui->statusLabel->setText(QString::fromStdString(*problem));
        return false;
    }
    const auto& stored = m_logbook.profile();
    if (stored && *stored == edited)
        return false;
    const core::Profile before = stored.value_or(FirstRunDialog::suggestedProfile());
    QString error;
    if (!UndoPush::push(m_logbook, new ChangeProfileCommand(m_logbook, before, edited), &error)) {
        m_ui->statusLabel->setText(tr("Not saved: %1").arg(error));
        return false;
    }
    return true;
}

void SettingsPage::revert()
{
    m_ui->profileForm->setProfile(m_logbook.profile().value_or(FirstRunDialog::suggestedProfile()));
    updateButtons();
}

void SettingsPage::updateButtons()
{
    const auto& stored = m_logbook.profile();
    const bool dirty = !stored || *stored != m_ui->profileForm->profile();
    m_ui->saveButton->setEnabled(dirty);
    m_ui->revertButton->setEnabled(dirty && stored.has_value());
    m_ui->statusLabel->setText(dirty ? tr("Unsaved changes") : QString());
}

void SettingsPage::backUp()
{
    // Compressed like the automatic backups; a name ending in .db gives a plain copy.
    const QString suggested = UserFolders::inDocuments(
        QStringLiteral("keel-backup-%1.db.zst").arg(QString::fromStdString(m_logbook.today().toString())));
    const QString file = QFileDialog::getSaveFileName(this, tr("Back up the database"), suggested,
        tr("Compressed Keel backup (*.db.zst);;Keel database (*.db);;All files (*)"));
    if (file.isEmpty())
        return;
    try {
        core::BackupManager::backupTo(m_logbook.database(), file.toStdString());
        m_logbook.reportSaved(tr("Backed up to %1").arg(QDir::toNativeSeparators(file)));
    } catch (const std::exception& error) {
        QMessageBox::warning(this, tr("Backup failed"),
            tr("The backup to %1 could not be written:\n%2").arg(file, ErrorWords::text(error, &m_logbook.catalog())));
    }
}

} // namespace keel::gui
