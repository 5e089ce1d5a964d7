#!/usr/bin/env bash
# Starts a throwaway PostgreSQL for the audit store's tests (issue 7) and prints its URL as the
# LAST line of stdout; everything else goes to stderr.
#
#   url=$(bash scripts/start-postgres.sh | tail -1)
#
# - Installs Debian's `postgresql` when no initdb is found (root, or sudo without a password).
# - The cluster lives in a fresh temp dir owned by a non-root user (`postgres` when it exists,
#   else a system user `gcpg` is created), listens on 127.0.0.1 on a free port, and keeps its
#   unix socket in that dir. No service, cluster registration or config outside the temp dir.
# - A watcher stops the server and deletes the dir when the owner process exits: by default the
#   caller (scripts/test-all.mjs); START_PG_OWNER_PID=<pid> names another, 0 keeps it running.
set -euo pipefail
# fd 3 keeps the real stdout for the URL; every long-lived child gets `3>&-`, or a caller reading
# stdout to its end (spawnSync) would wait for the server to exit.
exec 3>&1 1>&2

log() { echo "start-postgres: $*"; }
as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo -n "$@"; fi; }

find_bin() {
  local d
  d=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1 || true)
  if [ -n "$d" ] && [ -x "$d/initdb" ]; then echo "$d"; return; fi
  if command -v initdb >/dev/null && command -v pg_ctl >/dev/null; then
    dirname "$(readlink -f "$(command -v initdb)")"
  fi
}

BIN=$(find_bin)
if [ -z "$BIN" ]; then
  log "PostgreSQL is missing: installing Debian's postgresql"
  # Debian's package would create and start a "main" cluster; these tests need none.
  as_root mkdir -p /etc/postgresql-common/createcluster.d
  echo 'create_main_cluster = false' | as_root tee /etc/postgresql-common/createcluster.d/gc-no-main.conf >/dev/null
  export DEBIAN_FRONTEND=noninteractive
  if ! as_root apt-get install -y -qq --no-install-recommends postgresql >/dev/null; then
    as_root apt-get update -qq
    as_root apt-get install -y -qq --no-install-recommends postgresql >/dev/null
  fi
  BIN=$(find_bin)
  [ -n "$BIN" ] || { log "initdb still missing after the install"; exit 1; }
fi
log "using $BIN"

# initdb refuses to run as root: run the cluster as a non-root user.
RUN=()
if [ "$(id -u)" = 0 ]; then
  PGUSER_OS=postgres
  if ! id "$PGUSER_OS" >/dev/null 2>&1; then
    PGUSER_OS=gcpg
    id gcpg >/dev/null 2>&1 || useradd --system --no-create-home --shell /usr/sbin/nologin gcpg
  fi
  RUN=(runuser -u "$PGUSER_OS" --)
fi

DIR=$(mktemp -d "${TMPDIR:-/tmp}/gc-pg.XXXXXX")
chmod 700 "$DIR"
[ "${#RUN[@]}" -eq 0 ] || chown "$PGUSER_OS" "$DIR"
PASSWORD=$(od -An -N16 -tx1 /dev/urandom | tr -d ' \n')
printf '%s\n' "$PASSWORD" >"$DIR/pwfile"
[ "${#RUN[@]}" -eq 0 ] || chown "$PGUSER_OS" "$DIR/pwfile"

# --no-sync only skips fsync during initdb; the running server keeps fsync and synchronous_commit.
"${RUN[@]}" "$BIN/initdb" -D "$DIR/data" -U gc --pwfile="$DIR/pwfile" -A scram-sha-256 \
  -E UTF8 --locale=C --no-sync >/dev/null
rm -f "$DIR/pwfile"

free_port() {
  node -e "const s=require('net').createServer().listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})"
}

PORT=
for _ in 1 2 3 4 5; do
  p=$(free_port)
  if "${RUN[@]}" "$BIN/pg_ctl" -D "$DIR/data" -l "$DIR/server.log" -w -t 30 \
    -o "-p $p -k $DIR -c listen_addresses=127.0.0.1" start >/dev/null 3>&-; then
    PORT=$p
    break
  fi
  log "port $p was taken, retrying"
done
[ -n "$PORT" ] || { log "the server did not start:"; tail -20 "$DIR/server.log" || true; exit 1; }

PGPASSWORD=$PASSWORD "$BIN/psql" -qX -h 127.0.0.1 -p "$PORT" -U gc -d postgres \
  -c 'CREATE DATABASE gc_audit_test' >/dev/null

OWNER=${START_PG_OWNER_PID:-$PPID}
if [ "$OWNER" != 0 ]; then
  # Detached, with every stream closed, so a caller reading our stdout is not held open.
  setsid bash -c '
    while kill -0 "$1" 2>/dev/null; do sleep 2; done
    '"${RUN[*]}"' "$2/pg_ctl" -D "$3/data" -m immediate stop
    rm -rf "$3"
  ' _ "$OWNER" "$BIN" "$DIR" </dev/null >/dev/null 2>&1 3>&- &
  log "stops when process $OWNER exits"
else
  log "stop it with: ${RUN[*]} $BIN/pg_ctl -D $DIR/data stop && rm -rf $DIR"
fi
log "PostgreSQL $("$BIN/postgres" --version | awk '{print $3}') on 127.0.0.1:$PORT, data in $DIR"
echo "postgres://gc:$PASSWORD@127.0.0.1:$PORT/gc_audit_test" >&3
