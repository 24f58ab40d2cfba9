#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Finds text a person would read that the desktop app shows without tr().

Usage: untranslated.py SRC_DIR

lupdate only sees strings inside tr(); a sentence written as a bare literal never reaches the
translators and stays English in every language. This reads every literal in src/gui and
src/app and reports the ones that read as prose (two words or more) outside a translating
call. Literals for a terminal or a log (qCritical, fprintf, exceptions) are English by design,
as keel-cli's are. A literal that is not for people (an object name, a settings key) and still
reads as prose can carry a `// notr: why` comment on its line.
"""
import pathlib
import re
import sys

LITERAL = re.compile(r'(?:u8|u|U|L)?"((?:[^"\\\n]|\\.)*)"')
# What lupdate reads: tr() of a class, QCoreApplication::translate and the NOOP markers. A
# helper of our own called `translate` is not among them, since lupdate would not see its text.
TRANSLATING = {'tr', 'QCoreApplication::translate', 'QT_TR_NOOP', 'QT_TRANSLATE_NOOP', 'QT_TR_N_NOOP',
               'QT_TRANSLATE_N_NOOP'}
TERMINAL = {'qCritical', 'qWarning', 'qInfo', 'qDebug', 'std::fprintf', 'std::printf', 'std::runtime_error'}
# Tools only developers run (keel-demo, the icon renderer, the start-up probe).
TOOLS = {'keeldemo.cpp', 'iconrender.cpp', 'startupprobe.cpp'}
# QDate and QTime patterns ("MMM yyyy"): QLocale writes the names in the reader's language.
DATE_PATTERN = re.compile(r"^[dMyHhmsapAPtz\s.,:/'-]+$")


def without_comments(text):
    """The source with comments blanked out, line breaks kept, so offsets stay line-true."""
    out = []
    i = 0
    while i < len(text):
        c = text[i]
        if c in '"\'':
            j = i + 1
            while j < len(text) and text[j] != c:
                j += 2 if text[j] == '\\' else 1
            out.append(text[i:j + 1])
            i = j + 1
        elif text.startswith('//', i):
            j = text.find('\n', i)
            j = len(text) if j < 0 else j
            out.append(' ' * (j - i))
            i = j
        elif text.startswith('/*', i):
            j = text.find('*/', i) + 2
            out.append(re.sub(r'[^\n]', ' ', text[i:j]))
            i = j
        else:
            out.append(c)
            i += 1
    return ''.join(out)


def enclosing_call(text, pos):
    """The name of the innermost call whose parentheses hold `pos` ('' at statement level)."""
    depth = 0
    i = pos - 1
    while i >= 0:
        c = text[i]
        if c == '"':
            i -= 1
            while i > 0 and not (text[i] == '"' and text[i - 1] != '\\'):
                i -= 1
        elif c == ')':
            depth += 1
        elif c == '(':
            if depth == 0:
                name = re.search(r'((?:[A-Za-z_][A-Za-z_0-9]*::)*[A-Za-z_][A-Za-z_0-9]*)\s*$', text[:i])
                if not name:
                    return ''
                # Class::tr and Class::tr-like calls count as tr; other qualified names stay whole.
                qualified = name.group(1)
                return 'tr' if qualified.endswith('::tr') else qualified
            depth -= 1
        elif c in ';{}' and depth == 0:
            return ''
        i -= 1
    return ''


def reads_as_prose(literal):
    if re.search(r'[{};]', literal) or DATE_PATTERN.match(literal):
        return False
    words = re.sub(r'<[^>]*(>|$)|^[^<]*>', ' ', literal)  # markup, also split over literals
    words = re.sub(r'%L?\d+|%n', '', words)
    words = re.sub(r'\\.', ' ', words)
    return re.search(r'[A-Za-z]{2,}[,.:;!?]?\s+[A-Za-z]{2,}', words) is not None


def main():
    root = pathlib.Path(sys.argv[1])
    found = []
    for folder in ('gui', 'app'):
        for path in sorted((root / folder).rglob('*')):
            if path.suffix not in ('.cpp', '.h') or path.name in TOOLS:
                continue
            raw = path.read_text(encoding='utf-8')
            lines = raw.split('\n')
            text = without_comments(raw)
            for match in LITERAL.finditer(text):
                line = text.count('\n', 0, match.start()) + 1
                source_line = lines[line - 1]
                if source_line.startswith('#include') or 'notr:' in source_line:
                    continue
                if not reads_as_prose(match.group(1)):
                    continue
                if enclosing_call(text, match.start()) in TRANSLATING | TERMINAL:
                    continue
                found.append(f'{path.relative_to(root)}:{line}: "{match.group(1)}" is shown untranslated; wrap it in tr()')
    for entry in found:
        print(entry)
    if found:
        print(f'{len(found)} literal(s) outside tr()', file=sys.stderr)
        return 1
    return 0


if __name__ == '__main__':
    sys.exit(main())
