// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/catalog/catalog.h"

#include <algorithm>

namespace keel::core {

Catalog::Catalog(std::vector<Exercise> exercises)
    : m_exercises(std::move(exercises))
{
    for (std::size_t i = 0; i < m_exercises.size(); ++i)
        m_index.emplace(m_exercises[i].id, i);
}

const Exercise* Catalog::find(std::string_view id) const
{
    const auto it = m_index.find(id);
    return it == m_index.end() ? nullptr : &m_exercises[it->second];
}

std::vector<const Exercise*> Catalog::byPattern(Pattern pattern) const
{
    std::vector<const Exercise*> result;
    for (const Exercise& exercise : m_exercises) {
        if (exercise.pattern == pattern)
            result.push_back(&exercise);
    }
    std::sort(result.begin(), result.end(), [](const Exercise* a, const Exercise* b) {
        return a->level != b->level ? a->level < b->level : a->name < b->name;
    });
    return result;
}

std::vector<const Exercise*> Catalog::ladderOf(std::string_view id) const
{
    const Exercise* bottom = find(id);
    if (!bottom)
        return {};
    // The validator guarantees the links are acyclic; the size bound is a second guard.
    for (std::size_t guard = 0; bottom->regressesTo && guard < m_exercises.size(); ++guard) {
        const Exercise* previous = find(*bottom->regressesTo);
        if (!previous)
            break;
        bottom = previous;
    }
    std::vector<const Exercise*> ladder {bottom};
    while (ladder.back()->progressesTo && ladder.size() <= m_exercises.size()) {
        const Exercise* next = find(*ladder.back()->progressesTo);
        if (!next)
            break;
        ladder.push_back(next);
    }
    return ladder;
}

std::vector<std::vector<const Exercise*>> Catalog::ladders(Pattern pattern) const
{
    std::vector<std::vector<const Exercise*>> result;
    for (const Exercise* exercise : byPattern(pattern)) {
        if (!exercise->regressesTo && exercise->progressesTo)
            result.push_back(ladderOf(exercise->id));
    }
    return result;
}

void Catalog::setTranslations(std::string language, Translations translations)
{
    m_language = std::move(language);
    m_translations.clear();
    for (auto& [id, translation] : translations) {
        if (m_index.contains(id))
            m_translations.emplace(id, std::move(translation));
    }
}

ExerciseTexts Catalog::texts(const Exercise& exercise) const
{
    ExerciseTexts texts {
        exercise.name, exercise.summary, exercise.steps, exercise.cues, exercise.why, exercise.cautions};
    const auto it = m_translations.find(exercise.id);
    if (it == m_translations.end())
        return texts;
    const ExerciseTranslation& translation = it->second;
    // Field by field: a translation that leaves one out still shows the English one.
    auto over = [](auto& shown, const auto& translated) {
        if (translated)
            shown = *translated;
    };
    over(texts.name, translation.name);
    over(texts.summary, translation.summary);
    over(texts.steps, translation.steps);
    over(texts.cues, translation.cues);
    over(texts.why, translation.why);
    over(texts.cautions, translation.cautions);
    return texts;
}

const std::string& Catalog::name(const Exercise& exercise) const
{
    const auto it = m_translations.find(exercise.id);
    return it != m_translations.end() && it->second.name ? *it->second.name : exercise.name;
}

} // namespace keel::core
