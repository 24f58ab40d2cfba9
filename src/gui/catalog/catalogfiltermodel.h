// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/vocabulary.h"

#include <QSortFilterProxyModel>
#include <QStringList>

#include <functional>
#include <optional>
#include <set>
#include <string>

namespace keel::gui {

class CatalogModel;

/// Narrows a CatalogModel by free text and by the pane's filters; every filter left unset lets
/// everything through. Sorting by the pattern column keeps each ladder in rung order.
class CatalogFilterModel final : public QSortFilterProxyModel {
    Q_OBJECT
public:
    using Owned = std::set<std::string, std::less<>>;

    explicit CatalogFilterModel(QObject* parent = nullptr);

    void setCatalogModel(CatalogModel* model);

    /// Words that must all appear in the name, summary, cues, tags, pattern or id.
    void setSearchText(const QString& text);
    void setPattern(std::optional<core::Pattern> pattern);
    void setFocus(std::optional<core::Focus> focus);
    /// Only exercises that can be done with `owned` (wall, chair and mat are assumed); nullopt for all.
    void setOwnedEquipment(std::optional<Owned> owned);
    /// Only exercises that use the piece of equipment `name` ("kettlebell"); nullopt for all.
    void setRequiredEquipment(std::optional<std::string> name);
    void setLevel(std::optional<int> level);
    void setFlareUpSafeOnly(bool only);
    /// Back to showing everything.
    void clearFilters();

    bool isFiltering() const;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;
    bool lessThan(const QModelIndex& left, const QModelIndex& right) const override;

private:
    void refilter();

    CatalogModel* m_catalogModel = nullptr;
    QStringList m_words;
    std::optional<core::Pattern> m_pattern;
    std::optional<core::Focus> m_focus;
    std::optional<Owned> m_owned;
    std::optional<std::string> m_required;
    std::optional<int> m_level;
    bool m_flareUpSafeOnly = false;
};

} // namespace keel::gui
