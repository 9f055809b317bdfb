#!/usr/bin/env bash
# A private PostgreSQL cluster for local runs and tests: Debian's binaries, our own data
# directory under $FULFIL_STATE, loopback only, never the system cluster on 5432.
#
#   infra/bin/pg.sh start    init (first time) and start; writes $FULFIL_STATE/pg.env
#   infra/bin/pg.sh stop     fast shutdown; fine when not running
#   infra/bin/pg.sh status   exit 0 when running, 3 when not
#   infra/bin/pg.sh psql ... psql as the superuser on the fulfil database (args passed on)
#
# Environment:
#   FULFIL_STATE     state folder (default <repo>/build/local)
#   FULFIL_DB_PORT   port to use; default: the port recorded last time if still free, else any free one
#   FULFIL_DB_FSYNC  on|off (default off: the cluster holds test and demo data that the scripts
#                    can recreate, and fsync=off makes migrations and test setup much faster;
#                    a power loss may corrupt it, then delete $FULFIL_STATE/pg)
set -euo pipefail
FULFIL_LOG_TAG=pg
# shellcheck source=infra/bin/lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

DB_NAME=fulfil
OWNER_ROLE=fulfil_owner
APP_ROLE=fulfil_app
FSYNC="${FULFIL_DB_FSYNC:-off}"
[[ "$FSYNC" == on || "$FSYNC" == off ]] || die "FULFIL_DB_FSYNC must be on or off, not '$FSYNC'"

PG_HOME="$FULFIL_STATE/pg"
PGDATA="$PG_HOME/data"
PG_RUN="$PG_HOME/run" # server log and Unix socket
PG_LOG="$PG_RUN/postgres.log"
ENV_FILE="$FULFIL_STATE/pg.env"
# Passwords come from this cluster's pg.env (or are generated), never from the caller's
# environment, which may hold another state dir's values.
unset FULFIL_DB_OWNER_PASSWORD FULFIL_DB_APP_PASSWORD

