// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/instancechannel.h"

#include <QByteArray>
#include <QCryptographicHash>
#include <QEventLoop>
#include <QLocalServer>
#include <QLocalSocket>
#include <QTimer>

#include <system_error>
#include <unistd.h>

namespace keel::app {

namespace {

/// The one request and its answer, each a line.
constexpr char kRaise[] = "raise";
constexpr char kRaised[] = "raised";

} // namespace

InstanceChannel::InstanceChannel(QObject* parent)
    : QObject(parent)
{ }

InstanceChannel::~InstanceChannel() = default;

QString InstanceChannel::nameFor(const std::filesystem::path& databasePath)
{
    // One file, one name, however it was spelled (relative, through a symlink, with "..").
    std::error_code error;
    std::filesystem::path path = std::filesystem::weakly_canonical(std::filesystem::absolute(databasePath), error);
    if (error)
        path = databasePath.lexically_normal();
    const QByteArray digest
        = QCryptographicHash::hash(QByteArray::fromStdString(path.string()), QCryptographicHash::Sha256);
    return QStringLiteral("keel-%1-%2").arg(::getuid()).arg(QString::fromLatin1(digest.toHex().left(24)));
}

bool InstanceChannel::listen(const std::filesystem::path& databasePath, std::function<void()> raise)
{
    m_raise = std::move(raise);
    delete m_server;
    m_server = new QLocalServer(this);
    m_server->setSocketOptions(QLocalServer::UserAccessOption);
    const QString name = nameFor(databasePath);
    if (!m_server->listen(name)) {
        // A Keel that crashed leaves its socket behind; the lock says that Keel is gone.
        QLocalServer::removeServer(name);
        if (!m_server->listen(name))
            return false;
    }
    connect(m_server, &QLocalServer::newConnection, this, &InstanceChannel::answer);
    return true;
}

void InstanceChannel::answer()
{
    while (QLocalSocket* socket = m_server->nextPendingConnection()) {
        connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
        auto handle = [this, socket] {
            if (!socket->canReadLine())
                return;
            if (socket->readLine().trimmed() == kRaise) {
                if (m_raise)
                    m_raise();
                socket->write(kRaised);
                socket->write("\n");
                socket->flush();
            }
            socket->disconnectFromServer();
        };
        connect(socket, &QLocalSocket::readyRead, this, handle);
        // The request may already be in before readyRead was connected.
        handle();
    }
}

bool InstanceChannel::askToRaise(const std::filesystem::path& databasePath, int timeoutMs)
{
    QLocalSocket socket;
    QEventLoop loop;
    bool raised = false;
    connect(&socket, &QLocalSocket::connected, &loop, [&socket] {
        socket.write(kRaise);
        socket.write("\n");
        socket.flush();
    });
    connect(&socket, &QLocalSocket::readyRead, &loop, [&] {
        if (!socket.canReadLine())
            return;
        raised = socket.readLine().trimmed() == kRaised;
        loop.quit();
    });
    connect(&socket, &QLocalSocket::errorOccurred, &loop, &QEventLoop::quit);
    connect(&socket, &QLocalSocket::disconnected, &loop, &QEventLoop::quit);
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    socket.connectToServer(nameFor(databasePath));
    // Nobody listening fails at once, before the loop could hear of it.
    if (socket.state() == QLocalSocket::UnconnectedState)
        return false;
    loop.exec();
    return raised;
}

} // namespace keel::app
