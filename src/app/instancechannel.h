// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>

#include <filesystem>
#include <functional>

class QLocalServer;

namespace keel::app {

/// One window per database: the Keel that holds a database listens on a local socket named after
/// that database's path, and a second launch on the same file asks it to come to the front instead
/// of opening a window of its own. Another database has another name, so it opens its own window.
/// The lock file beside the database stays the safety net: a launch whose request nobody answers
/// (the first Keel hangs, or is an older one) is refused with the lock's message.
class InstanceChannel final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InstanceChannel)
public:
    /// How long a second launch waits for the first to answer.
    static constexpr int kAnswerTimeoutMs = 2000;

    explicit InstanceChannel(QObject* parent = nullptr);
    ~InstanceChannel() override;

    /// The socket's name for a database: the same for every spelling of one file's path, private to
    /// this user, different for another file.
    static QString nameFor(const std::filesystem::path& databasePath);

    /// Starts listening for `databasePath`, calling `raise` for every launch that asks. Only the
    /// holder of the database's lock calls this, so a socket left by a Keel that crashed is taken
    /// over. Returns false (and the app goes on without the channel) when it cannot listen.
    bool listen(const std::filesystem::path& databasePath, std::function<void()> raise);

    /// From a second launch: asks the Keel holding `databasePath` to come to the front, running an
    /// event loop (so it also works against a server in the same thread) until it answers or
    /// `timeoutMs` pass. True when it said it did.
    static bool askToRaise(const std::filesystem::path& databasePath, int timeoutMs = kAnswerTimeoutMs);

private:
    void answer();

    QLocalServer* m_server = nullptr;
    std::function<void()> m_raise;
};

} // namespace keel::app
