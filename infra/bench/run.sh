#!/usr/bin/env bash
# Benchmarks that print figures. Starts the platform with infra/bin/run in a throw-away state folder
# (its own PostgreSQL and Keycloak, free ports, demo shops), runs the named benchmark against it,
# and stops everything, also on failure.
#
#   infra/bench/run.sh orders       order intake: API batch vs raw PostgreSQL (ratio), single-order
#                                   p99 at 20 clients (OrdersBench.java; BATCHES, SINGLE_ORDERS, ...)
#   infra/bench/run.sh next-call    "next call" p99 with 100,000 open tasks (NextCallBench.java;
#                                   OPEN_TASKS, OPERATORS, PULLS, WARMUP, SETTLE, THINK_MS, LATENCY_LOG)
#   infra/bench/run.sh picks        pick scan loop: 50 scanners (bin, item, qty) against the HTTP API,
#                                   scans/s and p50/p99 (PicksBench.java; SCANNERS, LISTS, PICKS, BINS, THINK_MS)
#   infra/bench/run.sh orders next-call     both, on one platform start
#   APP=... KC=... DB_URL=... DB_USER=... DB_PASSWORD=... DB_OWNER_USER=... DB_OWNER_PASSWORD=...
#     infra/bench/run.sh orders     against a platform already running
set -euo pipefail
FULFIL_LOG_TAG=bench
# shellcheck source=infra/bin/lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/../bin/lib.sh"
BENCH="$FULFIL_REPO/infra/bench"
RUN_PID=

cleanup() {
  local rc=$?
  # A second Ctrl-C or TERM while stopping must not leave PostgreSQL or Keycloak running.
  trap "" INT TERM
  trap - EXIT
  if [[ -n "$RUN_PID" ]] && process_alive "$RUN_PID"; then
    log "stopping the platform"
    kill -TERM "$RUN_PID" 2>/dev/null || true
    wait "$RUN_PID" 2>/dev/null || true
  fi
  exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

for name in "$@"; do
  [[ "$name" == orders || "$name" == next-call || "$name" == picks ]] || die "unknown benchmark $name (orders, next-call, picks)"
done
if [[ -z "${APP:-}" ]]; then
  export FULFIL_STATE="${FULFIL_BENCH_STATE:-$FULFIL_REPO/build/bench}"
  "$FULFIL_REPO/infra/bin/pg.sh" stop >/dev/null 2>&1 || true
  rm -rf "$FULFIL_STATE"
  mkdir -p "$FULFIL_STATE"
  log "starting the platform (log: $FULFIL_STATE/run.log)"
  FULFIL_APP_PORT="$(free_port)" FULFIL_KC_PORT="$(free_port)" "$FULFIL_REPO/infra/bin/run" >"$FULFIL_STATE/run.log" 2>&1 &
  RUN_PID=$!
  for _ in $(seq 1 600); do
    grep -q "Fulfilment platform is running" "$FULFIL_STATE/run.log" 2>/dev/null && break
    process_alive "$RUN_PID" || { tail -40 "$FULFIL_STATE/run.log" >&2; die "the platform did not start"; }
    sleep 1
  done
  grep -q "Fulfilment platform is running" "$FULFIL_STATE/run.log" || die "the platform did not start in 10 minutes"
  # shellcheck disable=SC1091
  source "$FULFIL_STATE/pg.env"
  # shellcheck disable=SC1091
  source "$FULFIL_STATE/keycloak.env"
  APP="$(sed -nE 's#^ *Tenant portal +(http://[^/]+)/portal/.*#\1#p' "$FULFIL_STATE/run.log")"
  export APP KC="$FULFIL_KC_URL" DB_URL="$FULFIL_DB_URL" DB_USER="$FULFIL_DB_APP_USER" DB_PASSWORD="$FULFIL_DB_APP_PASSWORD" \
    DB_OWNER_USER="$FULFIL_DB_OWNER_USER" DB_OWNER_PASSWORD="$FULFIL_DB_OWNER_PASSWORD"
fi

PG_JAR="$(ls "$FULFIL_REPO"/api/target/api/WEB-INF/lib/postgresql-*.jar | head -1)"
[[ -f "$PG_JAR" ]] || die "no PostgreSQL driver: build the application first (mvn package)"
for name in "${@:-orders}"; do
  case "$name" in
    orders) main=OrdersBench ;;
    next-call) main=NextCallBench ;;
    picks) main=PicksBench ;;
    *) die "unknown benchmark $name (orders, next-call, picks)" ;;
  esac
  log "benchmark $name against $APP"
  java -Xmx1g -cp "$PG_JAR" "$BENCH/$main.java"
done
