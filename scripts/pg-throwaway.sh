#!/usr/bin/env bash
# A throwaway PostgreSQL cluster on 127.0.0.1 for trying the unit server or running its tests.
#   bash scripts/pg-throwaway.sh start [port]   → prints DATABASE_URL=postgres://postgres:…@127.0.0.1:<port>/postgres
#   bash scripts/pg-throwaway.sh stop  [port]   → stops it and deletes its data
# Listens on loopback only, password auth (a random password kept in the data folder). initdb refuses
# to run as root, so as root it runs as the `postgres` user (Debian's package creates it).
set -euo pipefail
cmd="${1:-start}"
port="${2:-${PGPORT_THROWAWAY:-55432}}"
dir="${PL_PG_DIR:-/tmp/perf-ledger-pg-$port}"
bin="${PG_BIN:-}"
if [ -z "$bin" ]; then
  bin="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1 || true)"
fi
if [ ! -x "$bin/initdb" ]; then
  echo "PostgreSQL is not installed (no /usr/lib/postgresql/*/bin/initdb): apt-get install postgresql" >&2
  exit 1
fi

as_owner() {
  if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

case "$cmd" in
  start)
    if [ -f "$dir/data/postmaster.pid" ] && as_owner "$bin/pg_ctl" -D "$dir/data" status >/dev/null 2>&1; then
      echo "DATABASE_URL=postgres://postgres:$(cat "$dir/password")@127.0.0.1:$port/postgres"
      exit 0
    fi
    rm -rf "$dir"
    mkdir -p "$dir"
    [ "$(id -u)" -eq 0 ] && chown postgres:postgres "$dir"
    password="$(od -An -N12 -tx1 /dev/urandom | tr -d ' \n')"
    as_owner bash -c "umask 077; printf '%s' '$password' > '$dir/password'"
    as_owner "$bin/initdb" -D "$dir/data" -U postgres --auth=scram-sha-256 --pwfile="$dir/password" \
      -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 || { cat "$dir/initdb.log" >&2; exit 1; }
    # Small and fast: this cluster holds test data that is thrown away.
    as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
      -o "-c listen_addresses=127.0.0.1 -p $port -k $dir -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" \
      start >/dev/null || { cat "$dir/server.log" >&2; exit 1; }
    echo "DATABASE_URL=postgres://postgres:$password@127.0.0.1:$port/postgres"
    ;;
  stop)
    if [ -d "$dir/data" ]; then
      as_owner "$bin/pg_ctl" -D "$dir/data" -m immediate stop >/dev/null 2>&1 || true
    fi
    rm -rf "$dir"
    ;;
  *)
    echo "usage: $0 start|stop [port]" >&2
    exit 2
    ;;
esac
