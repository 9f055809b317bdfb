#!/usr/bin/env bash
# A real Keycloak for local runs and tests, from its Maven Central distribution, with the
# `fulfil` realm and demo users imported from infra/keycloak/realm-fulfil.json.
#
#   infra/bin/keycloak.sh start    fetch (first time), start, wait; writes $FULFIL_STATE/keycloak.env
#   infra/bin/keycloak.sh stop     TERM, then KILL after a timeout; fine when not running
#   infra/bin/keycloak.sh status   exit 0 when running, 3 when not
#
# This is a development/test instance: dev mode, the embedded H2 store, admin/admin, demo
# passwords, and the realm re-imported from the template on every start (all changes made
# through the admin console are lost on restart, on purpose: tests start from a known realm).
#
# Environment:
#   FULFIL_STATE        state folder (default <repo>/build/local)
#   FULFIL_KC_PORT      HTTP port; default: the port recorded last time if still free, else any free one
#   FULFIL_APP_ORIGIN   origin that serves the web portal (default http://127.0.0.1:8080); the
#                       portal client's redirect URIs and web origins are rendered from it
#   FULFIL_KC_START_TIMEOUT_S  how long to wait for the realm to answer (default 600: a first start
#                       took 146 s on 2 busy cores at load average 7 and over 300 s at load 15;
#                       about 50 s on a quiet machine)
set -euo pipefail
FULFIL_LOG_TAG=keycloak
# shellcheck source=infra/bin/lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

KC_VERSION=26.7.3
KC_ARTIFACT="org.keycloak:keycloak-quarkus-dist:$KC_VERSION:zip"
# Pinned: Maven 3.8's default dependency plugin (2.8) is too old to be relied on without a pom.
DEPENDENCY_PLUGIN=org.apache.maven.plugins:maven-dependency-plugin:3.8.1
REALM=fulfil
REALM_TEMPLATE="$FULFIL_REPO/infra/keycloak/realm-$REALM.json"

KC_ROOT="$FULFIL_STATE/keycloak"
KC_HOME="$KC_ROOT/keycloak-$KC_VERSION"
KC_LOG="$KC_ROOT/keycloak.log"
KC_PID_FILE="$KC_ROOT/keycloak.pid"
ENV_FILE="$FULFIL_STATE/keycloak.env"
START_TIMEOUT_S="${FULFIL_KC_START_TIMEOUT_S:-600}"
STOP_TIMEOUT_S=30

# Download and unpack the distribution once per state folder. Maven resolves it from the local
# repository when it is there and from Central otherwise, with the user's own Maven settings.
ensure_dist() {
  [[ -x "$KC_HOME/bin/kc.sh" ]] && return 0
  need_cmd java openjdk-17-jre-headless
  need_cmd mvn maven
  need_cmd unzip
  mkdir -p "$KC_ROOT"
  local tmp
  tmp="$(mktemp -d "$KC_ROOT/.fetch.XXXXXX")"
  log "fetching $KC_ARTIFACT with Maven"
  # Run from the empty temp folder: without a pom.xml in the working directory Maven runs
  # project-less, so the repository's own (possibly half-edited) poms cannot get in the way.
  # Maven's output is kept for a failure only (even -q prints stray colour codes).
  if ! (cd "$tmp" && mvn -B -q "$DEPENDENCY_PLUGIN:copy" -Dartifact="$KC_ARTIFACT" \
    -DoutputDirectory="$tmp" >"$KC_ROOT/fetch.log" 2>&1); then
    cat "$KC_ROOT/fetch.log" >&2
    rm -rf "$tmp"
    die "could not fetch $KC_ARTIFACT (log: $KC_ROOT/fetch.log)"
  fi
  log "unpacking into $KC_HOME"
  # Unpack beside the target and move it into place last, so that an interrupted unzip never
  # leaves a half-populated folder that the next start would take for a complete one.
  unzip -q "$tmp/keycloak-quarkus-dist-$KC_VERSION.zip" -d "$tmp/unpacked"
  rm -rf "$KC_HOME"
  mv "$tmp/unpacked/keycloak-$KC_VERSION" "$KC_HOME"
  rm -rf "$tmp"
}

