#!/usr/bin/env bash
# A throwaway PostgreSQL cluster on a free local port, usable as root (initdb refuses root, so the
# server runs as the postgres user).
#   eval "$(bash scripts/pgtmp.sh start)"   -> exports PGTMP_DIR PGHOST PGPORT PGUSER DATABASE_URL
#   bash scripts/pgtmp.sh stop "$PGTMP_DIR"
set -euo pipefail
PGBIN=${PGBIN:-$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)}
[ -n "$PGBIN" ] || { echo "pgtmp: PostgreSQL is not installed" >&2; exit 1; }
as_pg() { if [ "$(id -u)" = 0 ]; then (cd / && runuser -u postgres -- "$@"); else "$@"; fi; }
case "${1:-}" in
start)
  dir=$(mktemp -d /tmp/pgtmp.XXXXXX)
  if [ "$(id -u)" = 0 ]; then chown postgres:postgres "$dir"; fi
  port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
  as_pg "$PGBIN/initdb" -D "$dir/data" -U postgres -A trust -E UTF8 --locale=C.UTF-8 --no-sync >"$dir/initdb.log" 2>&1 \
    || { cat "$dir/initdb.log" >&2; exit 1; }
  as_pg "$PGBIN/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 30 \
     -o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" start >/dev/null
  echo "export PGTMP_DIR=$dir PGHOST=127.0.0.1 PGPORT=$port PGUSER=postgres DATABASE_URL=postgres://postgres@127.0.0.1:$port/postgres"
  ;;
stop)
  dir=${2:?usage: pgtmp.sh stop DIR}
  as_pg "$PGBIN/pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null 2>&1 || true
  rm -rf "$dir" ;;
*) echo "usage: $0 start|stop DIR" >&2; exit 2;;
esac
