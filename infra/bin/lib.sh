#!/usr/bin/env bash
# Shared helpers for the scripts in infra/bin. Source it; do not run it.
#
# After sourcing:
#   FULFIL_REPO   the repository root (found from this file's location, not from $PWD,
#                 so the scripts work from any working directory)
#   FULFIL_STATE  where local clusters keep their data, logs and env files
#                 (default <repo>/build/local; /build/ is git-ignored)

# Sourced scripts inherit the caller's options; set ours explicitly so a helper that
# fails never goes unnoticed.
set -euo pipefail

FULFIL_REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd -P)"
FULFIL_STATE="${FULFIL_STATE:-$FULFIL_REPO/build/local}"
mkdir -p "$FULFIL_STATE"
# Absolute, so that the paths written into env files and handed to daemons stay valid
# whatever the caller's working directory is later.
FULFIL_STATE="$(cd "$FULFIL_STATE" && pwd -P)"
export FULFIL_REPO FULFIL_STATE

# Logging goes to stderr so that stdout stays usable for values (e.g. $(free_port)).
log() { printf '%s [%s] %s\n' "$(date +%H:%M:%S)" "${FULFIL_LOG_TAG:-fulfil}" "$*" >&2; }
die() {
  log "ERROR: $*"
  exit 1
}

is_root() { [[ $(id -u) -eq 0 ]]; }

# apt_install PKG... — install Debian packages non-interactively. The scripts must work on a
# fresh machine without manual steps, so missing tools are installed here rather than documented.
apt_install() {
  local sudo=()
  if ! is_root; then
    command -v sudo >/dev/null 2>&1 || die "need root (or sudo) to apt-get install $*"
    sudo=(sudo -n)
  fi
  log "installing Debian packages: $*"
  "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -q >&2
  "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive \
    apt-get install -y -q --no-install-recommends "$@" >&2
}

# need_cmd CMD [PKG] — make sure CMD exists, installing PKG (default: CMD) if it does not.
need_cmd() {
  local cmd="$1" pkg="${2:-$1}"
  command -v "$cmd" >/dev/null 2>&1 && return 0
  apt_install "$pkg"
  command -v "$cmd" >/dev/null 2>&1 || die "$cmd still missing after installing $pkg"
}

# python3 for the port probes. /usr/bin/python3 first: a pyenv shim earlier on PATH can fail
# when no pyenv version is selected for the current directory.
_python3() {
  local p
  for p in /usr/bin/python3 "$(command -v python3 2>/dev/null || true)"; do
    [[ -n "$p" && -x "$p" ]] && "$p" -c '' >/dev/null 2>&1 && {
      echo "$p"
      return 0
    }
  done
  return 1
}

# port_is_free PORT — true when nothing listens on 127.0.0.1:PORT and we could bind it.
port_is_free() {
  local port="$1" py
  if py="$(_python3)"; then
    "$py" - "$port" <<'EOF' >/dev/null 2>&1
import socket, sys
s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
# No SO_REUSEADDR: we want "really free", not "free apart from TIME_WAIT".
try:
    s.bind(("127.0.0.1", int(sys.argv[1])))
except OSError:
    sys.exit(1)
finally:
    s.close()
EOF
    return
  fi
  # Fallback without python: a port is taken if a connect succeeds.
  ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null
}

# free_port — print a TCP port on 127.0.0.1 that is free right now. The kernel picks it
# (bind to port 0), which avoids the ranges other services use; without python3 we probe
# random ports in the ephemeral range. A tiny race remains until the caller binds it.
free_port() {
  local py port
  if py="$(_python3)"; then
    "$py" -c '
import socket
s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
s.bind(("127.0.0.1", 0))
print(s.getsockname()[1])
s.close()'
    return
  fi
  for _ in $(seq 1 100); do
    port=$((20000 + RANDOM % 30000))
    if port_is_free "$port"; then
      echo "$port"
      return 0
    fi
  done
  die "no free TCP port found"
}

# choose_port NAME ENV_FILE — the port named by variable NAME if set (it must be free), else the
# port recorded under NAME in ENV_FILE by an earlier start if still free, else any free port.
choose_port() {
  local name="$1" env_file="$2" wanted="${!1:-}" recorded
  if [[ -n "$wanted" ]]; then
    port_is_free "$wanted" || die "$name=$wanted is already in use"
    echo "$wanted"
  elif recorded="$(env_value "$env_file" "$name")" && port_is_free "$recorded"; then
    echo "$recorded"
  else
    free_port
  fi
}

# http_ok URL — true when URL answers 2xx within a few seconds.
http_ok() {
  local url="$1" py
  if command -v curl >/dev/null 2>&1; then
    curl -fsS -o /dev/null --max-time 5 "$url" 2>/dev/null
    return
  fi
  py="$(_python3)" || die "need curl or python3 to probe $url"
  "$py" - "$url" <<'EOF' >/dev/null 2>&1
import sys, urllib.request
with urllib.request.urlopen(sys.argv[1], timeout=5) as r:
    sys.exit(0 if 200 <= r.status < 300 else 1)
EOF
}

# process_alive PID — true while PID runs. A child that exited but was not reaped yet (a
# zombie, state Z) still accepts kill -0, so its state is checked too.
process_alive() {
  local pid="$1" stat
  kill -0 "$pid" 2>/dev/null || return 1
  stat="$(cat "/proc/$pid/stat" 2>/dev/null)" || return 1
  stat="${stat##*) }"
  [[ "${stat:0:1}" != Z ]]
}

# wait_for_http URL TIMEOUT_S [PID] — poll until URL answers 2xx. With PID, give up as soon as
# that process is gone: a server that crashed at boot should not cost the full timeout.
wait_for_http() {
  local url="$1" timeout_s="$2" pid="${3:-}"
  local deadline=$((SECONDS + timeout_s))
  while ((SECONDS < deadline)); do
    http_ok "$url" && return 0
    if [[ -n "$pid" ]] && ! process_alive "$pid"; then
      log "process $pid exited while waiting for $url"
      return 1
    fi
    sleep 1
  done
  log "timed out after ${timeout_s}s waiting for $url"
  return 1
}

# random_secret — 32 hex characters from the kernel's CSPRNG. Hex, so it never needs quoting
# in SQL, URLs or env files; coreutils only, so it works before anything is installed.
random_secret() { head -c 16 /dev/urandom | od -An -tx1 | tr -d ' \n'; }

# write_env_file FILE NAME... — write `export NAME='value'` lines for the named variables,
# atomically (temp file + mv) so a reader never sources half a file. Mode 600: it may hold
# passwords.
write_env_file() {
  local file="$1" tmp name
  shift
  tmp="$(mktemp "$file.XXXXXX")"
  chmod 600 "$tmp"
  {
    echo "# Written by infra/bin on $(date -u +%Y-%m-%dT%H:%M:%SZ); source it."
    for name in "$@"; do
      printf "export %s='%s'\n" "$name" "${!name}"
    done
  } >"$tmp"
  mv -f "$tmp" "$file"
}

# env_value FILE NAME — print NAME's value from an env file we wrote, without sourcing it
# into the caller (which would clobber the caller's own variables).
env_value() {
  local file="$1" name="$2"
  [[ -r "$file" ]] || return 1
  (
    set +u
    # shellcheck disable=SC1090
    source "$file"
    [[ -n "${!name:-}" ]] && printf '%s\n' "${!name}"
  )
}
