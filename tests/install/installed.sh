#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Usage: installed.sh BUILD_DIR APP_ID WITH_GUI(ON|OFF)
# Installs the build into a temporary prefix and runs it from there as a user would: the
# binaries read the installed catalog (never the source tree, which is still on the disk),
# --version and --help work without any display, and everything a desktop looks for is in place.
set -euo pipefail
build="$1" id="$2" gui="$3"
prefix="$(mktemp -d)"
trap 'rm -rf "$prefix"' EXIT
fail() { echo "installed: $*" >&2; exit 1; }
cmake --install "$build" --prefix "$prefix" >/dev/null

version=$("$prefix/bin/keel-cli" --version)
echo "$version"
[[ "$version" == *"(catalog: $prefix/share/keel/catalog)" ]] || fail "keel-cli reads another catalog: $version"
count=$("$prefix/bin/keel-cli" --db "$prefix/keel.db" catalog list --json | grep -o '"id":' | wc -l)
((count > 50)) || fail "keel-cli catalog list shows $count exercises from the installed catalog"
# The translations sit in a folder per language beside the English files, and check clean there.
translations=("$prefix"/share/keel/catalog/de/*.json)
[[ -f "${translations[0]}" ]] || fail "no German catalog translation is installed"
"$prefix/bin/keel-cli" --db "$prefix/keel.db" catalog check "${translations[@]}" >/dev/null \
    || fail "the installed German catalog translation does not check clean"
[[ -f "$prefix/share/man/man1/keel-cli.1" ]] || fail "no man page for keel-cli"

if [[ "$gui" == ON ]]; then
    # No display of any kind: --version and --help must still print and exit 0.
    no_display=(env -u DISPLAY -u WAYLAND_DISPLAY -u QT_QPA_PLATFORM)
    "${no_display[@]}" "$prefix/bin/keel" --version | grep -q '^keel ' || fail "keel --version printed no version"
    "${no_display[@]}" "$prefix/bin/keel" --help | grep -q -- '--db' || fail "keel --help printed no options"
    for file in "share/applications/$id.desktop" "share/metainfo/$id.metainfo.xml" \
        "share/icons/hicolor/scalable/apps/$id.svg" share/man/man1/keel.1; do
        [[ -f "$prefix/$file" ]] || fail "$file is not installed"
    done
    for size in 16 24 32 48 64 128 256 512; do
        png="$prefix/share/icons/hicolor/${size}x${size}/apps/$id.png"
        [[ -f "$png" ]] || fail "no ${size}px icon"
        # A PNG's width and height are big-endian numbers at bytes 16 and 20.
        [[ "$(od -An -tu1 -j16 -N8 "$png" | tr -s ' ')" == " 0 0 $((size / 256)) $((size % 256)) 0 0 $((size / 256)) $((size % 256))" ]] \
            || fail "$png is not ${size}x${size}"
    done
fi
echo "installed into $prefix: binaries, catalog and its translations, man pages${gui/ON/, desktop entry, metainfo and icons}"
