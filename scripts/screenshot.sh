#!/usr/bin/env bash
# Screenshots of the real window on a virtual screen (Xvfb), saved in docs/.
set -euo pipefail
cd "$(dirname "$0")/.."
unset QT_QPA_PLATFORM
xvfb-run -a -s "-screen 0 1600x1000x24" .venv/bin/python scripts/screenshot.py
ls -l docs/screenshot-*.png
