// SPDX-License-Identifier: GPL-3.0-or-later
// Reminders as the desktop receives them: a private D-Bus session bus (its own dbus-daemon) with a
// stand-in org.freedesktop.Notifications service, an injected clock, and Keel's ReminderService
// and DesktopNotifier talking to it.
#include "core/plan/dayview.h"
#include "gui/common/labels.h"
#include "gui/logbook.h"
#include "gui/reminders/notifier.h"
#include "gui/reminders/remindersbox.h"
#include "gui/reminders/reminderservice.h"
#include "gui/reminders/reminderstore.h"
#include "support/guitestsupport.h"
#include "support/trainingfixture.h"

#include <QCheckBox>
#include <QDBusConnection>
#include <QDBusMessage>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QVariantMap>

#include <catch2/catch.hpp>
#include <memory>

using namespace keel;

namespace {

const QString kService = QStringLiteral("org.freedesktop.Notifications");
const QString kPath = QStringLiteral("/org/freedesktop/Notifications");
constexpr int kPatienceMs = 5000;

/// A dbus-daemon of our own, so the test needs no desktop session and touches nobody's.
class PrivateBus {
public:
    PrivateBus()
    {
        const QString daemon = QStandardPaths::findExecutable(QStringLiteral("dbus-daemon"));
        REQUIRE_FALSE(daemon.isEmpty()); // in KEEL_GUI_PACKAGES (scripts/lib/common.sh)
        m_daemon.start(daemon,
            {QStringLiteral("--session"), QStringLiteral("--nofork"), QStringLiteral("--nopidfile"),
                QStringLiteral("--print-address=1")});
        REQUIRE(m_daemon.waitForStarted());
        REQUIRE(QTest::qWaitFor([this] { return m_daemon.canReadLine(); }, kPatienceMs));
        m_address = QString::fromUtf8(m_daemon.readLine()).trimmed();
        REQUIRE_FALSE(m_address.isEmpty());
    }
    ~PrivateBus()
    {
        for (const QString& name : m_connections)
            QDBusConnection::disconnectFromBus(name);
        m_daemon.kill();
        m_daemon.waitForFinished();
    }
    PrivateBus(const PrivateBus&) = delete;
    PrivateBus& operator=(const PrivateBus&) = delete;

    /// A new connection to this bus, by name.
    QDBusConnection connect(const QString& name)
    {
        m_connections << name;
        QDBusConnection connection = QDBusConnection::connectToBus(m_address, name);
        REQUIRE(connection.isConnected());
        return connection;
    }

private:
    QProcess m_daemon;
    QString m_address;
    QStringList m_connections;
};

} // namespace

/// The stand-in notification service: records what it is asked to show.
class FakeNotifications : public QObject {
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.Notifications")
public:
    struct Shown {
        QString app;
        QString summary;
        QString body;
        QStringList actions;
        QVariantMap hints;
    };
    std::vector<Shown> shown;

public slots:
    uint Notify(const QString& app, uint /*replaces*/, const QString& /*icon*/, const QString& summary,
        const QString& body, const QStringList& actions, const QVariantMap& hints, int /*timeout*/)
    {
        shown.push_back({app, summary, body, actions, hints});
        return static_cast<uint>(shown.size());
    }
    QStringList GetCapabilities() { return {QStringLiteral("actions"), QStringLiteral("body")}; }
    void CloseNotification(uint /*id*/) { }
};

namespace {

/// The service on its own connection, the notifier on another: as two programs would be.
struct Desktop {
    PrivateBus bus;
    FakeNotifications fake;
    QDBusConnection service = bus.connect(QStringLiteral("keel-test-notifications"));
    gui::DesktopNotifier notifier;

    Desktop()
    {
        REQUIRE(service.registerObject(kPath, &fake, QDBusConnection::ExportAllSlots));
        REQUIRE(service.registerService(kService));
        bus.connect(QStringLiteral("keel-test-app"));
        notifier.useBus(QStringLiteral("keel-test-app"));
    }

    /// A click on notification `id`.
    void click(uint id)
    {
        QDBusMessage signal = QDBusMessage::createSignal(kPath, kService, QStringLiteral("ActionInvoked"));
        signal << id << QStringLiteral("default");
        REQUIRE(service.send(signal));
    }
};

QDateTime at(int hour, int minute)
{
    return QDateTime(gui::Labels::toQDate(test::testToday()), QTime(hour, minute));
}

} // namespace

