# SPDX-License-Identifier: GPL-3.0-or-later
# Test sources are listed by name, so a file added, moved or removed shows in review. This guard
# keeps a list from silently leaving a file out: every *.cpp and *.h under a test folder must be
# named by the list that builds that folder.

# keel_check_test_sources(FOLDER LIST WHERE): fails configuration on a *.cpp or *.h under FOLDER
# (relative to the current source folder) that is not in the list variable LIST, whose entries
# are relative to the current source folder too; WHERE names the list to add it to and its file. The folder is
# globbed with CONFIGURE_DEPENDS (to check it, never to build from it), so a file added later
# makes the next build reconfigure and fail the same way.
function(keel_check_test_sources folder list where)
  file(GLOB_RECURSE present CONFIGURE_DEPENDS RELATIVE ${CMAKE_CURRENT_SOURCE_DIR}
    ${CMAKE_CURRENT_SOURCE_DIR}/${folder}/*.cpp ${CMAKE_CURRENT_SOURCE_DIR}/${folder}/*.h)
  foreach(file IN LISTS present)
    if(NOT file IN_LIST ${list})
      file(RELATIVE_PATH shown ${PROJECT_SOURCE_DIR} ${CMAKE_CURRENT_SOURCE_DIR}/${file})
      message(FATAL_ERROR "${shown} is in no test source list: add it to ${where}")
    endif()
  endforeach()
endfunction()
