#!/usr/bin/env bash
# Starts the application. On a machine with no screen, runs it on a virtual one (Xvfb)
# so that the command still works; on a desktop it opens a normal window.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ] && [ -z "${QT_QPA_PLATFORM:-}" ]; then
  echo "Aucun écran détecté : l'application démarre sur un écran virtuel (Xvfb)."
  exec xvfb-run -a .venv/bin/fichier-client "$@"
fi
exec .venv/bin/fichier-client "$@"
