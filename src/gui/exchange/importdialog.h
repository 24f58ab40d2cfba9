// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/exchange/importer.h"

#include <QDialog>

#include <map>
#include <optional>
#include <string>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QListWidget;
class QTableWidget;

namespace keel::core {
class ExchangeError;
} // namespace keel::core

namespace keel::gui {

class Logbook;

/// The preview before an import (File → Import…): what the file is, what it holds, the names
/// the catalog does not know (each kept under its own name or mapped to a catalog exercise) and,
/// for a file that states no units, which unit its weights are in. Reading and matching are the
/// core Importer's; nothing is written here (see ImportCommand).
class ImportDialog final : public QDialog {
    Q_OBJECT
public:
    /// The largest file the dialog reads: exports of years of training are a few megabytes.
    static constexpr qint64 kMaxFileBytes = 256LL * 1024 * 1024;

    /// Reads `path` into `text`; false with `error` ("FILE: reason") when it cannot.
    static bool readFile(const QString& path, std::string& text, QString* error);

    /// "FILE:LINE: reason" (or "FILE: reason") for a file that cannot be imported or restored, the
    /// reason in the desktop's language.
    static QString fileError(const QString& path, const core::ExchangeError& error);

    /// `text` is the file's content, `path` where it came from (for messages).
    ImportDialog(Logbook& logbook, const QString& path, std::string text, QWidget* parent = nullptr);

    /// True when the file was read and holds something to import.
    bool canImport() const;
    /// "FILE:LINE: reason" when the file cannot be read as the chosen format; empty otherwise.
    QString errorText() const { return m_error; }
    /// The preview as read with the current choices; nullopt when the file could not be read.
    const std::optional<core::ImportPlan>& preview() const { return m_preview; }
    /// What to write: the preview with the names the user mapped going to their exercises.
    core::ImportPlan plan() const;
    /// Normalised imported name -> catalog id, for each name the user mapped.
    std::map<std::string, std::string> chosenMappings() const;

    /// Maps an unmatched imported name to a catalog exercise (empty id: keep it), as its row's
    /// box does.
    void chooseMapping(const std::string& name, const std::string& exerciseId);
    /// The unit the file's weights are read in when it states none.
    core::Units assumedUnits() const;
    /// The unit guessed for a file without units: the profile's, else the locale's.
    static core::Units guessUnits(const Logbook& logbook);

private:
    void reread();
    void showPreview();
    void fillNames();

    Logbook& m_logbook;
    QString m_path;
    std::string m_text;
    std::map<std::string, std::string> m_remembered;
    std::map<std::string, std::string> m_choices; ///< Imported name (as written) -> catalog id.
    std::optional<core::SourceFile> m_source;
    std::optional<core::ImportPlan> m_preview;
    QString m_error;

    QComboBox* m_format = nullptr;
    QComboBox* m_units = nullptr;
    QLabel* m_unitsLabel = nullptr;
    QLabel* m_summary = nullptr;
    QLabel* m_errorLabel = nullptr;
    QLabel* m_namesLabel = nullptr;
    QTableWidget* m_names = nullptr;
    QLabel* m_skippedLabel = nullptr;
    QListWidget* m_skipped = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};

} // namespace keel::gui
