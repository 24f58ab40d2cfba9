// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>
#include <string>
#include <vector>

namespace keel::core {

/// The words of one exercise as a person reads them: its name, summary, how-to, cues, why and
/// cautions, in one language. The exercise itself (`Exercise`) always stays English.
struct ExerciseTexts {
    std::string name;
    std::string summary;
    std::vector<std::string> steps;
    std::vector<std::string> cues;
    std::string why;
    std::vector<std::string> cautions;
};

/// One exercise's entry in a translation file: each field may be missing, and then the English
/// one is shown. Lists, when given, hold as many entries as the English exercise's.
struct ExerciseTranslation {
    std::optional<std::string> name;
    std::optional<std::string> summary;
    std::optional<std::vector<std::string>> steps;
    std::optional<std::vector<std::string>> cues;
    std::optional<std::string> why;
    std::optional<std::vector<std::string>> cautions;
};

} // namespace keel::core
