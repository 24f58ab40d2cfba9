# SPDX-License-Identifier: GPL-3.0-or-later
# The core's layer boundary: fails when a file under ROOT (src/core) includes a Qt header, a
# front end (gui/, cli/, app/), or a room of the core its own room may not depend on.
#
# Each room lists the rooms it may include. The order is the direction of dependence: model
# holds the value types everyone shares and needs only util; store persists them and knows
# nothing of planning; plan decides from what the store holds; report, exchange and demo sit on
# top. A back-reference (store -> plan, model -> catalog) is what this refuses.
cmake_minimum_required(VERSION 3.25)
set(KEEL_ROOMS util model catalog store records plan report exchange demo)
set(allowed_util util)
set(allowed_model model util)
set(allowed_catalog catalog model util)
set(allowed_store store model util)
set(allowed_records records store model util)
set(allowed_plan plan catalog records store model util)
set(allowed_report report plan catalog records store model util)
set(allowed_exchange exchange plan catalog records store model util)
set(allowed_demo demo exchange plan catalog records store model util)

file(GLOB_RECURSE files RELATIVE "${ROOT}" "${ROOT}/*.h" "${ROOT}/*.cpp")
set(offenders "")
foreach(file IN LISTS files)
  string(REGEX MATCH "^[^/]+" room "${file}")
  if(NOT room IN_LIST KEEL_ROOMS)
    list(APPEND offenders "${file}: room '${room}' is not in the map of checkboundary.cmake")
    continue()
  endif()
  file(STRINGS "${ROOT}/${file}" includes REGEX "^[ \t]*#[ \t]*include[ \t]*[<\"]")
  set(line_number 0)
  foreach(line IN LISTS includes)
    if(line MATCHES "^[ \t]*#[ \t]*include[ \t]*[<\"](Q[A-Za-z]|qt)")
      list(APPEND offenders "${file}: includes Qt (${line})")
    elseif(line MATCHES "^[ \t]*#[ \t]*include[ \t]*\"(gui|cli|app)/")
      list(APPEND offenders "${file}: includes a front end (${line})")
    elseif(line MATCHES "^[ \t]*#[ \t]*include[ \t]*\"core/([^/]+)/")
      set(target "${CMAKE_MATCH_1}")
      if(NOT target IN_LIST allowed_${room})
        list(APPEND offenders "${file}: ${room} may not include ${target} (${line}); ${room} may include: ${allowed_${room}}")
      endif()
    endif()
  endforeach()
endforeach()
if(offenders)
  string(REPLACE ";" "\n" offenders "${offenders}")
  message(FATAL_ERROR "The core's layer boundary is broken:\n${offenders}")
endif()
list(LENGTH files count)
message(STATUS "checked ${count} core files: no Qt, no front end, no back-reference between rooms")
