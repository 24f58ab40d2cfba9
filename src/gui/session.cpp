// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/session.h"

#include "core/plan/planservice.h"
#include "core/store/database.h"
#include "core/store/importrepository.h"
#include "core/store/profilerepository.h"

#include <QTimer>
#include <QUndoStack>

#include <exception>

namespace keel::gui {

namespace {
/// How often the session looks whether the date changed.
constexpr int kDayWatchMs = 60 * 1000;
} // namespace

Session::Session(std::unique_ptr<core::Database> database, core::Catalog catalog, Clock today, QObject* parent)
    : QObject(parent)
    , m_database(std::move(database))
    , m_catalog(std::move(catalog))
    , m_today(std::move(today))
    , m_undoStack(new QUndoStack(this))
{
    m_profile = core::ProfileRepository(*m_database).load();
    loadImportedNames();
    refreshPlan();
    // The plan follows the calendar too: a new day may finish a week or start one.
    auto* dayWatch = new QTimer(this);
    dayWatch->setInterval(kDayWatchMs);
    connect(dayWatch, &QTimer::timeout, this, [this] {
        if (m_today() != m_refreshedFor)
            refreshPlan();
    });
    dayWatch->start();
}

void Session::refreshPlan()
{
    const core::Date today = m_today();
    m_refreshedFor = today;
    if (!m_profile)
        return;
    try {
        if (core::PlanService(*m_database, m_catalog).refresh(today).replanned)
            emit planChanged();
    } catch (const std::exception& error) {
        emit errorOccurred(tr("Could not bring the plan up to date"), QString::fromStdString(error.what()));
    }
}

void Session::loadImportedNames()
{
    m_importedNames.clear();
    for (core::ImportedExercise& exercise : core::ImportRepository(*m_database).importedExercises())
        m_importedNames.emplace(std::move(exercise.id), std::move(exercise.name));
}

QString Session::exerciseName(const std::string& exerciseId) const
{
    if (const core::Exercise* exercise = m_catalog.find(exerciseId))
        return QString::fromStdString(exercise->name);
    const auto imported = m_importedNames.find(exerciseId);
    return QString::fromStdString(imported != m_importedNames.end() ? imported->second : exerciseId);
}

void Session::notifyLogChanged()
{
    loadImportedNames();
    refreshPlan();
    emit logChanged();
}

Session::~Session() = default;

void Session::setProfile(const core::Profile& profile)
{
    core::ProfileRepository(*m_database).save(profile);
    m_profile = profile;
    emit profileChanged();
}

void Session::planFirstWeeks(const core::Profile& profile, int weeks)
{
    const core::Date today = m_today();
    m_database->transaction([&] {
        core::ProfileRepository(*m_database).save(profile);
        core::PlanService(*m_database, m_catalog).generate(today, weeks, kPlanSeed, today);
    });
    m_profile = profile;
    emit profileChanged();
    emit planChanged();
}

void Session::changeProfile(const core::Profile& profile)
{
    const core::Date today = m_today();
    m_database->transaction([&] {
        core::ProfileRepository(*m_database).save(profile);
        // Re-plan from today on as far ahead as the plan already reached; past days stay as they were.
        core::PlanService(*m_database, m_catalog).replanFrom(today);
    });
    m_profile = profile;
    emit profileChanged();
    emit planChanged();
}

std::vector<core::WeekPlan> Session::planWeeks(core::Date from, int weeks)
{
    auto planned = core::PlanService(*m_database, m_catalog).generate(from, weeks, kPlanSeed, m_today());
    emit planChanged();
    return planned;
}

} // namespace keel::gui
