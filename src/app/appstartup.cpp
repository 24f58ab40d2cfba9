// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/appstartup.h"

#include "core/catalog/catalogloader.h"
#include "core/catalog/catalogpaths.h"
#include "core/plan/planerror.h"
#include "core/store/backupmanager.h"
#include "core/store/database.h"
#include "core/store/storeerror.h"
#include "gui/common/errorwords.h"
#include "gui/common/labels.h"
#include "gui/common/plural.h"
#include "gui/common/reasonwords.h"
#include "gui/common/windowsettings.h"
#include "gui/logbook.h"
#include "gui/mainwindow.h"

#include "app/databaseopening.h"
#include "app/inputhold.h"
#include "app/instancechannel.h"
#include "app/startupprompts.h"

#include <QApplication>
#include <QBuffer>
#include <QCoreApplication>
#include <QDate>
#include <QDir>
#include <QFileInfo>
#include <QFontMetrics>
#include <QImageReader>
#include <QLocale>
#include <QLockFile>

#include <future>

namespace keel::app {

namespace {

/// The first image Qt reads, whatever its format, makes it load every image plugin to ask each
/// whether it knows the data (the menu bar's first icon does this). Reading a tiny image on a
/// worker takes that off the GUI thread; Qt keeps the loaded plugins for the process.
void loadImagePlugins()
{
    static const unsigned char kOnePixelBmp[] = {'B', 'M', 58, 0, 0, 0, 0, 0, 0, 0, 54, 0, 0, 0, 40, 0, 0, 0, 1, 0, 0,
        0, 1, 0, 0, 0, 1, 0, 24, 0, 0, 0, 0, 0, 4, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0};
    static_assert(sizeof kOnePixelBmp == 58);
    QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char*>(kOnePixelBmp), sizeof kOnePixelBmp);
    QBuffer buffer(&bytes);
    QImageReader(&buffer).canRead();
}

/// The backup's own failures name no exercise: no catalog is needed to word them.
QString backupFailureNote(const core::Reason& reason)
{
    return AppStartup::tr("The daily backup failed: %1").arg(gui::ReasonWords::text(reason, nullptr));
}

/// The catalog when it is loaded, for errors that name an exercise.
const core::Catalog* loaded(const std::optional<core::Catalog>& catalog)
{
    return catalog ? &*catalog : nullptr;
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
    case Outcome::Raised:
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
    if (const Outcome locked = acquireLock(); locked != Outcome::Ready)
        return locked;

    m_clock = m_options.today ? gui::Logbook::Clock([day = *m_options.today] { return day; })
                              : gui::Logbook::Clock([] { return gui::Labels::fromQDate(QDate::currentDate()); });
    // One worker opens the file and then checks it page by page, the longest step of a start;
    // another reads the catalog and then loads Qt's image plugins. Meanwhile this thread does the
    // slow part of the first text it lays out: the font database reads all of fontconfig's files.
    // Then it builds the window. Every question to the user stays on this thread.
    m_reports = std::make_unique<QObject>();
    DatabaseOpening::Listener listener;
    listener.checkAnswered = [this] {
        QMetaObject::invokeMethod(
            m_reports.get(), [this] { onCheckAnswered(); }, Qt::QueuedConnection);
    };
    listener.backupFailed = [this](const core::StoreError& failure) { reportBackupFailure(failure); };
    m_opening = std::make_unique<DatabaseOpening>(m_options.databasePath, m_clock(), std::move(listener));
    std::promise<core::CatalogLoadResult> catalogPromise;
    auto catalogLoad = catalogPromise.get_future();
    const auto catalogThenImages = std::async(std::launch::async,
        [&catalogPromise, userDir = m_options.databasePath.parent_path() / "catalog.d", language = m_options.language] {
            catalogPromise.set_value(
                core::CatalogLoader::loadWithOverrides(core::builtInCatalogDir(), userDir, language));
            loadImagePlugins();
        });
    QFontMetrics(QApplication::font()).height();
    m_catalog = acceptCatalog(catalogLoad.get());
    if (!m_catalog)
        return Outcome::Failed;
    auto database = handleOpened(m_opening->takeDatabase());
    if (!database)
        return Outcome::Failed;
    return open(std::move(database));
}

AppStartup::Outcome AppStartup::open(std::unique_ptr<core::Database> database)
{
    if (const auto& warning = database->backupWarning())
        m_notes << backupFailureNote(*warning);
    std::optional<core::StoreError> unreadable;
    try {
        m_logbook = std::make_unique<gui::Logbook>(std::move(database), *m_catalog, m_clock);
        if (m_logbook->profile())
            buildWindow(); // only reads
    } catch (const core::StoreError& error) {
        unreadable = error;
    }
    // The first run writes, and a file that cannot be read may be damaged: both wait for the
    // check. An answer already in is dealt with before anything is shown.
    if (unreadable || !m_logbook->profile() || checkAnswered()) {
        if (auto damage = takeDamage())
            return recover(std::move(*damage));
    }
    if (unreadable) {
        m_prompts.explainFatal(tr("Keel cannot read the database"),
            tr("%1\n\nDatabase: %2")
                .arg(gui::ErrorWords::text(*unreadable, loaded(m_catalog)), native(m_options.databasePath)));
        return Outcome::Failed;
    }
    if (!ensureProfile())
        return Outcome::Cancelled;
    if (!m_window)
        buildWindow();
    return Outcome::Ready;
}

AppStartup::Outcome AppStartup::recover(core::StoreError damage)
{
    // Nothing was written: close everything and offer the newest good backup, which the full
    // open in handleOpened() checks again before using.
    m_hold.reset();
    m_window.reset();
    m_logbook.reset();
    auto restored = handleOpened(std::move(damage));
    if (!restored)
        return Outcome::Failed;
    return open(std::move(restored));
}

bool AppStartup::checkAnswered() const
{
    return m_checkTaken || !m_opening || m_opening->checkAnswered();
}

std::optional<core::StoreError> AppStartup::takeDamage()
{
    if (m_checkTaken || !m_opening)
        return std::nullopt;
    m_checkTaken = true;
    return m_opening->damage();
}

AppStartup::Outcome AppStartup::present(Show show)
{
    m_show = std::move(show);
    if (!checkAnswered())
        m_hold = std::make_unique<InputHold>();
    else if (auto damage = takeDamage())
        return settle(std::move(*damage));
    m_show(*m_window);
    return Outcome::Ready;
}

AppStartup::Outcome AppStartup::awaitCheck()
{
    if (auto damage = takeDamage())
        return recover(std::move(*damage));
    return m_window ? Outcome::Ready : Outcome::Failed;
}

void AppStartup::onCheckAnswered()
{
    // Before present(), run() and awaitCheck() deal with the answer themselves.
    if (!m_show || m_checkTaken)
        return;
    m_hold.reset();
    if (auto damage = takeDamage()) {
        const Outcome outcome = settle(std::move(*damage));
        if (outcome != Outcome::Ready)
            QCoreApplication::exit(exitCode(outcome));
    }
}

AppStartup::Outcome AppStartup::settle(core::StoreError damage)
{
    // The restore offer may be the only window for a moment; closing it must not end the app.
    const bool quitOnLastWindow = QGuiApplication::quitOnLastWindowClosed();
    QGuiApplication::setQuitOnLastWindowClosed(false);
    const Outcome outcome = recover(std::move(damage));
    QGuiApplication::setQuitOnLastWindowClosed(quitOnLastWindow);
    if (outcome == Outcome::Ready)
        m_show(*m_window);
    return outcome;
}

void AppStartup::buildWindow()
{
    m_window = std::make_unique<gui::MainWindow>(*m_logbook);
    if (m_ranFirstRun)
        m_window->showPane(gui::MainWindow::Pane::Today);
}

void AppStartup::reportBackupFailure(const core::StoreError& failure)
{
    const QString message = backupFailureNote(failure.reason());
    QMetaObject::invokeMethod(
        m_reports.get(),
        [this, message] {
            if (m_logbook)
                m_logbook->reportNotice(message);
            else
                m_notes << message;
        },
        Qt::QueuedConnection);
}

AppStartup::Outcome AppStartup::acquireLock()
{
    m_lock = std::make_unique<QLockFile>(lockPathFor(m_options.databasePath));
    // Keel runs for hours: a lock is only stale when its process is gone, never because it is old.
    m_lock->setStaleLockTime(0);
    if (m_lock->tryLock(0)) {
        m_channel = std::make_unique<InstanceChannel>();
        m_channel->listen(m_options.databasePath, [this] { raiseWindow(); });
        return Outcome::Ready;
    }
    // Another Keel has this database open: ask it to come to the front. One that does not answer (it
    // hangs, or is an older Keel) leaves the refusal below.
    if (m_lock->error() == QLockFile::LockFailedError && InstanceChannel::askToRaise(m_options.databasePath))
        return Outcome::Raised;

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
    return Outcome::Refused;
}

void AppStartup::raiseWindow()
{
    QWidget* front = QApplication::activeModalWidget();
    if (!front)
        front = m_window.get();
    if (front)
        gui::WindowSettings::bringToFront(*front);
}

QString AppStartup::describeRestore(const std::filesystem::path& backup, const std::filesystem::path& database)
{
    const QFileInfo file(QString::fromStdString(backup.string()));
    QString text
        = tr("%1\nTaken %2.").arg(native(backup), QLocale().toString(file.lastModified(), QLocale::LongFormat));
    const auto loss = core::BackupManager::lossOnRestore(backup, database);
    if (!loss) {
        text += u' ' + tr("What was logged after it cannot be counted in the damaged file, and would be lost.");
    } else if (loss->sets + loss->walks + loss->checkIns == 0) {
        text += u' ' + tr("Nothing logged since then would be lost.");
    } else {
        text += u' '
            + tr("Logged since then, and lost by restoring: %1, %2, %3.")
                  .arg(gui::Plural::of(tr("%n set(s)", nullptr, loss->sets), loss->sets),
                      gui::Plural::of(tr("%n walk(s)", nullptr, loss->walks), loss->walks),
                      gui::Plural::of(tr("%n check-in(s)", nullptr, loss->checkIns), loss->checkIns));
    }
    return text;
}

std::unique_ptr<core::Database> AppStartup::handleOpened(Opened opened)
{
    const QString path = native(m_options.databasePath);
    if (auto* database = std::get_if<std::unique_ptr<core::Database>>(&opened))
        return std::move(*database);
    const core::StoreError& error = std::get<core::StoreError>(opened);
    const QString detail = gui::ErrorWords::text(error, loaded(m_catalog));
    switch (error.status()) {
    case core::StoreStatus::Damaged: {
        if (!error.newestBackup()) {
            m_prompts.explainFatal(tr("The database is damaged"),
                tr("%1\n\nNo backup that passes its check was found in %2. The file was left as it is; "
                   "move it away to start afresh, or ask for help with it.")
                    .arg(detail, native(core::Database::backupDirFor(m_options.databasePath))));
            return nullptr;
        }
        if (!m_prompts.offerRestore(detail, describeRestore(*error.newestBackup(), m_options.databasePath)))
            return nullptr;
        try {
            core::BackupManager::restore(*error.newestBackup(), m_options.databasePath);
            m_notes << tr("Restored the database from %1").arg(native(*error.newestBackup()));
            return core::Database::open(m_options.databasePath, m_clock());
        } catch (const core::StoreError& again) {
            m_prompts.explainFatal(
                tr("The backup could not be restored"), gui::ErrorWords::text(again, loaded(m_catalog)));
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

std::optional<core::Catalog> AppStartup::acceptCatalog(core::CatalogLoadResult result)
{
    for (const std::string& note : result.notes)
        m_notes << QString::fromStdString(note);
    // A broken translation leaves those exercises in English; only a note says why.
    for (const core::CatalogIssue& issue : result.translationErrors)
        m_notes << QString::fromStdString(issue.toString());
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

void AppStartup::takeFirstBackup()
{
    // The first day is protected too: the daily backup otherwise waits for the next start, and a
    // brand-new file is not worth copying before its profile and plan exist.
    try {
        core::BackupManager::dailyBackup(m_logbook->database(), m_clock());
    } catch (const std::exception& error) {
        m_notes << tr("The first backup failed: %1").arg(gui::ErrorWords::text(error, loaded(m_catalog)));
    }
}

bool AppStartup::ensureProfile()
{
    if (m_logbook->profile())
        return true;
    m_ranFirstRun = true;
    QString problem;
    while (true) {
        const auto profile = m_prompts.askProfile(problem);
        if (!profile)
            return false;
        try {
            m_logbook->planFirstWeeks(*profile, kFirstWeeks);
            takeFirstBackup();
            return true;
        } catch (const std::exception& error) {
            // A plan the catalog cannot fill (equipment too sparse) or a value the store refuses:
            // say why and ask again with the answers kept.
            problem = gui::ErrorWords::text(error, loaded(m_catalog));
        }
    }
}

} // namespace keel::app
