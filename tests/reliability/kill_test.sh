#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Runs the crash-safety test for N rounds (default 1000): a child logs sets through the core
# API and is SIGKILLed at random moments; after each kill every reported set must be present
# and intact and the integrity checks clean. Then BACKUP_ROUNDS (default 50) kills during
# backups. Builds the two programs in $KEEL_BUILD_DIR (default build/release) first.
#   tests/reliability/kill_test.sh [N] [BACKUP_ROUNDS]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
rounds="${1:-1000}"
backup_rounds="${2:-50}"
build="${KEEL_BUILD_DIR:-$root/build/release}"
if [[ ! -f "$build/CMakeCache.txt" ]]; then
    cmake -S "$root" --preset release -B "$build" >/dev/null
fi
cmake --build "$build" -j2 --target keel_kill_test keel_kill_child >/dev/null
exec "$build/tests/reliability/keel_kill_test" --child "$build/tests/reliability/keel_kill_child" \
    --rounds "$rounds" --backup-rounds "$backup_rounds" ${KEEL_KILL_SEED:+--seed "$KEEL_KILL_SEED"}
