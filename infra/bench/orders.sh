#!/usr/bin/env bash
# Order intake benchmark (issue 3): starts the platform with infra/bin/run in a throw-away state
# folder (its own PostgreSQL and Keycloak, free ports), runs OrdersBench.java against it, prints the
# figures, and stops everything, also on failure.
#
#   infra/bench/orders.sh                          10 batches of 1,000; 4,000 singles from 20 clients
#   BATCHES=20 SINGLE_ORDERS=10000 infra/bench/orders.sh
#   APP=... KC=... DB_URL=... DB_USER=... DB_PASSWORD=... infra/bench/orders.sh   use a running stack
set -euo pipefail
FULFIL_LOG_TAG=bench
# shellcheck source=infra/bin/lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/../bin/lib.sh"
BENCH="$FULFIL_REPO/infra/bench"
RUN_PID=

cleanup() {
  local rc=$?
  trap - EXIT INT TERM
  if [[ -n "$RUN_PID" ]] && process_alive "$RUN_PID"; then
    log "stopping the platform"
    kill -TERM "$RUN_PID" 2>/dev/null || true
    wait "$RUN_PID" 2>/dev/null || true
  fi
  exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

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
  export APP KC="$FULFIL_KC_URL" DB_URL="$FULFIL_DB_URL" DB_USER="$FULFIL_DB_APP_USER" DB_PASSWORD="$FULFIL_DB_APP_PASSWORD"
fi

PG_JAR="$(ls "$FULFIL_REPO"/api/target/api/WEB-INF/lib/postgresql-*.jar | head -1)"
[[ -f "$PG_JAR" ]] || die "no PostgreSQL driver: build the application first (mvn package)"
log "benchmarking $APP"
java -Xmx1g -cp "$PG_JAR" "$BENCH/OrdersBench.java"
