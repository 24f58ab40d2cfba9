// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/catalog/catalog.h"
#include "gui/common/unitformat.h"
#include "gui/week/weekcontent.h"

#include <QAbstractItemModel>

#include <array>
#include <vector>

namespace keel::gui {

/// A week as a tree: seven days (top level), their sessions, and each session's items with
/// planned against done. Sessions not yet logged can be dragged to another day; the drop
/// only asks for the move (sessionMoveRequested), the pane turns it into an undoable command.
class WeekModel final : public QAbstractItemModel {
    Q_OBJECT
public:
    enum Column { TitleColumn, PrescriptionColumn, ProgressColumn, ColumnCount };
    enum class Node { Day, Session, Item };
    enum Role {
        NodeRole = Qt::UserRole + 1, ///< int Node.
        DateRole, ///< QDate of the day (every node).
        SessionIdRole, ///< qint64 (sessions and items).
        ItemIdRole, ///< qint64 (items).
        KindRole, ///< int core::SessionKind (sessions and items).
        ExerciseIdRole, ///< QString catalog id (items).
        PrescriptionRole, ///< QString "3 × 8–12 · 12 kg" (items).
        ProgressRole, ///< QString "2/3 sets ✓" (sessions and items).
        CompleteRole, ///< bool everything planned is logged (sessions and items).
        LoggedRole, ///< bool something is logged (sessions and items).
        ReasonRole, ///< QString why the item is planned (items).
        IsTodayRole, ///< bool (every node).
        WarmUpRole, ///< bool: the item is part of a strength session's warm-up.
    };

    static constexpr int kDays = 7;
    /// The drag payload of a session: its id and its date.
    static const QString kSessionMimeType;

    explicit WeekModel(const core::Catalog& catalog, QObject* parent = nullptr);

    void setContent(WeekContent content, UnitFormat units, core::Date today);
    const WeekContent& content() const { return m_content; }
    const UnitFormat& units() const { return m_units; }

    QModelIndex dayIndex(core::Date date) const;
    QModelIndex sessionIndex(std::int64_t sessionId) const;
    QModelIndex itemIndex(std::int64_t itemId) const;
    Node nodeAt(const QModelIndex& index) const;
    /// The date of any node.
    core::Date dateAt(const QModelIndex& index) const;
    /// The session of a session node or of an item node's parent; nullptr for days.
    const core::PlannedSession* sessionAt(const QModelIndex& index) const;
    /// The item of an item node; nullptr otherwise.
    const core::PlannedItem* itemAt(const QModelIndex& index) const;
    /// The exercise's name, or its id when the catalog no longer has it.
    QString exerciseName(const core::PlannedItem& item) const;
    /// Why the plan has `item`, in the desktop's language.
    QString reasonText(const core::PlannedItem& item) const;

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;

    QStringList mimeTypes() const override;
    QMimeData* mimeData(const QModelIndexList& indexes) const override;
    bool canDropMimeData(
        const QMimeData* data, Qt::DropAction action, int row, int column, const QModelIndex& parent) const override;
    bool dropMimeData(
        const QMimeData* data, Qt::DropAction action, int row, int column, const QModelIndex& parent) override;
    Qt::DropActions supportedDragActions() const override;
    Qt::DropActions supportedDropActions() const override;

signals:
    /// A session was dropped on another day of the week.
    void sessionMoveRequested(qint64 sessionId, keel::core::Date from, keel::core::Date to);

private:
    struct Payload {
        qint64 sessionId = 0;
        core::Date date;
    };
    static std::optional<Payload> decode(const QMimeData* data);
    /// The day a drop on `parent` lands on, or nullopt when it is not a valid target.
    std::optional<core::Date> dropTarget(const QMimeData* data, Qt::DropAction action, const QModelIndex& parent) const;

    QVariant dayData(int day, int column, int role) const;
    QVariant sessionData(const core::PlannedSession& session, int column, int role) const;
    QVariant itemData(const core::PlannedSession& session, const core::PlannedItem& item, int column, int role) const;
    bool isComplete(const core::PlannedSession& session) const;

    const core::Catalog& m_catalog;
    WeekContent m_content;
    UnitFormat m_units;
    core::Date m_today;
    /// For each day, the indexes into the plan's sessions that fall on it.
    std::array<std::vector<std::size_t>, kDays> m_days;
};

} // namespace keel::gui
