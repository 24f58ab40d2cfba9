// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/logbook.h"

#include "core/plan/planservice.h"
#include "core/store/database.h"
#include "core/store/importrepository.h"
#include "core/store/profilerepository.h"
#include "gui/common/errorwords.h"
#include "gui/common/prescriptiontext.h"

#include <QTimer>
#include <QUndoStack>

#include <exception>

namespace keel::gui {

namespace {
/// How often the logbook looks whether the date changed.
constexpr int kDayWatchMs = 60 * 1000;
/// How often it looks whether another program wrote to the database: a set logged with keel-cli
/// shows in the open window within a second.
constexpr int kOutsideWatchMs = 500;
} // namespace

Logbook::Logbook(std::unique_ptr<core::Database> database, core::Catalog catalog, Clock today, QObject* parent)
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
    m_dataVersion = m_database->dataVersion();
    auto* outsideWatch = new QTimer(this);
    outsideWatch->setInterval(kOutsideWatchMs);
    connect(outsideWatch, &QTimer::timeout, this, &Logbook::catchUpWithOutside);
    outsideWatch->start();
}

bool Logbook::catchUpWithOutside()
{
    bool profileMoved = false;
    try {
        const std::int64_t version = m_database->dataVersion();
        if (version == m_dataVersion)
            return false;
        m_dataVersion = version;
        std::optional<core::Profile> stored = core::ProfileRepository(*m_database).load();
        profileMoved = stored != m_profile;
        m_profile = std::move(stored);
        loadImportedNames();
    } catch (const std::exception& error) {
        // Said in the status bar, not in a dialog: the next change outside tries again.
        emit noticed(tr("Could not read the changes made outside Keel: %1").arg(ErrorWords::text(error, &m_catalog)));
        return false;
    }
    const bool planTold = refreshPlan();
    // Settings reverts to the stored profile on profileChanged: only say so when it did change,
    // so a form being edited is not reset by a logged set.
    if (profileMoved)
        emit profileChanged();
    emit logChanged();
    // The other program may have planned too; once is enough for the panes to reload.
    if (!planTold)
        emit planChanged();
    // An edit on the stack remembers rows as they were before the other program wrote; undoing
    // it now could put back what that program changed. What came before is no longer undoable.
    const bool hadEdits = m_undoStack->count() > 0;
    m_undoStack->clear();
    emit noticed(hadEdits
            ? tr("Brought up to date with changes made outside Keel; earlier edits can no longer be undone")
            : tr("Brought up to date with changes made outside Keel"));
    return true;
}

bool Logbook::refreshPlan()
{
    const core::Date today = m_today();
    m_refreshedFor = today;
    if (!m_profile)
        return false;
    try {
        if (core::PlanService(*m_database, m_catalog).refresh(today).replanned) {
            emit planChanged();
            return true;
        }
    } catch (const std::exception& error) {
        // Not the edit's failure (that one committed): the window says it, even during a push.
        announceError(tr("Could not bring the plan up to date"), ErrorWords::text(error, &m_catalog));
    }
    return false;
}

void Logbook::loadImportedNames()
{
    m_importedNames.clear();
    for (core::ImportedExercise& exercise : core::ImportRepository(*m_database).importedExercises())
        m_importedNames.emplace(std::move(exercise.id), std::move(exercise.name));
}

QString Logbook::exerciseName(const std::string& exerciseId) const
{
    if (const core::Exercise* exercise = m_catalog.find(exerciseId))
        return PrescriptionText::exerciseName(m_catalog, *exercise);
    const auto imported = m_importedNames.find(exerciseId);
    return QString::fromStdString(imported != m_importedNames.end() ? imported->second : exerciseId);
}

void Logbook::notifyLogChanged()
{
    loadImportedNames();
    refreshPlan();
    emit logChanged();
}

Logbook::~Logbook() = default;

void Logbook::setProfile(const core::Profile& profile)
{
    core::ProfileRepository(*m_database).save(profile);
    m_profile = profile;
    emit profileChanged();
}

void Logbook::planFirstWeeks(const core::Profile& profile, int weeks)
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

void Logbook::changeProfile(const core::Profile& profile)
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

std::vector<core::WeekPlan> Logbook::planWeeks(core::Date from, int weeks)
{
    auto planned = core::PlanService(*m_database, m_catalog).generate(from, weeks, kPlanSeed, m_today());
    emit planChanged();
    return planned;
}

void Logbook::reportError(const QString& what, const QString& detail)
{
    if (m_errorSink) {
        *m_errorSink = detail.isEmpty() ? what : detail;
        return;
    }
    announceError(what, detail);
}

void Logbook::announceError(const QString& what, const QString& detail)
{
    QMetaObject::invokeMethod(
        this, [this, what, detail] { emit errorOccurred(what, detail); }, Qt::QueuedConnection);
}

} // namespace keel::gui
