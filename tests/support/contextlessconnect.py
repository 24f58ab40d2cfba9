#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Finds connections without a context object in the desktop app.

Usage: contextlessconnect.py SRC_DIR

`connect(sender, &Sender::signal, [..] { .. })` keeps calling the lambda after whatever it
captured is gone; with a context object (`connect(sender, &Sender::signal, this, [..] { .. })`)
Qt drops the connection when the context is destroyed and runs the slot in its thread. Qt 6.7
can refuse the first form at compile time (QT_NO_CONTEXTLESS_CONNECT); Qt 6.4, which Keel builds
with, cannot, so this check does it over src/gui and src/app: every call of QObject's connect
with a functor must have four or more arguments.
"""
import pathlib
import re
import sys

# connect( at the start of a call: bare (inside a QObject) or QObject::connect, not a method of
# another type (QDBusConnection::connect, Database::connect) reached through `.` or `->`.
CALL = re.compile(r'(?<![\w.>:])(?:QObject::)?connect\s*\(')


def blank_comments_and_strings(text):
    """The source with comments and literals blanked, offsets kept, so commas in them do not count."""
    out = list(text)
    i = 0
    while i < len(text):
        if text.startswith('//', i):
            j = text.find('\n', i)
            j = len(text) if j < 0 else j
            out[i:j] = ' ' * (j - i)
            i = j
        elif text.startswith('/*', i):
            j = text.find('*/', i + 2)
            j = len(text) if j < 0 else j + 2
            out[i:j] = [c if c == '\n' else ' ' for c in text[i:j]]
            i = j
        elif text[i] in '"\'':
            quote = text[i]
            j = i + 1
            while j < len(text) and text[j] != quote:
                j += 2 if text[j] == '\\' else 1
            out[i + 1:j] = ' ' * (j - i - 1)
            i = j + 1
        else:
            i += 1
    return ''.join(out)


def arguments(text, start):
    """The top-level arguments of the call whose '(' is at `start`."""
    depth = 0
    args = []
    current = start + 1
    for i in range(start, len(text)):
        c = text[i]
        if c in '([{':
            depth += 1
        elif c in ')]}':
            depth -= 1
            if depth == 0:
                args.append(text[current:i].strip())
                return args
        elif c == ',' and depth == 1:
            args.append(text[current:i].strip())
            current = i + 1
    return args


def main():
    root = pathlib.Path(sys.argv[1])
    found = []
    for area in ('gui', 'app'):
        for path in sorted((root / area).rglob('*.cpp')) + sorted((root / area).rglob('*.h')):
            text = blank_comments_and_strings(path.read_text(encoding='utf-8'))
            for match in CALL.finditer(text):
                args = arguments(text, match.end() - 1)
                # Three arguments: sender, signal and a functor, with nothing to end the connection.
                if len(args) == 3 and not args[2].startswith(('SLOT(', 'SIGNAL(')):
                    line = text.count('\n', 0, match.start()) + 1
                    found.append(f'{path.relative_to(root.parent)}:{line}: connect without a context object: '
                                 f'name the object whose lifetime the slot depends on (`this`)')
    for problem in found:
        print(problem)
    if found:
        print(f'{len(found)} connection(s) without a context object')
        return 1
    print('every connection in src/gui and src/app names a context object')
    return 0


if __name__ == '__main__':
    sys.exit(main())
