// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/catalog/ladderchecker.h"

#include "core/catalog/spelling.h"

#include <algorithm>
#include <map>
#include <set>

namespace keel::core {

namespace {

struct Direction {
    std::string_view key; ///< "progresses_to" or "regresses_to"
    std::optional<std::string> Exercise::*link;
    std::optional<std::string> Exercise::*mirror;
    bool upwards;
};

constexpr Direction kUp {"progresses_to", &Exercise::progressesTo, &Exercise::regressesTo, true};
constexpr Direction kDown {"regresses_to", &Exercise::regressesTo, &Exercise::progressesTo, false};

std::string linkText(const std::optional<std::string>& link)
{
    return link ? "\"" + *link + "\"" : "null";
}

class Checker {
public:
    explicit Checker(const std::vector<CatalogEntry>& entries)
        : m_entries(entries)
    {
        for (const CatalogEntry& entry : entries) {
            if (!entry.exercise.id.empty())
                m_byId.emplace(entry.exercise.id, &entry);
        }
    }

    std::vector<CatalogIssue> run()
    {
        for (const CatalogEntry& entry : m_entries) {
            if (!entry.linkable)
                continue;
            checkLink(entry, kUp);
            checkLink(entry, kDown);
        }
        findLoops(kUp);
        findLoops(kDown);
        return std::move(m_issues);
    }

private:
    void error(const CatalogEntry& entry, std::string_view key, std::string message)
    {
        m_issues.push_back(
            {entry.exercise.sourceFile, 0, 0, "/exercises/" + std::to_string(entry.index) + "/" + std::string(key),
                entry.exercise.id, std::move(message)});
    }

    const CatalogEntry* find(const std::optional<std::string>& id) const
    {
        if (!id)
            return nullptr;
        const auto it = m_byId.find(*id);
        return it == m_byId.end() ? nullptr : it->second;
    }

    void checkLink(const CatalogEntry& entry, const Direction& direction)
    {
        const Exercise& exercise = entry.exercise;
        const auto& link = exercise.*direction.link;
        if (!link)
            return;
        const std::string prefix = std::string(direction.key) + " \"" + *link + "\"";
        const CatalogEntry* target = find(link);
        if (!target) {
            error(entry, direction.key, prefix + " names no exercise" + suggestIds(*link));
            return;
        }
        // A target with broken fields has its own errors; comparing against defaults would only add noise.
        if (!target->linkable)
            return;
        const Exercise& other = target->exercise;
        if (other.pattern != exercise.pattern) {
            error(entry, direction.key,
                prefix + " is a " + std::string(toString(other.pattern)) + " exercise, but a ladder stays within one "
                    + "pattern and this one is " + std::string(toString(exercise.pattern)));
        } else if (direction.upwards ? other.level <= exercise.level : other.level >= exercise.level) {
            error(entry, direction.key,
                prefix + " is at level " + std::to_string(other.level) + ", which is not "
                    + (direction.upwards ? "above" : "below") + " this exercise's level "
                    + std::to_string(exercise.level));
        }
        const auto& mirror = other.*direction.mirror;
        if (mirror != exercise.id) {
            const std::string_view mirrorKey = direction.upwards ? kDown.key : kUp.key;
            error(entry, direction.key,
                prefix + " is not mirrored: \"" + other.id + "\" has " + std::string(mirrorKey) + " " + linkText(mirror)
                    + ", expected \"" + exercise.id + "\"");
        }
    }

    // Each exercise has at most one link per direction, so following links from every start
    // either ends or runs into a node seen on the same walk: a loop.
    void findLoops(const Direction& direction)
    {
        enum class Seen : unsigned char { No, OnWalk, Done };
        std::vector<Seen> seen(m_entries.size(), Seen::No);
        auto seenOf = [&](const CatalogEntry* entry) -> Seen& {
            return seen[static_cast<std::size_t>(entry - m_entries.data())];
        };
        for (const CatalogEntry& start : m_entries) {
            if (!start.linkable || seenOf(&start) != Seen::No)
                continue;
            std::vector<const CatalogEntry*> walk;
            const CatalogEntry* node = &start;
            while (node && node->linkable && seenOf(node) == Seen::No) {
                seenOf(node) = Seen::OnWalk;
                walk.push_back(node);
                node = find(node->exercise.*direction.link);
            }
            if (node && seenOf(node) == Seen::OnWalk) {
                const auto loopStart = std::find(walk.begin(), walk.end(), node);
                reportLoop(std::vector<const CatalogEntry*>(loopStart, walk.end()), direction);
            }
            for (const CatalogEntry* visited : walk)
                seenOf(visited) = Seen::Done;
        }
    }

    void reportLoop(const std::vector<const CatalogEntry*>& loop, const Direction& direction)
    {
        std::vector<std::string> members;
        for (const CatalogEntry* entry : loop)
            members.push_back(entry->exercise.id);
        std::sort(members.begin(), members.end());
        // Mirrored links loop both ways round the same exercises; say it once.
        if (!m_reportedLoops.insert(members).second)
            return;
        std::string chain;
        for (const CatalogEntry* entry : loop)
            chain += entry->exercise.id + " → ";
        chain += loop.front()->exercise.id;
        error(*loop.back(), direction.key, "the ladder loops: " + chain);
    }

    /// A suggestion compares the id with every id in the catalog; a file full of broken links
    /// would make that quadratic, so only the first few broken links get one.
    std::string suggestIds(const std::string& id)
    {
        if (m_suggestionsLeft == 0)
            return {};
        --m_suggestionsLeft;
        if (m_ids.empty()) {
            m_ids.reserve(m_byId.size());
            for (const auto& [candidate, entry] : m_byId)
                m_ids.push_back(candidate);
        }
        const auto match = closestMatch(id, m_ids);
        return match ? " (did you mean \"" + *match + "\"?)" : std::string();
    }

    const std::vector<CatalogEntry>& m_entries;
    std::map<std::string_view, const CatalogEntry*> m_byId;
    std::set<std::vector<std::string>> m_reportedLoops;
    std::vector<std::string_view> m_ids; ///< Every id, gathered on the first suggestion.
    std::size_t m_suggestionsLeft = LadderChecker::kMaxSuggestions;
    std::vector<CatalogIssue> m_issues;
};

} // namespace

std::vector<CatalogIssue> LadderChecker::check(const std::vector<CatalogEntry>& entries)
{
    return Checker(entries).run();
}

} // namespace keel::core
