#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Usage: appid.sh DATA_DIR APP_ID
# The desktop entry, the metainfo and the icon must all carry the one application id that the
# app passes to QGuiApplication::setDesktopFileName (KEEL_APP_ID in CMakeLists.txt).
set -euo pipefail
data="$1" id="$2"
fail() { echo "appid: $*" >&2; exit 1; }
[[ -f "$data/$id.desktop" ]] || fail "no desktop entry $data/$id.desktop"
[[ -f "$data/$id.metainfo.xml" ]] || fail "no metainfo $data/$id.metainfo.xml"
[[ -f "$data/icons/$id.svg" ]] || fail "no icon $data/icons/$id.svg"
grep -qx "Icon=$id" "$data/$id.desktop" || fail "$id.desktop: Icon= is not $id"
grep -q "<id>$id</id>" "$data/$id.metainfo.xml" || fail "$id.metainfo.xml: <id> is not $id"
grep -q "<launchable type=\"desktop-id\">$id.desktop</launchable>" "$data/$id.metainfo.xml" \
    || fail "$id.metainfo.xml: the launchable is not $id.desktop"
grep -q "<icon type=\"stock\">$id</icon>" "$data/$id.metainfo.xml" || fail "$id.metainfo.xml: the icon is not $id"
echo "application id $id: desktop entry, metainfo and icon agree"
