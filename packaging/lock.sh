#!/usr/bin/env bash
# Refreshes the two lock files the README's commands install from, with every file's hash, for Linux, Windows and
# macOS alike (uv's universal resolution: one lock with environment markers, so the Windows bundle gets the same
# versions as a Linux test run). The ranges stay in pyproject.toml for whoever installs the wizard as a library.
#   packaging/requirements.lock       the wizard and what it needs to run, plus its build backend
#   packaging/requirements-test.lock  the same and the test extra (pytest, mypy, ruff, PyInstaller, ...)
# Run it after changing a dependency in pyproject.toml (or to take newer releases), then run the tests:
#   python3 -m pip install uv && bash packaging/lock.sh
set -euo pipefail
cd "$(dirname "$0")/.."
uv="${UV:-uv}"
# the build backend is locked too: the wizard itself is installed without build isolation, from the lock
build=$(python3 -c "import tomllib; print('\n'.join(tomllib.load(open('pyproject.toml', 'rb'))['build-system']['requires']))")
common=(--universal --python-version 3.11 --generate-hashes --quiet --custom-compile-command "bash packaging/lock.sh")
echo "$build" | "$uv" pip compile pyproject.toml - "${common[@]}" -o packaging/requirements.lock
echo "$build" | "$uv" pip compile pyproject.toml - --extra test "${common[@]}" -o packaging/requirements-test.lock