TEST_CASE(
    "the session reminder arrives as a desktop notification at its time, once, and opens Today", "[reminders][dbus]")
{
    Desktop desktop;
    test::TrainingFixture fixture; // testToday() is a strength day, nothing logged
    core::ReminderSettings settings;
    settings.sessionAt = 17 * 60 + 30;
    gui::ReminderStore::store(settings);

    QDateTime now = at(17, 29);
    bool windowActive = true;
    auto service = std::make_unique<gui::ReminderService>(
        fixture.logbook(), desktop.notifier, [&now] { return now; }, [&windowActive] { return windowActive; });
    CHECK(service->check() == 0);

    now = at(17, 30);
    CHECK(service->check() == 1);
    REQUIRE(QTest::qWaitFor([&] { return desktop.fake.shown.size() == 1; }, kPatienceMs));
    const FakeNotifications::Shown& shown = desktop.fake.shown.front();
    CHECK(shown.summary == QStringLiteral("Strength today"));
    CHECK(shown.body.contains(QStringLiteral("minutes")));
    CHECK(shown.actions.contains(QStringLiteral("default")));
    CHECK(shown.hints.contains(QStringLiteral("desktop-entry")));

    // Not twice: later the same day, nor after a restart.
    now = at(18, 15);
    CHECK(service->check() == 0);
    service = std::make_unique<gui::ReminderService>(
        fixture.logbook(), desktop.notifier, [&now] { return now; }, [&windowActive] { return windowActive; });
    CHECK(service->check() == 0);

    // A click opens Keel on Today.
    QSignalSpy opened(service.get(), &gui::ReminderService::openRequested);
    desktop.click(1);
    REQUIRE(QTest::qWaitFor([&] { return opened.count() == 1; }, kPatienceMs));
    CHECK(opened.front().front().toString() == QStringLiteral("today"));

    // Rest over: only while the window is in the background.
    fixture.logbook().reportRestOver();
    QTest::qWait(50);
    CHECK(desktop.fake.shown.size() == 1);
    windowActive = false;
    fixture.logbook().reportRestOver();
    REQUIRE(QTest::qWaitFor([&] { return desktop.fake.shown.size() == 2; }, kPatienceMs));
    CHECK(desktop.fake.shown.back().summary == QStringLiteral("Rest over"));
}

TEST_CASE("a desk break is a desktop notification once a slot", "[reminders][dbus]")
{
    Desktop desktop;
    test::TrainingFixture fixture;
    core::ReminderSettings settings;
    settings.session = false;
    settings.deskBreaks = true;
    settings.deskEvery = 60;
    settings.deskFrom = 9 * 60;
    settings.deskUntil = 17 * 60;
    settings.workDays.fill(true);
    gui::ReminderStore::store(settings);

    QDateTime now = at(10, 5);
    gui::ReminderService service(
        fixture.logbook(), desktop.notifier, [&now] { return now; }, [] { return true; });
    CHECK(service.check() == 1);
    REQUIRE(QTest::qWaitFor([&] { return desktop.fake.shown.size() == 1; }, kPatienceMs));
    CHECK(desktop.fake.shown.front().summary == QStringLiteral("Time to get up from the desk"));
    CHECK(service.check() == 0);
    now = at(11, 0);
    CHECK(service.check() == 1);
}

TEST_CASE("without a notification service nothing is shown, and the reminder waits for one", "[reminders][dbus]")
{
    PrivateBus bus;
    bus.connect(QStringLiteral("keel-test-lonely"));
    gui::DesktopNotifier notifier;
    notifier.useBus(QStringLiteral("keel-test-lonely"));
    CHECK_FALSE(notifier.notify(QStringLiteral("Strength today"), QStringLiteral("body"), QStringLiteral("today")));

    test::TrainingFixture fixture;
    gui::ReminderStore::store(core::ReminderSettings {});
    QDateTime now = at(18, 0);
    gui::ReminderService service(
        fixture.logbook(), notifier, [&now] { return now; }, [] { return true; });
    CHECK(service.check() == 0);
    // A notification service starts: the session reminder, still due, now arrives.
    FakeNotifications fake;
    QDBusConnection late = bus.connect(QStringLiteral("keel-test-late-service"));
    REQUIRE(late.registerObject(kPath, &fake, QDBusConnection::ExportAllSlots));
    REQUIRE(late.registerService(kService));
    now = at(18, 1);
    CHECK(service.check() == 1);
    REQUIRE(QTest::qWaitFor([&] { return fake.shown.size() == 1; }, kPatienceMs));
    CHECK(service.check() == 0);
}

TEST_CASE("Settings' reminder choices are remembered at once", "[reminders][settings]")
{
    test::TrainingFixture fixture;
    gui::ReminderStore::store(core::ReminderSettings {});
    gui::RemindersBox box(fixture.logbook());
    QSignalSpy changed(&fixture.logbook(), &gui::Logbook::desktopSettingsChanged);
    auto* desk = box.findChild<QCheckBox*>(QStringLiteral("deskBreaksCheckBox"));
    REQUIRE(desk != nullptr);
    CHECK_FALSE(gui::ReminderStore::settings().deskBreaks);
    desk->setChecked(true);
    CHECK(gui::ReminderStore::settings().deskBreaks);
    CHECK(changed.count() == 1);
    CHECK(gui::ReminderStore::settings() == box.shown());
}

#include "reminders_test.moc"
