#!/usr/bin/env bash
# Runs a command (the test suite) in a network namespace that has only loopback, so that nothing a test does can
# reach another address: a stray look-up of a real name fails instead of leaving the machine. Needs root and
# unshare; where either is missing the command runs as it is, and says so.
set -euo pipefail
if [ "$(id -u)" -eq 0 ] && command -v unshare >/dev/null 2>&1 && command -v ip >/dev/null 2>&1 \
    && unshare -n true 2>/dev/null; then
  echo "tests/isolated.sh: running in a network namespace with loopback only" >&2
  exec unshare -n -- sh -c 'ip link set lo up && exec "$@"' sh "$@"
fi
echo "tests/isolated.sh: no network namespace here (needs root and unshare); running on the host's network" >&2
exec "$@"
