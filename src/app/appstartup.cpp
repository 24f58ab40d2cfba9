// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/appstartup.h"

#include "core/catalog/catalogloader.h"
#include "core/catalog/catalogpaths.h"
#include "core/plan/planerror.h"
#include "core/store/backupmanager.h"
#include "core/store/database.h"
#include "core/store/storeerror.h"
#include "gui/common/labels.h"
#include "gui/session.h"

#include "app/startupprompts.h"

#include <QCoreApplication>
#include <QDate>
#include <QDir>
#include <QLockFile>

#include <future>

namespace keel::app {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("AppStartup", text);
}

QString native(const std::filesystem::path& path)
{
    return QDir::toNativeSeparators(QString::fromStdString(path.string()));
}

} // namespace

AppStartup::AppStartup(StartupOptions options, StartupPrompts& prompts)
    : m_options(std::move(options))
    , m_prompts(prompts)
{ }

AppStartup::~AppStartup() = default;

QString AppStartup::lockPathFor(const std::filesystem::path& databasePath)
{
    return QString::fromStdString(databasePath.string()) + QStringLiteral(".lock");
}

int AppStartup::exitCode(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Ready:
    case Outcome::Cancelled:
        return 0;
    case Outcome::Refused:
        return 3;
    case Outcome::Failed:
        return 1;
    }
    return 1;
}

AppStartup::Outcome AppStartup::run()
{
    const auto folder = m_options.databasePath.parent_path();
    if (!folder.empty() && !QDir().mkpath(native(folder))) {
        m_prompts.explainFatal(tr("Keel cannot start"),
            tr("The folder %1 for the database could not be created. Check that you may write there, or "
               "start Keel with --db PATH to use another file.")
                .arg(native(folder)));
        return Outcome::Failed;
    }
    if (!acquireLock())
        return Outcome::Refused;

    const std::optional<core::Date> fixedToday = m_options.today;
    const gui::Session::Clock clock = fixedToday
        ? gui::Session::Clock([day = *fixedToday] { return day; })
        : gui::Session::Clock([] { return gui::Labels::fromQDate(QDate::currentDate()); });

    // The database's integrity check is the longest step of a start and needs nothing from the
    // catalog, so it runs on a worker thread while this one reads the catalog. Every question to
    // the user stays on this thread.
    const core::Date today = clock();
    auto opening = std::async(std::launch::async, [this, today] { return tryOpen(today); });
    auto catalog = loadCatalog();
    auto database = handleOpened(opening.get(), today);
    if (!catalog || !database)
        return Outcome::Failed;
    if (const auto& warning = database->backupWarning())
        m_notes << tr("The daily backup failed: %1").arg(QString::fromStdString(*warning));

    m_session = std::make_unique<gui::Session>(std::move(database), std::move(*catalog), clock);
    if (!ensureProfile())
        return Outcome::Cancelled;
    return Outcome::Ready;
}

bool AppStartup::acquireLock()
{
    m_lock = std::make_unique<QLockFile>(lockPathFor(m_options.databasePath));
    // Keel runs for hours: a lock is only stale when its process is gone, never because it is old.
    m_lock->setStaleLockTime(0);
    if (m_lock->tryLock(0))
        return true;

    qint64 pid = 0;
    QString host;
    QString application;
    if (m_lock->error() == QLockFile::LockFailedError && m_lock->getLockInfo(&pid, &host, &application)) {
        m_refusal = tr("Keel is already running with this database (process %1, “%2”, on %3).\n\n"
                       "Database: %4\n\nSwitch to that window, or close it and start Keel again.")
                        .arg(pid)
                        .arg(application.isEmpty() ? QStringLiteral("keel") : application, host,
                            native(m_options.databasePath));
    } else {
        m_refusal = tr("Keel cannot lock the database %1 (lock file %2). Another program may hold it, or the "
                       "folder may not be writable.")
                        .arg(native(m_options.databasePath), lockPathFor(m_options.databasePath));
    }
    m_prompts.refuseSecondInstance(m_refusal);
    return false;
}

