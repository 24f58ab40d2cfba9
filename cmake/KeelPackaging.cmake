# SPDX-License-Identifier: GPL-3.0-or-later
# The Debian package (scripts/package runs `cpack -G DEB`). Its Depends are computed from the
# binaries by dpkg-shlibdeps, plus what Keel loads at run time without linking it.
set(CPACK_PACKAGE_NAME keel)
set(CPACK_PACKAGE_VENDOR "The Keel developers")
set(CPACK_PACKAGE_CONTACT "The Keel developers <keel@keelplanner.org>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "planner for strength, mobility and walking for long-term back health")
set(CPACK_PACKAGE_DESCRIPTION
  "Keel builds a weekly strength and mobility schedule around the movement patterns that take
load off the low back (hip hinge, squat, loaded carry, anti-rotation and core stability, hip
and thoracic mobility, walking), logs sets, walks and check-ins in seconds, progresses each
pattern slowly and steps it back when something hurts. It ships the desktop app (keel) and a
scriptable command line (keel-cli) over one local SQLite logbook.")
set(CPACK_PACKAGE_HOMEPAGE_URL "https://keelplanner.org/")
set(CPACK_RESOURCE_FILE_LICENSE "${PROJECT_SOURCE_DIR}/LICENSE")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)

set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION misc)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
if(KEEL_BUILD_GUI)
  # Plugins Qt loads at run time, which dpkg-shlibdeps cannot see: the SVG icon engine (the
  # window and tray icons) lives in libqt6svg6; the X11 and offscreen platform plugins come
  # with libqt6gui6, found from the binaries. Wayland's plugin is optional: XWayland works too.
  # Keel's own translations are inside the binary; Qt's (the standard buttons and dialogs in
  # German) come with qt6-translations-l10n, without which those stay English.
  set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6svg6 (>= 6.4)")
  set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-wayland, qt6-translations-l10n")
endif()

include(CPack)
