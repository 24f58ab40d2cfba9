// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/messageboxprompts.h"

#include "gui/firstrun/firstrundialog.h"

#include <QCoreApplication>
#include <QMessageBox>
#include <QPushButton>

namespace keel::app {

void MessageBoxPrompts::refuseSecondInstance(const QString& message)
{
    QMessageBox::information(nullptr, tr("Keel is already running"), message);
}

bool MessageBoxPrompts::offerRestore(const QString& message, const QString& backup)
{
    QMessageBox box(QMessageBox::Warning, tr("The database is damaged"), message);
    box.setInformativeText(tr("Keel can put back the newest backup of this database that passes its check:\n%1\n\n"
                              "The damaged file is kept beside it, ending in .before-restore.")
                               .arg(backup));
    QPushButton* restore = box.addButton(tr("&Restore the backup"), QMessageBox::AcceptRole);
    QPushButton* quit = box.addButton(tr("&Quit"), QMessageBox::RejectRole);
    // Replacing a logbook is never what a stray Enter should do.
    box.setDefaultButton(quit);
    box.setEscapeButton(quit);
    box.exec();
    return box.clickedButton() == restore;
}

void MessageBoxPrompts::explainFatal(const QString& title, const QString& message)
{
    QMessageBox::critical(nullptr, title, message);
}

void MessageBoxPrompts::warn(const QString& title, const QString& message)
{
    QMessageBox::warning(nullptr, title, message);
}

std::optional<core::Profile> MessageBoxPrompts::askProfile(const QString& problem)
{
    gui::FirstRunDialog dialog;
    if (m_lastAnswer)
        dialog.setProfile(*m_lastAnswer);
    if (!problem.isEmpty())
        QMessageBox::warning(nullptr, tr("Keel could not plan that"), problem);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    m_lastAnswer = dialog.profile();
    return m_lastAnswer;
}

} // namespace keel::app