AppStartup::Opened AppStartup::tryOpen(core::Date today) const
{
    try {
        return core::Database::open(m_options.databasePath, today);
    } catch (const core::StoreError& error) {
        return error;
    } catch (const std::exception& error) {
        return core::StoreError(core::StoreStatus::CannotOpen, error.what());
    }
}

std::unique_ptr<core::Database> AppStartup::handleOpened(Opened opened, core::Date today)
{
    const QString path = native(m_options.databasePath);
    if (auto* database = std::get_if<std::unique_ptr<core::Database>>(&opened))
        return std::move(*database);
    const core::StoreError& error = std::get<core::StoreError>(opened);
    const QString detail = QString::fromStdString(error.what());
    switch (error.status()) {
    case core::StoreStatus::Damaged: {
        if (!error.newestBackup()) {
            m_prompts.explainFatal(tr("The database is damaged"),
                tr("%1\n\nNo backup that passes its check was found in %2. The file was left as it is; "
                   "move it away to start afresh, or ask for help with it.")
                    .arg(detail, native(core::Database::backupDirFor(m_options.databasePath))));
            return nullptr;
        }
        if (!m_prompts.offerRestore(detail, native(*error.newestBackup())))
            return nullptr;
        try {
            core::BackupManager::restore(*error.newestBackup(), m_options.databasePath);
            m_notes << tr("Restored the database from %1").arg(native(*error.newestBackup()));
            return core::Database::open(m_options.databasePath, today);
        } catch (const core::StoreError& again) {
            m_prompts.explainFatal(tr("The backup could not be restored"), QString::fromStdString(again.what()));
            return nullptr;
        }
    }
    case core::StoreStatus::TooNew:
        m_prompts.explainFatal(tr("The database is from a newer Keel"), detail);
        return nullptr;
    case core::StoreStatus::NotKeel:
        m_prompts.explainFatal(
            tr("This is not a Keel database"), tr("%1.\n\nStart Keel with --db PATH to use another file.").arg(detail));
        return nullptr;
    case core::StoreStatus::CannotOpen:
    case core::StoreStatus::InvalidInput:
    case core::StoreStatus::Ok:
        break;
    }
    m_prompts.explainFatal(tr("Keel cannot open the database"), tr("%1\n\nDatabase: %2").arg(detail, path));
    return nullptr;
}

std::optional<core::Catalog> AppStartup::loadCatalog()
{
    const auto userDir = m_options.databasePath.parent_path() / "catalog.d";
    auto result = core::CatalogLoader::loadWithOverrides(core::builtInCatalogDir(), userDir);
    for (const std::string& note : result.notes)
        m_notes << QString::fromStdString(note);
    if (!result.errors.empty()) {
        QStringList problems;
        for (const core::CatalogIssue& issue : result.errors)
            problems << QString::fromStdString(issue.toString());
        const QString listing = problems.join(QLatin1Char('\n'));
        if (result.catalog.empty()) {
            m_prompts.explainFatal(tr("The exercise catalog could not be loaded"),
                tr("Keel found no usable exercise in %1:\n\n%2").arg(native(core::builtInCatalogDir()), listing));
            return std::nullopt;
        }
        m_prompts.warn(tr("Some catalog files have errors"),
            tr("Keel skipped what it could not read. Fix these and restart to use them:\n\n%1").arg(listing));
    }
    return std::move(result.catalog);
}

bool AppStartup::ensureProfile()
{
    if (m_session->profile())
        return true;
    m_ranFirstRun = true;
    QString problem;
    while (true) {
        const auto profile = m_prompts.askProfile(problem);
        if (!profile)
            return false;
        try {
            m_session->planFirstWeeks(*profile, kFirstWeeks);
            return true;
        } catch (const std::exception& error) {
            // A plan the catalog cannot fill (equipment too sparse) or a value the store refuses:
            // say why and ask again with the answers kept.
            problem = QString::fromStdString(error.what());
        }
    }
}

} // namespace keel::app
