#!/usr/bin/env bash
# Runs the whole test suite with no screen needed (Qt offscreen).
set -euo pipefail
cd "$(dirname "$0")/.."
export QT_QPA_PLATFORM=offscreen
mkdir -p build
exec .venv/bin/python -m pytest --junitxml=build/junit.xml "$@"