# The recorded process is ours while its process group exists: kc.sh runs Java as a child and,
# on an option change, re-launches it, so the group (led by kc.sh, see setsid below) is what
# must be signalled, not a single pid. Linux does not hand out a pid again while a group of that
# id still exists; the cmdline check covers a leader pid reused after the whole group is gone.
recorded_pid() {
  [[ -f "$KC_PID_FILE" ]] || return 1
  local pid
  pid="$(<"$KC_PID_FILE")"
  [[ "$pid" =~ ^[0-9]+$ ]] || return 1
  group_alive "$pid" || return 1
  # A leader that died (gone, or a zombie with an empty cmdline) while its group lives on has
  # left its Java child behind: still ours. Only a live leader has a cmdline to check.
  local cmdline
  cmdline="$({ tr '\0' ' ' <"/proc/$pid/cmdline"; } 2>/dev/null || true)"
  if [[ -n "$cmdline" && "$cmdline" != *"$KC_HOME"* ]]; then
    return 1
  fi
  echo "$pid"
}

# group_alive PGID — true while a live (not zombie) process is in the group. kill -0 alone also
# counts zombies, which linger where PID 1 does not reap orphans, and stop would then wait forever.
group_alive() {
  local pgid="$1" line f state pgrp
  for f in /proc/[0-9]*/stat; do
    { read -r line <"$f"; } 2>/dev/null || continue
    line="${line##*) }" # the fields after "(comm) ": state ppid pgrp ...
    read -r state _ pgrp _ <<<"$line"
    if [[ "$pgrp" == "$pgid" && "$state" != Z ]]; then return 0; fi
  done
  return 1
}

# Java processes of this state folder's Keycloak that are not in the recorded group (e.g. the
# pid file was deleted). Matched on this installation's own path, never on a generic name.
stray_pids() {
  local p
  for p in /proc/[0-9]*; do
    [[ -r "$p/cmdline" ]] || continue
    if { tr '\0' '\n' <"$p/cmdline"; } 2>/dev/null | grep -qxF -- "-Dkc.home.dir=$KC_HOME/bin/.."; then
      echo "${p#/proc/}"
    fi
  done
}

