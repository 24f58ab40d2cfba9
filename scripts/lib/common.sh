# SPDX-License-Identifier: GPL-3.0-or-later
# Shared by scripts/run, scripts/test, scripts/bench and scripts/screenshots: finds the
# repository and installs the Debian packages Keel needs when any is missing.

KEEL_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
export KEEL_ROOT

# Every package is listed for something that uses it directly; what they pull in (moc and
# uic through qt6-base-dev, dpkg-shlibdeps through build-essential) is not repeated.
# Building and testing the core and the CLI (no Qt):
KEEL_CORE_PACKAGES=(
  build-essential   # g++ 12, make, dpkg-dev (dpkg-shlibdeps computes the .deb's Depends)
  cmake ninja-build # CMakePresets.json uses the Ninja generator
  ccache            # picked up by CMakeLists.txt when present; CI keeps its cache between runs
  file              # CPack's Debian generator finds the binaries to feed dpkg-shlibdeps with it
  nlohmann-json3-dev catch2 libsqlitecpp-dev libsqlite3-dev
  pkg-config libzstd-dev # CMake finds zstd through pkg-config; backups are zstd-compressed, so 17 rotated copies cost little more than the database
  libexpat1-dev     # keel_exchange reads GPX tracks with expat (a streaming XML parser)
  python3-icalendar # the exchange tests check `keel-cli export ics` with a real iCalendar parser
  clang-format      # the "format:" test holds every source to .clang-format
  libcli11-dev      # keel-cli's parser: subcommands with per-verb options and --help; well kept, header-only
)
# The desktop app, its widget tests and the desktop-integration checks:
KEEL_GUI_PACKAGES=(
  qt6-base-dev qt6-charts-dev qt6-svg-dev
  libqt6opengl6-dev  # Qt6ChartsConfig.cmake needs Qt6OpenGL; only a Recommends of qt6-base-dev
  fonts-dejavu-core  # the offscreen widget tests and screenshots need a font to measure text
  desktop-file-utils # desktop-file-validate, run by the desktop entry test
  appstream          # appstreamcli, run by the metainfo test
  dbus-daemon        # the reminder tests start a session bus of their own with a stand-in notification service
  qt6-tools-dev      # Qt6LinguistTools for CMake: qt_add_lrelease builds translations/keel_de.ts into the app
  qt6-l10n-tools     # lupdate and lrelease: the .qm files, and the test that finds strings left untranslated
  qt6-translations-l10n # Qt's own German (qtbase_de.qm) for the standard dialogs and buttons
)
# Fuzzing (scripts/fuzz): the libFuzzer targets are built with clang; libFuzzer itself and
# clang's sanitizer runtimes come in libclang-rt-14-dev, only a Recommends (of libclang-common-14-dev).
KEEL_FUZZ_PACKAGES=(clang libclang-rt-14-dev)

# Installs what is missing for `gui` (the default), `core` (no Qt) or `fuzz` (core and clang).
keel_install_packages() {
    local wanted=("${KEEL_CORE_PACKAGES[@]}")
    if [[ "${1:-gui}" == gui ]]; then
        wanted+=("${KEEL_GUI_PACKAGES[@]}")
    elif [[ "$1" == fuzz ]]; then
        wanted+=("${KEEL_FUZZ_PACKAGES[@]}")
    fi
    local missing=()
    local package
    for package in "${wanted[@]}"; do
        if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed"; then
            missing+=("$package")
        fi
    done
    if ((${#missing[@]} == 0)); then
        return 0
    fi
    echo "keel: installing missing Debian packages: ${missing[*]}"
    local sudo=()
    if [[ $(id -u) -ne 0 ]]; then
        if ! command -v sudo >/dev/null; then
            echo "keel: need root or sudo to install: ${missing[*]}" >&2
            return 1
        fi
        sudo=(sudo)
    fi
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -q
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${missing[@]}"
}

# Configure and build one preset with two jobs (the machines have two cores).
keel_build() {
    local preset="$1"
    cmake -S "$KEEL_ROOT" --preset "$preset" >/dev/null
    cmake --build "$KEEL_ROOT/build/$preset" -j2
}
