// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/util/date.h"
#include "core/util/units.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace keel::core {

/// What a phrase of a reason says: the codes are in phrasecode.h, which only the code that writes
/// or words a particular phrase includes, so a new phrase rebuilds those and not every user of a reason.
enum class PhraseCode : std::uint16_t;

struct Phrase;

/// One filled-in value of a phrase. Every kind keeps what an English reading needs, so the core
/// words a reason without a catalog; a front end may word the value its own way (a translated
/// exercise name, a date in the desktop's format).
struct ReasonArg {
    enum class Kind {
        Text, ///< Words kept as they are (an id no longer in the catalog).
        Number, ///< A whole count or amount: 8, 30.
        Decimal, ///< A value that may have a half: 3.5 (a pain baseline).
        Load, ///< Kilograms, read in `units`.
        Day, ///< A date with its weekday: "Tuesday 2026-11-17".
        Date, ///< A date alone: "2026-11-17".
        Weekday, ///< The weekday of `date` alone: "Tuesday".
        Exercise, ///< `key` is the exercise id; `text` its English name.
        Equipment, ///< `key` is the exercise id; `text` what it needs, in English.
        Pattern, ///< `key` is the pattern's key ("hinge").
        Focus, ///< `key` is the mobility focus's key ("hip").
        Experience, ///< `key` is the experience's key ("beginner").
        Implements, ///< `key` lists equipment keys, comma-separated ("dumbbell,kettlebell").
        Weekdays, ///< `key` lists weekday keys, comma-separated ("mon,wed"); read in English as "mon, wed".
        Nested, ///< A whole reason inside this one (`nested`).
    };
    Kind kind = Kind::Text;
    std::string key;
    std::string text;
    double number = 0;
    Units units = Units::Kg;
    std::optional<Date> date;
    std::vector<Phrase> nested;

    static ReasonArg words(std::string text);
    static ReasonArg count(long value);
    static ReasonArg decimal(double value);
    static ReasonArg load(double kg, Units units);
    static ReasonArg day(Date date);
    static ReasonArg dateOnly(Date date);
    static ReasonArg weekday(Date date);
    static ReasonArg exercise(std::string id, std::string name);
    static ReasonArg equipment(std::string exerciseId, std::string needs);
    /// A pattern, focus or experience by its key, with its English words.
    static ReasonArg keyed(Kind kind, std::string_view key, std::string english);
    /// Equipment keys, read in English as "dumbbell or kettlebell".
    static ReasonArg implements(const std::vector<std::string>& keys);
    /// Weekdays, read in English by their keys: "mon, wed, fri" ("none" for none).
    static ReasonArg weekdays(const std::vector<Weekday>& days);
    static ReasonArg reason(std::vector<Phrase> phrases);

    bool operator==(const ReasonArg&) const;
};

/// One sentence shape with its values, e.g. PainOn with (8, Tuesday 2026-11-17).
struct Phrase {
    PhraseCode code {}; ///< Zero is Verbatim.
    std::vector<ReasonArg> args;
    bool operator==(const Phrase&) const;
};

/// Why the plan chose something, as codes and values rather than English: the CLI reads it in
/// English (text()), the GUI in the desktop's language. Its phrases read one after the other,
/// joined by "; ".
class Reason {
public:
    Reason() = default;
    /// Text from before reasons had codes, kept word for word.
    static Reason verbatim(std::string text);
    Reason(PhraseCode code, std::vector<ReasonArg> args = {});

    bool empty() const { return m_phrases.empty(); }
    const std::vector<Phrase>& phrases() const { return m_phrases; }
    /// True when a phrase anywhere in it (nested ones too) has `code`.
    bool mentions(PhraseCode code) const;
    /// True when its first phrase has `code`.
    bool startsWith(PhraseCode code) const;

    /// Appends the phrases of `more` (a "; " between them when read).
    Reason& operator+=(const Reason& more);
    Reason& operator+=(Phrase more);
    /// This whole reason as the one value of a phrase: Reason(SteppedBack, {pain.asArg()}).
    ReasonArg asArg() const { return ReasonArg::reason(m_phrases); }

    /// In English, as keel-cli and the stored text read it.
    std::string text() const;

    /// As JSON for the database: [{"code":"pain-on","args":[…]},…]. Never throws.
    std::string toJson() const;
    /// Back from toJson(); nullopt for text that is not a reason this Keel knows (damaged, or
    /// from a newer Keel), so the caller keeps the stored English instead.
    static std::optional<Reason> fromJson(std::string_view json);

    bool operator==(const Reason&) const = default;

private:
    std::vector<Phrase> m_phrases;
};

/// The English wording of `code`, with %1, %2 … for its values, as the GUI translates it. A
/// wording with %n reads its last value as the count that chooses the word form ("step(s)").
std::string_view phraseTemplate(PhraseCode code);
/// True when the wording of `code` has a count (%n).
bool hasCount(PhraseCode code);
/// The key of `code` in the database ("pain-on"); and back.
std::string_view phraseKey(PhraseCode code);
std::optional<PhraseCode> parsePhraseKey(std::string_view key);
/// Every code, for tests and for the translation check.
const std::vector<PhraseCode>& allPhraseCodes();

/// `text` with each %1 … %9 replaced by values[0] … in one pass (a value's own "%1" stays);
/// "%%" is a single "%".
std::string fillTemplate(std::string_view text, const std::vector<std::string>& values);
/// An English word form for `count`: "(s)" in `text` dropped for 1 and "s" otherwise.
std::string pluralize(std::string_view text, long count);

} // namespace keel::core
