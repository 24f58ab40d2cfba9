#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Fails while a translation lags behind the sources.

Usage: translationscomplete.py LUPDATE ROOT TS_FILE

Runs lupdate over ROOT's src/gui, src/app, ui (the forms), the core's reason phrases and the
progress report's words (src/core/report) into a copy of TS_FILE (the committed file is never
written) and reports every string that is new in the code, unfinished in the file, or
translated but no longer in the code. `scripts/translations` updates the file itself.
"""
import pathlib
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ElementTree


def main():
    lupdate, root, committed = sys.argv[1], pathlib.Path(sys.argv[2]), pathlib.Path(sys.argv[3])
    with tempfile.TemporaryDirectory() as folder:
        copy = pathlib.Path(folder) / committed.name
        shutil.copy(committed, copy)
        subprocess.run([lupdate, '-silent', '-I', str(root / 'src'), '-locations', 'none', '-tr-function-alias',
                        'QT_TRANSLATE_NOOP+=KEEL_TRANSLATE_NOOP,QT_TRANSLATE_N_NOOP+=KEEL_TRANSLATE_N_NOOP',
                        str(root / 'src' / 'gui'), str(root / 'src' / 'app'), str(root / 'ui'),
                        str(root / 'src' / 'core' / 'model' / 'reasonphrases.cpp'), str(root / 'src' / 'core' / 'report'),
                        '-ts', str(copy)],
                       check=True)
        translations = ElementTree.parse(copy).getroot()
    problems = []
    total = 0
    for context in translations.iter('context'):
        name = context.findtext('name')
        for message in context.iter('message'):
            total += 1
            translation = message.find('translation')
            state = translation.get('type', '')
            forms = [form.text for form in translation.iter('numerusform')] or [translation.text]
            if state in ('vanished', 'obsolete'):
                problems.append(f'{committed.name}: {name}: "{message.findtext("source")}" is no longer in the code')
            elif state == 'unfinished' or not all(forms):
                problems.append(f'{committed.name}: {name}: "{message.findtext("source")}" is not translated')
    for problem in problems:
        print(problem)
    print(f'{committed.name}: {total - len(problems)} of {total} strings translated')
    if problems:
        print('run scripts/translations, then translate what it marks unfinished', file=sys.stderr)
        return 1
    return 0


if __name__ == '__main__':
    sys.exit(main())
