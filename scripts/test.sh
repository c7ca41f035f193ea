#!/usr/bin/env bash
# Runs the whole test suite with no screen needed (Qt offscreen): once on SQLite files,
# then again on a PostgreSQL server (scripts/pg_test_server.sh starts one on this machine).
# Reports: build/junit.xml (SQLite) and build/junit-pg.xml (PostgreSQL).
set -uo pipefail
cd "$(dirname "$0")/.."
export QT_QPA_PLATFORM=offscreen
mkdir -p build

echo "== Tests sur SQLite =="
.venv/bin/python -m pytest --junitxml=build/junit.xml "$@"
sqlite_status=$?

echo "== Tests sur PostgreSQL =="
if url=$(bash scripts/pg_test_server.sh); then
  export FICHIER_TEST_PG_URL="$url"
else
  echo "Serveur PostgreSQL indisponible : les tests PostgreSQL seront ignorés." >&2
fi
FICHIER_TEST_DB=postgresql .venv/bin/python -m pytest --junitxml=build/junit-pg.xml "$@"
pg_status=$?

[ "$sqlite_status" -eq 0 ] && [ "$pg_status" -eq 0 ]
