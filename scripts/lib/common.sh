# SPDX-License-Identifier: GPL-3.0-or-later
# Shared by scripts/run, scripts/test, scripts/bench and scripts/screenshots: finds the
# repository and installs the Debian packages Keel needs when any is missing.

KEEL_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
export KEEL_ROOT

# Packages for building the core and CLI (no Qt), and for the desktop app and its tests.
KEEL_CORE_PACKAGES=(build-essential cmake ninja-build ccache pkg-config nlohmann-json3-dev catch2
  libsqlitecpp-dev libsqlite3-dev sqlite3)
KEEL_GUI_PACKAGES=(qt6-base-dev qt6-base-dev-tools qt6-charts-dev libqt6opengl6-dev qt6-svg-dev qt6-tools-dev qt6-tools-dev-tools
  libgl-dev qt6-qpa-plugins xvfb xauth fonts-dejavu-core)

keel_install_packages() {
    local wanted=("${KEEL_CORE_PACKAGES[@]}")
    if [[ "${1:-gui}" == gui ]]; then
        wanted+=("${KEEL_GUI_PACKAGES[@]}")
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
