#!/usr/bin/env bash
# Installs everything Fichier client needs on Debian: the system libraries Qt loads,
# a virtual environment in .venv and the Python packages of pyproject.toml.
# Safe to run again: each step is skipped when already done.
set -euo pipefail
cd "$(dirname "$0")/.."

QT_PACKAGES="libglib2.0-0 libgl1 libegl1 libxkbcommon0 libfontconfig1 libfreetype6 \
libdbus-1-3 fonts-dejavu-core xvfb xauth libxkbcommon-x11-0 libxcb-cursor0 \
libxcb-icccm4 libxcb-keysyms1 libxcb-shape0 libxcb-randr0 libxcb-render-util0 \
libxcb-image0 libxcb-xinerama0 poppler-utils"
# The shared-server store and its test run (scripts/pg_test_server.sh); pg_trgm is in contrib.
PG_PACKAGES="postgresql postgresql-contrib"

missing=""
if command -v dpkg-query >/dev/null 2>&1; then
  for p in $QT_PACKAGES $PG_PACKAGES; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing="$missing $p"
  done
fi
if [ -n "$missing" ]; then
  echo "Installation des paquets Debian nécessaires (Qt, PostgreSQL) :$missing"
  SUDO=""
  [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq $missing
fi

PYTHON="${PYTHON:-python3}"
# Debian's python3 makes a venv without pip unless python3-venv is installed: check pip itself.
if ! .venv/bin/python -m pip --version >/dev/null 2>&1; then
  rm -rf .venv
  if ! "$PYTHON" -m venv .venv >/dev/null 2>&1; then
    echo "Installation de python3-venv (nécessaire pour l'environnement Python)"
    SUDO=""
    [ "$(id -u)" -ne 0 ] && SUDO="sudo"
    $SUDO apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq python3-venv
    rm -rf .venv
    "$PYTHON" -m venv .venv
  fi
  rm -f .venv/.installed
fi
stamp=.venv/.installed
if [ ! -f "$stamp" ] || [ pyproject.toml -nt "$stamp" ]; then
  .venv/bin/python -m pip install -q --upgrade pip
  .venv/bin/python -m pip install -q -e ".[test]"
  touch "$stamp"
fi