# Render the realm template for this run. Plain sed, so nothing beyond coreutils is needed
# (envsubst would need gettext-base). The origin is checked first: it is spliced into JSON and
# into a sed expression, and a trailing slash would make the redirect URIs fail to match.
render_realm() {
  local origin="$1" target="$2"
  [[ "$origin" =~ ^https?://[A-Za-z0-9.-]+(:[0-9]+)?$ ]] ||
    die "FULFIL_APP_ORIGIN must look like http://host:port (no path), not '$origin'"
  [[ -r "$REALM_TEMPLATE" ]] || die "realm template missing: $REALM_TEMPLATE"
  sed -e "s|\${APP_ORIGIN}|$origin|g" "$REALM_TEMPLATE" >"$target"
  # shellcheck disable=SC2016 # the literal placeholder is meant
  if grep -qF '${APP_ORIGIN}' "$target"; then die "unrendered \${APP_ORIGIN} left in $target"; fi
}

# shellcheck disable=SC2034 # the variables are written out by name in write_env_file
write_env() {
  local port="$1" origin="$2"
  FULFIL_KC_PORT="$port"
  FULFIL_KC_URL="http://127.0.0.1:$port"
  FULFIL_KC_REALM="$REALM"
  FULFIL_KC_ISSUER="$FULFIL_KC_URL/realms/$REALM"
  FULFIL_KC_JWKS="$FULFIL_KC_ISSUER/protocol/openid-connect/certs"
  FULFIL_KC_TOKEN_URL="$FULFIL_KC_ISSUER/protocol/openid-connect/token"
  FULFIL_KC_APP_ORIGIN="$origin"
  write_env_file "$ENV_FILE" FULFIL_KC_PORT FULFIL_KC_URL FULFIL_KC_REALM FULFIL_KC_ISSUER \
    FULFIL_KC_JWKS FULFIL_KC_TOKEN_URL FULFIL_KC_APP_ORIGIN
}

cmd_start() {
  local pid
  if pid="$(recorded_pid)"; then
    log "already running (pid $pid); stop it first to re-import the realm"
    [[ -f "$ENV_FILE" ]] || die "running but $ENV_FILE is missing; run stop, then start"
    local rendered wanted="${FULFIL_APP_ORIGIN:-http://127.0.0.1:8080}"
    rendered="$(env_value "$ENV_FILE" FULFIL_KC_APP_ORIGIN || true)"
    # The portal's redirect URIs were rendered at import; a different origin now would only
    # show up later as "Invalid parameter: redirect_uri" in the browser.
    if [[ "$rendered" != "${wanted%/}" ]]; then
      log "WARNING: realm was imported for FULFIL_APP_ORIGIN=$rendered, not ${wanted%/}; restart to change it"
    fi
    return 0
  fi
  # A leftover of a start that died or was interrupted: clear it so it cannot hold the port.
  cmd_stop quiet

  ensure_dist
  local origin="${FULFIL_APP_ORIGIN:-http://127.0.0.1:8080}"
  origin="${origin%/}"
  local port mgmt_port
  port="$(choose_port FULFIL_KC_PORT "$ENV_FILE")"
  mgmt_port="$(free_port)"

  # Import is IGNORE_EXISTING: a realm already in the H2 store would win over the template.
  # Dropping the store makes every start import the current template (dev/test instance only).
  rm -rf "$KC_HOME/data/h2" "$KC_HOME/data/import"
  mkdir -p "$KC_HOME/data/import"
  render_realm "$origin" "$KC_HOME/data/import/realm-$REALM.json"

  local url="http://127.0.0.1:$port"
  log "starting on $url (log $KC_LOG; the first start on a fresh unpack adds a ~25 s build)"
  : >"$KC_LOG"
  # setsid: Keycloak gets its own session and process group (id = this pid), so `stop` can
  # signal kc.sh and its Java child together, and a Ctrl-C on the caller's terminal does not
  # reach it. --hostname pins the issuer to the URL in keycloak.env whatever Host a client
  # sends. The management interface (health/metrics; 9000 by default, which would collide
  # between instances) gets its own free port.
  (
    cd "$KC_HOME"
    export KC_BOOTSTRAP_ADMIN_USERNAME=admin KC_BOOTSTRAP_ADMIN_PASSWORD=admin
    exec setsid "$KC_HOME/bin/kc.sh" start-dev \
      --http-host=127.0.0.1 --http-port="$port" \
      --http-management-port="$mgmt_port" \
      --hostname="$url" \
      --import-realm
  ) >>"$KC_LOG" 2>&1 </dev/null &
  pid=$!
  echo "$pid" >"$KC_PID_FILE"

  local started=$SECONDS
  if ! wait_for_http "$url/realms/$REALM/.well-known/openid-configuration" "$START_TIMEOUT_S" "$pid"; then
    tail -n 40 "$KC_LOG" >&2 || true
    cmd_stop quiet
    die "Keycloak did not come up (log: $KC_LOG)"
  fi
  write_env "$port" "$origin"
  log "ready in $((SECONDS - started)) s: $url/realms/$REALM (admin/admin at $url/admin; env: $ENV_FILE)"
}

# signal_and_wait SIGNAL — send SIGNAL to the recorded group and to stray processes; true once
# none of them is left (polled up to STOP_TIMEOUT_S).
signal_and_wait() {
  local sig="$1" pid strays deadline=$((SECONDS + STOP_TIMEOUT_S))
  pid="$(recorded_pid || true)"
  if [[ -n "$pid" ]]; then kill "-$sig" -- "-$pid" 2>/dev/null || true; fi
  strays="$(stray_pids)"
  # shellcheck disable=SC2086 # word splitting of the pid list is intended
  if [[ -n "$strays" ]]; then kill "-$sig" $strays 2>/dev/null || true; fi
  while ((SECONDS < deadline)); do
    if ! recorded_pid >/dev/null && [[ -z "$(stray_pids)" ]]; then return 0; fi
    sleep 0.5
  done
  return 1
}

cmd_stop() {
  local quiet="${1:-}"
  if ! recorded_pid >/dev/null && [[ -z "$(stray_pids)" ]]; then
    [[ -n "$quiet" ]] || log "not running"
    rm -f "$KC_PID_FILE"
    return 0
  fi
  log "stopping"
  if ! signal_and_wait TERM; then
    log "still running after ${STOP_TIMEOUT_S}s; sending KILL"
    signal_and_wait KILL || die "could not stop Keycloak"
  fi
  rm -f "$KC_PID_FILE"
  log "stopped"
}

cmd_status() {
  local pid
  if pid="$(recorded_pid)"; then
    echo "running: pid $pid, $(env_value "$ENV_FILE" FULFIL_KC_URL || echo '(no env file yet)'), log $KC_LOG"
    return 0
  fi
  echo "not running"
  return 3
}

case "${1:-}" in
  start) cmd_start ;;
  stop) cmd_stop ;;
  status) cmd_status ;;
  *)
    echo "usage: $0 start|stop|status" >&2
    exit 2
    ;;
esac
