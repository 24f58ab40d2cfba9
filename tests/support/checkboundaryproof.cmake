# SPDX-License-Identifier: GPL-3.0-or-later
# Proves checkboundary.cmake refuses a back-reference: copies ROOT (src/core) into WORK, makes
# store include plan, and expects the check to fail naming the file and the rooms.
cmake_minimum_required(VERSION 3.25)
file(REMOVE_RECURSE "${WORK}")
file(COPY "${ROOT}/" DESTINATION "${WORK}")
file(APPEND "${WORK}/store/database.h" "#include \"core/plan/plangenerator.h\"\n")
execute_process(COMMAND "${CMAKE_COMMAND}" -DROOT=${WORK} -P "${CMAKE_CURRENT_LIST_DIR}/checkboundary.cmake"
  RESULT_VARIABLE result ERROR_VARIABLE output OUTPUT_VARIABLE output)
file(REMOVE_RECURSE "${WORK}")
if(result EQUAL 0)
  message(FATAL_ERROR "the boundary check passed a tree where store includes plan")
endif()
if(NOT output MATCHES "store/database.h: store may not include plan")
  message(FATAL_ERROR "the boundary check failed, but without naming the file and rooms:\n${output}")
endif()
message(STATUS "refused as expected: store/database.h: store may not include plan")
