// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/session.h"

#include "core/store/database.h"
#include "core/store/profilerepository.h"

#include <QUndoStack>

namespace keel::gui {

Session::Session(std::unique_ptr<core::Database> database, core::Catalog catalog, Clock today, QObject* parent)
    : QObject(parent)
    , m_database(std::move(database))
    , m_catalog(std::move(catalog))
    , m_today(std::move(today))
    , m_undoStack(new QUndoStack(this))
{
    m_profile = core::ProfileRepository(*m_database).load();
}

Session::~Session() = default;

void Session::setProfile(const core::Profile& profile)
{
    core::ProfileRepository(*m_database).save(profile);
    m_profile = profile;
    emit profileChanged();
}

} // namespace keel::gui
