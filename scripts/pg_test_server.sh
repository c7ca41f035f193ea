#!/usr/bin/env bash
# Starts a PostgreSQL server for the test suite and prints the admin URL the tests use.
# As root: the Debian cluster (created if missing, started with pg_ctlcluster) and a role
# fichier_test that may create databases. As another user: a private cluster in build/pg.
# Safe to run again. Prints nothing and exits 1 when no server can be started (the reason
# goes to stderr).
set -euo pipefail
cd "$(dirname "$0")/.."
# Only the URL goes to stdout: the server tools talk there too ("Removed stale pid file.").
exec 3>&1 1>&2

ROLE=fichier_test
PASSWORD=fichier_test
version=$(ls /usr/lib/postgresql 2>/dev/null | sort -V | tail -n 1 || true)
if [ -z "$version" ] || [ ! -x "/usr/lib/postgresql/$version/bin/postgres" ]; then
  echo "PostgreSQL n'est pas installé (paquet Debian postgresql)." >&2
  exit 1
fi
BIN="/usr/lib/postgresql/$version/bin"

if [ "$(id -u)" -eq 0 ]; then
  if ! pg_lsclusters -h | awk '{print $1" "$2}' | grep -qx "$version main"; then
    pg_createcluster "$version" main >/dev/null
  fi
  if ! pg_lsclusters -h | awk -v v="$version" '$1==v && $2=="main" {print $4}' | grep -q online; then
    pg_ctlcluster "$version" main start 3>&-  # the server must not hold the URL pipe open
  fi
  port=$(pg_lsclusters -h | awk -v v="$version" '$1==v && $2=="main" {print $3}')
  runuser -u postgres -- env PGOPTIONS="-c client_min_messages=warning" psql -q -p "$port" -v ON_ERROR_STOP=1 >/dev/null <<SQL
DO \$\$ BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '$ROLE') THEN
    CREATE ROLE $ROLE;
  END IF;
END \$\$;
ALTER ROLE $ROLE LOGIN CREATEDB PASSWORD '$PASSWORD';
-- DROP DATABASE ... WITH (FORCE) may have to stop an autovacuum worker of a test database
GRANT pg_signal_backend TO $ROLE;
SQL
else
  data=build/pg/data
  port=54329
  if [ ! -f "$data/PG_VERSION" ]; then
    rm -rf "$data"
    mkdir -p build/pg
    echo "$PASSWORD" > build/pg/pw
    "$BIN/initdb" -D "$data" -U "$ROLE" --pwfile=build/pg/pw -A scram-sha-256 \
      --locale=C.UTF-8 >/dev/null
  fi
  if ! "$BIN/pg_ctl" -D "$data" status >/dev/null 2>&1; then
    "$BIN/pg_ctl" -D "$data" -l build/pg/server.log -w \
      -o "-p $port -k $(pwd)/build/pg -c listen_addresses=127.0.0.1" start >/dev/null 3>&-
  fi
fi
echo "postgresql+psycopg://$ROLE:$PASSWORD@127.0.0.1:$port/postgres" >&3
