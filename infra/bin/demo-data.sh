#!/usr/bin/env bash
# Loads the demo shops into a running platform through its public API, exactly as a platform
# administrator and the shops' managers would: onboarding, then a catalogue CSV per shop.
# Idempotent: an existing shop answers 409 and is kept; the CSV import upserts by SKU code.
#
#   infra/bin/demo-data.sh APP_URL KEYCLOAK_URL
set -euo pipefail
FULFIL_LOG_TAG=demo
# shellcheck source=infra/bin/lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

APP="${1:?usage: demo-data.sh APP_URL KEYCLOAK_URL}"
KC="${2:?usage: demo-data.sh APP_URL KEYCLOAK_URL}"
DEMO="$FULFIL_REPO/infra/demo"
need_cmd curl

token() {
  local body
  body="$(curl -fsS --max-time 20 "$KC/realms/fulfil/protocol/openid-connect/token" \
    -d grant_type=password -d client_id=fulfil-cli -d client_secret=fulfil-cli-secret \
    --data-urlencode "username=$1" -d password=demo)" || die "Keycloak refused a token for $1"
  sed -E 's/.*"access_token":"([^"]+)".*/\1/' <<<"$body"
}

# call METHOD PATH TOKEN [curl args...] — prints the status; the body goes to $FULFIL_STATE/demo-last.json
call() {
  local method="$1" path="$2" bearer="$3"
  shift 3
  curl -sS --max-time 60 -o "$FULFIL_STATE/demo-last.json" -w '%{http_code}' -X "$method" \
    -H "Authorization: Bearer $bearer" "$@" "$APP$path"
}

onboard() {
  local id="$1" json="$2" status
  status="$(call POST /api/v1/ops/tenants "$ADMIN" -H 'Content-Type: application/json' --data-binary "$json")"
  case "$status" in
    201) log "onboarded shop $id" ;;
    409) log "shop $id already exists" ;;
    *) die "onboarding $id answered $status: $(cat "$FULFIL_STATE/demo-last.json")" ;;
  esac
}

import_catalogue() {
  local user="$1" file="$2" status
  status="$(call POST /api/v1/catalogue/skus/import "$(token "$user")" \
    -H 'Content-Type: text/csv' --data-binary "@$file")"
  [[ "$status" == 200 ]] || die "catalogue import as $user answered $status: $(cat "$FULFIL_STATE/demo-last.json")"
  log "catalogue of $user's shop: $(cat "$FULFIL_STATE/demo-last.json")"
}

# The server's readiness is Payara's; on a loaded machine its post-boot commands (Hazelcast set-up)
# can still restart the application for a few seconds after it. Wait until the API itself answers.
api_ready() {
  local deadline=$((SECONDS + 120)) status
  while ((SECONDS < deadline)); do
    status="$(call GET /api/v1/ops/tenants "$ADMIN" || true)"
    [[ "$status" == 200 ]] && return 0
    sleep 2
  done
  die "the API did not answer GET /api/v1/ops/tenants within 120 s (last: $status $(cat "$FULFIL_STATE/demo-last.json" 2>/dev/null | head -c 300))"
}

ADMIN="$(token platform-admin)"
api_ready
onboard alfa '{"id":"alfa","name":"Альфа-Маркет","legalName":"ООО «Альфа-Маркет»","taxId":"7707083893",
  "legalAddress":"125009, Москва, ул. Тверская, д. 7","currency":"RUB","timeZone":"Europe/Moscow",
  "callWindowStart":"09:00","callWindowEnd":"21:00"}'
onboard bravo '{"id":"bravo","name":"Bravo Sklep","legalName":"Bravo Sklep sp. z o.o.","taxId":"5260250995",
  "legalAddress":"ul. Marszałkowska 1, 00-624 Warszawa","currency":"PLN","timeZone":"Europe/Warsaw",
  "callWindowStart":"08:00","callWindowEnd":"20:00"}'
import_catalogue alfa-manager "$DEMO/alfa-catalogue.csv"
import_catalogue bravo-manager "$DEMO/bravo-catalogue.csv"
rm -f "$FULFIL_STATE/demo-last.json"