# A Unix socket path may not exceed 107 bytes (sun_path). A deep FULFIL_STATE would make the
# server fail with an obscure error, so then put the socket in a short per-state-dir /tmp folder.
SOCKET_DIR="$PG_RUN"
if ((${#SOCKET_DIR} + 18 > 107)); then
  SOCKET_DIR="/tmp/fulfil-pg-$(printf '%s' "$PG_HOME" | cksum | cut -d' ' -f1)"
fi

# initdb and pg_ctl refuse to run as root; as root, run them as the `postgres` OS user that the
# Debian package creates. As an ordinary user, the cluster simply belongs to that user.
as_pg() {
  if is_root; then
    runuser -u postgres -- "$@"
  else
    "$@"
  fi
}

# Give the server user a folder it owns (initdb and the postmaster insist on it).
own_dir() {
  mkdir -p "$1"
  if is_root; then chown postgres:postgres "$1"; fi
  chmod 700 "$1"
}

# Debian's postgresql package starts its default cluster on 5432 when installed. We never use
# it; stop the ones our install brought up so they hold no port or memory behind the user's back.
install_postgres() {
  local before after
  before="$(pg_lsclusters -h 2>/dev/null | awk '$4 == "online" {print $1 "/" $2}' || true)"
  apt_install postgresql
  after="$(pg_lsclusters -h 2>/dev/null | awk '$4 == "online" {print $1 "/" $2}' || true)"
  local c
  for c in $after; do
    if ! grep -qx "$c" <<<"$before"; then
      log "stopping Debian's default cluster $c, started by the package install (not used here)"
      pg_ctlcluster "${c%/*}" "${c#*/}" stop || true
    fi
  done
}

# The initdb binaries installed for one major version (or for all, without an argument).
installed_initdbs() {
  local f
  for f in /usr/lib/postgresql/${1:-*}/bin/initdb; do
    if [[ -x "$f" ]]; then echo "$f"; fi
  done
}

# Sets PG_BIN. An existing data dir pins the major version; a new one takes the newest installed.
# With "noinstall" (status), a missing PostgreSQL is an error instead of an apt-get install.
find_pg_bin() {
  local major="" mode="${1:-install}" found
  [[ -f "$PGDATA/PG_VERSION" ]] && major="$(<"$PGDATA/PG_VERSION")"
  found="$(installed_initdbs "$major")"
  if [[ -z "$found" ]]; then
    [[ "$mode" == noinstall ]] && return 1
    if [[ -n "$major" ]]; then
      apt_install "postgresql-$major"
    else
      install_postgres
    fi
    found="$(installed_initdbs "$major")"
  fi
  [[ -n "$found" ]] || die "no PostgreSQL ${major:+$major }initdb found under /usr/lib/postgresql"
  PG_BIN="$(dirname "$(sort -V <<<"$found" | tail -n 1)")"
}

# pg_ctl's own check is kill -0 on the recorded postmaster pid, which also succeeds for a
# postmaster that died but was never reaped (a zombie: seen where PID 1 does not reap orphans);
# treating that as running would make stop fail and start be skipped.
is_running() {
  [[ -f "$PGDATA/PG_VERSION" ]] || return 1
  as_pg "$PG_BIN/pg_ctl" status -D "$PGDATA" >/dev/null 2>&1 || return 1
  process_alive "$(head -n 1 "$PGDATA/postmaster.pid" 2>/dev/null)"
}

# The running server's port and socket folder, from its postmaster.pid (lines 4 and 5), so that
# `status`, `psql` and a repeated `start` agree with the server even if pg.env was deleted.
running_port() { sed -n 4p "$PGDATA/postmaster.pid"; }
running_socket_dir() { sed -n 5p "$PGDATA/postmaster.pid"; }

check_reachable() {
  mkdir -p "$PG_HOME"
  # The server runs as `postgres`, so every folder above the data dir must be traversable by it.
  if is_root && ! runuser -u postgres -- test -x "$PG_HOME"; then
    die "the postgres OS user cannot reach $PG_HOME; pick a FULFIL_STATE below world-traversable folders (e.g. under /tmp)"
  fi
}

init_cluster() {
  # A data dir without PG_VERSION is the leftover of an interrupted initdb; initdb would refuse
  # a non-empty folder, and nothing in it is worth keeping.
  if [[ -d "$PGDATA" && ! -f "$PGDATA/PG_VERSION" ]]; then
    log "removing incomplete data dir $PGDATA"
    rm -rf "$PGDATA"
  fi
  own_dir "$PGDATA"
  own_dir "$PG_RUN"
  log "initdb $PGDATA ($("$PG_BIN/postgres" --version))"
  # Local (socket) connections are trusted: only this machine's users reach the socket and the
  # scripts need superuser access without a password. TCP always needs a password.
  if ! as_pg "$PG_BIN/initdb" -D "$PGDATA" -U postgres -E UTF8 --locale=C.UTF-8 \
    --auth-local=trust --auth-host=scram-sha-256 >"$PG_RUN/initdb.log" 2>&1; then
    cat "$PG_RUN/initdb.log" >&2
    rm -rf "$PGDATA"
    die "initdb failed"
  fi
  # Fresh cluster, fresh passwords; old values in pg.env belong to a cluster that is gone.
  FULFIL_DB_OWNER_PASSWORD="$(random_secret)"
  FULFIL_DB_APP_PASSWORD="$(random_secret)"
}

# Create or repair the database and roles. Runs on every start: each statement is idempotent, so
# a start interrupted half-way is completed by the next one, and a lost pg.env gets new passwords.
provision() {
  local port="$1" sock="$2"
  local psql=("$PG_BIN/psql" -X -q -v ON_ERROR_STOP=1 -h "$sock" -p "$port" -U postgres)
  # SQL goes through stdin, not argv, so the passwords never show up in `ps`.
  "${psql[@]}" -d postgres <<SQL
SELECT 'CREATE ROLE $OWNER_ROLE' WHERE NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '$OWNER_ROLE')
\gexec
SELECT 'CREATE ROLE $APP_ROLE' WHERE NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '$APP_ROLE')
\gexec
-- The owner runs the migrations; it needs no cluster-wide powers either.
ALTER ROLE $OWNER_ROLE LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS
  PASSWORD '$FULFIL_DB_OWNER_PASSWORD';
-- The application role owns nothing and cannot bypass row-level security: that is what makes
-- FORCE ROW LEVEL SECURITY policies apply to every query the application sends.
ALTER ROLE $APP_ROLE LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS
  PASSWORD '$FULFIL_DB_APP_PASSWORD';
-- CREATE DATABASE cannot run inside a transaction, hence its own \gexec statement.
SELECT 'CREATE DATABASE $DB_NAME OWNER $OWNER_ROLE ENCODING ''UTF8'''
  WHERE NOT EXISTS (SELECT FROM pg_database WHERE datname = '$DB_NAME')
\gexec
ALTER DATABASE $DB_NAME OWNER TO $OWNER_ROLE;
-- Only our roles may connect (PUBLIC gets CONNECT and TEMP by default).
REVOKE ALL ON DATABASE $DB_NAME FROM PUBLIC;
GRANT CONNECT, TEMPORARY ON DATABASE $DB_NAME TO $APP_ROLE;
SQL
  "${psql[@]}" -d "$DB_NAME" <<SQL
-- The owner creates the tables (migrations) and grants the app role what it needs on them.
ALTER SCHEMA public OWNER TO $OWNER_ROLE;
REVOKE CREATE ON SCHEMA public FROM PUBLIC;
GRANT USAGE ON SCHEMA public TO $APP_ROLE;
SQL
}

# shellcheck disable=SC2034 # the variables are written out by name in write_env_file
write_env() {
  local port="$1" sock="$2"
  FULFIL_DB_PORT="$port"
  FULFIL_DB_NAME="$DB_NAME"
  FULFIL_DB_URL="jdbc:postgresql://127.0.0.1:$port/$DB_NAME"
  FULFIL_DB_OWNER_USER="$OWNER_ROLE"
  FULFIL_DB_APP_USER="$APP_ROLE"
  PG_SOCKET_DIR="$sock"
  write_env_file "$ENV_FILE" FULFIL_DB_PORT FULFIL_DB_NAME FULFIL_DB_URL \
    FULFIL_DB_OWNER_USER FULFIL_DB_OWNER_PASSWORD FULFIL_DB_APP_USER FULFIL_DB_APP_PASSWORD \
    PG_SOCKET_DIR PG_BIN
}

cmd_start() {
  find_pg_bin # first: on a fresh machine this installs PostgreSQL and creates the postgres user
  check_reachable
  [[ -f "$PGDATA/PG_VERSION" ]] || init_cluster
  # Passwords of an existing cluster live in pg.env; if that file is gone, provision() sets new ones.
  FULFIL_DB_OWNER_PASSWORD="${FULFIL_DB_OWNER_PASSWORD:-$(env_value "$ENV_FILE" FULFIL_DB_OWNER_PASSWORD || random_secret)}"
  FULFIL_DB_APP_PASSWORD="${FULFIL_DB_APP_PASSWORD:-$(env_value "$ENV_FILE" FULFIL_DB_APP_PASSWORD || random_secret)}"

  if is_running; then
    log "already running on port $(running_port)"
  else
    local port
    port="$(choose_port FULFIL_DB_PORT "$ENV_FILE")"
    own_dir "$PG_RUN"
    [[ "$SOCKET_DIR" == "$PG_RUN" ]] || own_dir "$SOCKET_DIR"
    log "starting on 127.0.0.1:$port (fsync=$FSYNC, log $PG_LOG)"
    if ! as_pg "$PG_BIN/pg_ctl" start -D "$PGDATA" -l "$PG_LOG" -w -t 60 \
      -o "-p $port -k '$SOCKET_DIR' -c listen_addresses=127.0.0.1 -c fsync=$FSYNC" >/dev/null; then
      tail -n 30 "$PG_LOG" >&2 || true
      die "PostgreSQL did not start (log: $PG_LOG)"
    fi
  fi
  local port sock
  port="$(running_port)"
  sock="$(running_socket_dir)"
  provision "$port" "$sock"
  write_env "$port" "$sock"
  log "ready: $FULFIL_DB_URL (env: $ENV_FILE)"
}

cmd_stop() {
  if [[ ! -f "$PGDATA/PG_VERSION" ]]; then
    log "no cluster in $PGDATA; nothing to stop"
    return 0
  fi
  find_pg_bin
  if ! is_running; then
    log "not running"
    return 0
  fi
  # fast: roll back open sessions instead of waiting for clients (a test JVM may still hold some).
  as_pg "$PG_BIN/pg_ctl" stop -D "$PGDATA" -m fast -w -t 60 >/dev/null
  log "stopped"
}

cmd_status() {
  if [[ -f "$PGDATA/PG_VERSION" ]] && find_pg_bin noinstall && is_running; then
    echo "running: 127.0.0.1:$(running_port), data $PGDATA, env $ENV_FILE"
    return 0
  fi
  echo "not running (data $PGDATA)"
  return 3
}

cmd_psql() {
  [[ -f "$PGDATA/PG_VERSION" ]] || die "no cluster yet; run: $0 start"
  find_pg_bin
  is_running || die "not running; run: $0 start"
  exec "$PG_BIN/psql" -X -h "$(running_socket_dir)" -p "$(running_port)" -U postgres -d "$DB_NAME" "$@"
}

case "${1:-}" in
  start) cmd_start ;;
  stop) cmd_stop ;;
  status) cmd_status ;;
  psql)
    shift
    cmd_psql "$@"
    ;;
  *)
    echo "usage: $0 start|stop|status|psql [psql args...]" >&2
    exit 2
    ;;
esac
