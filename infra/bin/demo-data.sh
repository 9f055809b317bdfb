#!/usr/bin/env bash
# Loads the demo shops into a running platform through its public API, exactly as a platform
# administrator, the shops' managers and a storekeeper would: onboarding, a catalogue CSV per shop,
# the warehouse's storage zone A with its bins, the shops' stock in them, and a few orders per shop
# waiting for the call-centre's confirmation.
# Idempotent: an existing shop answers 409 and is kept; the CSV import upserts by SKU code; the
# layout and the stock are loaded only when zone A is new; an order whose external number the shop
# already has comes back as a duplicate and is kept.
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

# Zone A and its bins (infra/demo/warehouse-bins.csv), then the stock of infra/demo/stock.csv put
# into them by the storekeeper, once: an existing zone A means this was done before.
load_warehouse() {
  local admin="$1" keeper status tenant sku bin lot expiry qty lotjson
  status="$(call POST /api/v1/ops/warehouse/zones "$admin" -H 'Content-Type: application/json' \
    --data-binary '{"code":"A","name":"Storage A","kind":"STORAGE"}')"
  case "$status" in
    201) log "created zone A" ;;
    409) log "zone A already exists; its bins and stock were loaded before"; return 0 ;;
    *) die "creating zone A answered $status: $(cat "$FULFIL_STATE/demo-last.json")" ;;
  esac
  status="$(call POST /api/v1/ops/warehouse/bins/import "$admin" -H 'Content-Type: text/csv' \
    --data-binary "@$DEMO/warehouse-bins.csv")"
  [[ "$status" == 200 ]] || die "the bin import answered $status: $(cat "$FULFIL_STATE/demo-last.json")"
  keeper="$(token storekeeper)"
  while IFS=, read -r tenant sku bin lot expiry qty; do
    [[ "$tenant" == tenant ]] && continue
    lotjson='"lot":null,"expiry":null'
    [[ -n "$lot" ]] && lotjson="\"lot\":\"$lot\",\"expiry\":\"$expiry\""
    status="$(call POST /api/v1/ops/stock/adjustments "$keeper" -H 'Content-Type: application/json' --data-binary \
      "{\"tenant\":\"$tenant\",\"sku\":\"$sku\",\"bin\":\"$bin\",$lotjson,\"qty\":$qty,\"reason\":\"demo opening stock\"}")"
    [[ "$status" == 201 ]] || die "stock of $tenant $sku answered $status: $(cat "$FULFIL_STATE/demo-last.json")"
  done <"$DEMO/stock.csv"
  log "bins and opening stock loaded ($(($(wc -l <"$DEMO/stock.csv") - 1)) SKUs)"
}

# A shop's demo orders (a batch; a known external number is a duplicate, kept as it is).
load_orders() {
  local user="$1" file="$2" status
  status="$(call POST /api/v1/orders/batch "$(token "$user")" -H 'Content-Type: application/json' --data-binary "@$file")"
  [[ "$status" == 200 ]] || die "demo orders of $user answered $status: $(cat "$FULFIL_STATE/demo-last.json")"
  grep -q '"rejected"' "$FULFIL_STATE/demo-last.json" && die "a demo order of $user was rejected: $(cat "$FULFIL_STATE/demo-last.json")"
  log "orders of $user's shop: $(grep -o '"status":"[a-z]*"' "$FULFIL_STATE/demo-last.json" | sort | uniq -c | tr -s ' \n' ' ')"
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
load_warehouse "$ADMIN"
load_orders alfa-manager "$DEMO/alfa-orders.json"
load_orders bravo-manager "$DEMO/bravo-orders.json"
rm -f "$FULFIL_STATE/demo-last.json"
