// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/catalog/catalogfiltermodel.h"

#include "gui/catalog/catalogmodel.h"
#include "gui/common/labels.h"

#include <algorithm>
#include <tuple>

namespace keel::gui {

namespace {

bool contains(const std::string& haystack, const QString& word)
{
    return QString::fromStdString(haystack).contains(word, Qt::CaseInsensitive);
}

// The shown texts count, and the English name too: people meet exercises under both names.
bool matchesWord(const core::Catalog& catalog, const core::Exercise& exercise, const QString& word)
{
    const core::ExerciseTexts texts = catalog.texts(exercise);
    if (contains(texts.name, word) || contains(exercise.name, word) || contains(exercise.id, word)
        || contains(texts.summary, word) || Labels::pattern(exercise.pattern).contains(word, Qt::CaseInsensitive)
        || Labels::focus(exercise.focus).contains(word, Qt::CaseInsensitive))
        return true;
    for (const auto* list : {&texts.cues, &exercise.tags}) {
        for (const std::string& text : *list) {
            if (contains(text, word))
                return true;
        }
    }
    return false;
}

} // namespace

CatalogFilterModel::CatalogFilterModel(QObject* parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(CatalogModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
}

void CatalogFilterModel::setCatalogModel(CatalogModel* model)
{
    m_catalogModel = model;
    setSourceModel(model);
}

void CatalogFilterModel::setSearchText(const QString& text)
{
    m_words = text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    refilter();
}

void CatalogFilterModel::setPattern(std::optional<core::Pattern> pattern)
{
    m_pattern = pattern;
    refilter();
}

void CatalogFilterModel::setFocus(std::optional<core::Focus> focus)
{
    m_focus = focus;
    refilter();
}

void CatalogFilterModel::setOwnedEquipment(std::optional<Owned> owned)
{
    m_owned = std::move(owned);
    refilter();
}

void CatalogFilterModel::setRequiredEquipment(std::optional<std::string> name)
{
    m_required = std::move(name);
    refilter();
}

void CatalogFilterModel::setLevel(std::optional<int> level)
{
    m_level = level;
    refilter();
}

void CatalogFilterModel::setFlareUpSafeOnly(bool only)
{
    m_flareUpSafeOnly = only;
    refilter();
}

void CatalogFilterModel::clearFilters()
{
    m_words.clear();
    m_pattern.reset();
    m_focus.reset();
    m_owned.reset();
    m_required.reset();
    m_level.reset();
    m_flareUpSafeOnly = false;
    refilter();
}

bool CatalogFilterModel::isFiltering() const
{
    return !m_words.isEmpty() || m_pattern || m_focus || m_owned || m_required || m_level || m_flareUpSafeOnly;
}

void CatalogFilterModel::refilter()
{
    // Qt 6.4 has no begin/endFilterChange; invalidateFilter is the supported way.
    invalidateFilter();
}

bool CatalogFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    if (sourceParent.isValid() || !m_catalogModel)
        return false;
    const core::Exercise* exercise = m_catalogModel->exerciseAt(sourceRow);
    if (!exercise)
        return false;
    if (m_pattern && exercise->pattern != *m_pattern)
        return false;
    if (m_focus && exercise->focus != *m_focus)
        return false;
    if (m_level && exercise->level != *m_level)
        return false;
    if (m_flareUpSafeOnly && !exercise->isFlareUpSafe())
        return false;
    if (m_owned && !exercise->canBeDoneWith(*m_owned))
        return false;
    if (m_required
        && std::none_of(exercise->equipment.begin(), exercise->equipment.end(),
            [this](const core::EquipmentChoice& c) { return std::find(c.begin(), c.end(), *m_required) != c.end(); }))
        return false;
    for (const QString& word : m_words) {
        if (!matchesWord(m_catalogModel->catalog(), *exercise, word))
            return false;
    }
    return true;
}

bool CatalogFilterModel::lessThan(const QModelIndex& left, const QModelIndex& right) const
{
    const core::Exercise* a = m_catalogModel ? m_catalogModel->exerciseAt(left.row()) : nullptr;
    const core::Exercise* b = m_catalogModel ? m_catalogModel->exerciseAt(right.row()) : nullptr;
    if (!a || !b)
        return QSortFilterProxyModel::lessThan(left, right);
    // Ties on the sorted column fall back to pattern, rung and name, so ladders stay in order.
    const core::Catalog& catalog = m_catalogModel->catalog();
    const auto rest = [&catalog](const core::Exercise* e) {
        return std::make_tuple(
            static_cast<int>(e->pattern), e->level, QString::fromStdString(catalog.name(*e)).toLower());
    };
    if (left.column() == CatalogModel::PatternColumn)
        return rest(a) < rest(b);
    if (left.column() == CatalogModel::LevelColumn)
        return std::make_tuple(a->level, rest(a)) < std::make_tuple(b->level, rest(b));
    const QString x = left.data(sortRole()).toString();
    const QString y = right.data(sortRole()).toString();
    const int order = QString::compare(x, y, Qt::CaseInsensitive);
    if (order != 0)
        return order < 0;
    return rest(a) < rest(b);
}

} // namespace keel::gui
