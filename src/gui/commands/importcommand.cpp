// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/commands/importcommand.h"

#include "core/store/database.h"
#include "gui/common/plural.h"
#include "gui/logbook.h"

#include <QCoreApplication>

namespace keel::gui {

ImportCommand::ImportCommand(Logbook& logbook, core::ImportBatch batch, std::map<std::string, std::string> mappings,
    const QString& fileName, QUndoCommand* parent)
    : StoreCommand(logbook, QCoreApplication::translate("ImportCommand", "Import of %1").arg(fileName), parent)
    , m_batch(std::move(batch))
    , m_mappings(std::move(mappings))
{ }

void ImportCommand::redo()
{
    std::optional<core::ImportOutcome> outcome;
    std::map<std::string, std::optional<std::string>> previous;
    const bool written = run([&] {
        core::Database& db = m_logbook.database();
        db.transaction([&] {
            core::ImportRepository imports(db);
            const auto remembered = imports.mappings();
            for (const auto& [name, exerciseId] : m_mappings) {
                const auto earlier = remembered.find(name);
                previous[name]
                    = earlier != remembered.end() ? std::optional<std::string>(earlier->second) : std::nullopt;
                imports.remember(name, exerciseId);
            }
            outcome = imports.write(m_batch);
        });
    });
    if (!written)
        return;
    m_outcome = std::move(outcome);
    m_previousMappings = std::move(previous);
    m_logbook.notifyLogChanged();
    const int already = m_outcome->setsAlreadyThere + m_outcome->walksAlreadyThere;
    QString saved
        = Plural::of(QCoreApplication::translate("ImportCommand", "imported %n set(s)", nullptr, m_outcome->setsAdded),
            m_outcome->setsAdded);
    if (m_outcome->walksAdded > 0 || !m_batch.walks.empty())
        saved += Plural::of(
            QCoreApplication::translate("ImportCommand", " and %n walk(s)", nullptr, m_outcome->walksAdded),
            m_outcome->walksAdded);
    if (already > 0)
        saved += Plural::of(
            QCoreApplication::translate("ImportCommand", "; %n row(s) imported before, left alone", nullptr, already),
            already);
    m_logbook.reportSaved(saved);
}

void ImportCommand::undo()
{
    if (!m_outcome)
        return;
    runLogEdit(
        [this] {
            core::Database& db = m_logbook.database();
            db.transaction([&] {
                core::ImportRepository imports(db);
                imports.remove(*m_outcome);
                for (const auto& [name, exerciseId] : m_previousMappings) {
                    if (exerciseId)
                        imports.remember(name, *exerciseId);
                    else
                        imports.forget(name);
                }
            });
        },
        undoneText());
}

} // namespace keel::gui
