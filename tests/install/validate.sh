#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Usage: validate.sh desktop|metainfo FILE
# Runs the freedesktop validator for FILE and fails on any error, warning or hint. Exits 77
# (ctest's "skipped") with a message when the validator is not installed.
set -euo pipefail
kind="$1" file="$2"
case "$kind" in
    desktop) tool=desktop-file-validate package=desktop-file-utils ;;
    metainfo) tool=appstreamcli package=appstream ;;
    *) echo "validate.sh: unknown kind $kind" >&2; exit 2 ;;
esac
if ! command -v "$tool" >/dev/null; then
    echo "SKIP: $tool is not installed (Debian package $package)"
    exit 77
fi
if [[ "$kind" == desktop ]]; then
    # desktop-file-validate exits 0 on warnings and hints too, so any output is a failure.
    report=$(desktop-file-validate "$file" 2>&1) || { echo "$report"; exit 1; }
    [[ -z "$report" ]] || { echo "$report"; exit 1; }
else
    # --no-net: the tests run offline; the URLs are checked by hand when they change.
    appstreamcli validate --pedantic --no-net "$file"
fi
echo "$file: valid"
