#!/usr/bin/env bash
# Runs the system on its embedded default: a PostgreSQL of its own in .data/postgres (created
# and migrated the first time), one silo with the demo network from data/demo-network.json, and
# the web gateway (an Orleans client of the silo) on http://127.0.0.1:5080. Ctrl-C stops both.
#
# Settings (environment): GATEWAY_URL (default http://127.0.0.1:5080), EMBEDDED_PG_PORT (5433),
# DEMO_PASSWORD (the password of every seeded demo account, default Demo-2026!).
#
# Orleans traffic between the silo and the gateway is mutual TLS: the silo makes a local CA and
# certificates in .data/tls (mode 700) the first time and prints the folder.
#
# Runs from any folder, wherever the checkout is: when the `postgres` user cannot reach
# .data/postgres (a checkout inside a mode-700 folder), the silo keeps the server's folder under
# /var/lib/network-postgres/<hash of the path> instead; the folder used is printed. A port taken
# by another program is reported in one line naming the setting that changes it.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/prerequisites.sh
if ! ensure_postgres_binaries; then
  echo "The gateway keeps accounts and idempotency keys in PostgreSQL: install the 'postgresql' package." >&2
  exit 1
fi

GATEWAY_URL="${GATEWAY_URL:-http://127.0.0.1:5080}"
EMBEDDED_PG_PORT="${EMBEDDED_PG_PORT:-5433}"
DEMO_PASSWORD="${DEMO_PASSWORD:-Demo-2026!}"

# The gateway's port, checked before anything starts: something answering there is not ours to stop.
gateway_hostport="${GATEWAY_URL#*://}"
gateway_hostport="${gateway_hostport%%/*}"
gateway_host="${gateway_hostport%:*}"
gateway_port="${gateway_hostport##*:}"
[ "$gateway_port" = "$gateway_hostport" ] && gateway_port=80
case "$gateway_host" in localhost|0.0.0.0|\*|+|"[::]") gateway_host=127.0.0.1 ;; esac
if (exec 3<>"/dev/tcp/${gateway_host}/${gateway_port}") 2>/dev/null; then
  echo "Cannot start: port ${gateway_port} (GATEWAY_URL=${GATEWAY_URL}) is already in use: something else listens there. Stop it or choose another, e.g. GATEWAY_URL=http://127.0.0.1:$((gateway_port + 1)) bash scripts/run.sh" >&2
  exit 1
fi

# Why a process stopped: its one-line "Cannot start:" reason when it gave one, else its last lines.
explain_exit() {
  if grep -q "Cannot start:" "$1"; then
    grep -o "Cannot start:.*" "$1" | head -n 1 >&2
  else
    tail -n 40 "$1" >&2
  fi
}

dotnet build Network.sln -c Release -v quiet -nologo

mkdir -p .data
silo_log=.data/silo.log
gateway_log=.data/gateway.log
: > "$silo_log"
: > "$gateway_log"
silo_pid=""
gateway_pid=""

stop_all() {
  trap - INT TERM EXIT
  echo
  echo "Stopping..."
  [ -n "$gateway_pid" ] && kill -TERM "$gateway_pid" 2>/dev/null || true
  [ -n "$gateway_pid" ] && wait "$gateway_pid" 2>/dev/null || true
  # The silo leaves the cluster, then stops the embedded PostgreSQL it started.
  [ -n "$silo_pid" ] && kill -TERM "$silo_pid" 2>/dev/null || true
  [ -n "$silo_pid" ] && wait "$silo_pid" 2>/dev/null || true
  echo "Stopped. Logs: $silo_log, $gateway_log"
}
trap stop_all INT TERM EXIT

# Demo mode: the demo network and its accounts are loaded only because this command asks for them
# (both are off by default, and in production).
echo "Demo mode: Network__LoadDemoNetwork=true (data/demo-network.json, points not yet defined), Gateway__SeedDemoAccounts=true (missing demo accounts)"
echo "Starting the silo (log: $silo_log)..."
Network__LoadDemoNetwork=true Network__Embedded__Port="$EMBEDDED_PG_PORT" dotnet Silo/bin/Release/net10.0/Network.Silo.dll >>"$silo_log" 2>&1 &
silo_pid=$!
until grep -q "Demo network loaded" "$silo_log"; do
  if ! kill -0 "$silo_pid" 2>/dev/null; then
    silo_pid=""
    echo "The silo stopped before it was ready (log: $silo_log):" >&2
    explain_exit "$silo_log"
    exit 1
  fi
  sleep 0.5
done
if grep -q "IN-MEMORY STORAGE" "$silo_log"; then
  echo "The silo fell back to in-memory storage; the gateway needs PostgreSQL." >&2
  exit 1
fi
pg_folder="$(grep -o "Embedded PostgreSQL folder (data, socket, log): .*" "$silo_log" | head -n 1 | sed 's/.*: //')"
echo "PostgreSQL on 127.0.0.1:${EMBEDDED_PG_PORT}, folder: ${pg_folder}"
if grep -q "cannot reach" "$silo_log"; then
  echo "  (the 'postgres' user cannot reach $PWD/.data/postgres, so the server's folder is the one above)"
fi

# Orleans TLS: the silo made (the first time) or reused a local CA and certificates for itself and
# the gateway in .data/tls (mode 700); the gateway connects with its own (exported here, after the
# silo started, so only the gateway takes them). Orleans__Tls__* set by the caller win.
tls_folder="$(grep -o "Orleans TLS certificates folder (CA, silo, gateway; mode 700): .*" "$silo_log" | head -n 1 | sed 's/.*: //')"
if [ -n "$tls_folder" ] && [ -z "${Orleans__Tls__CertificatePath:-}" ]; then
  export Orleans__Tls__CertificatePath="$tls_folder/gateway.pem"
  export Orleans__Tls__KeyPath="$tls_folder/gateway.key.pem"
  export Orleans__Tls__CaCertificatePath="$tls_folder/ca.pem"
  echo "Orleans TLS (mutual) between the silo and the gateway; CA and certificates: ${tls_folder}"
fi

# The gateway runs as its own PostgreSQL role (network_gateway), whose password the silo keeps in
# the server folder's credentials/ (it ran the migrations as network_migration and runs as network_silo).
CONNECTION="Host=127.0.0.1;Port=${EMBEDDED_PG_PORT};Username=network_gateway;Password=$(cat "${pg_folder}/credentials/network_gateway");Database=network"

echo "Starting the gateway on $GATEWAY_URL (log: $gateway_log)..."
ConnectionStrings__Network="$CONNECTION" \
Gateway__SeedDemoAccounts=true \
Gateway__Cities__0=510682 \
Gateway__DemoPassword="$DEMO_PASSWORD" \
  dotnet "$PWD/Gateway.Web/bin/Release/net10.0/Network.Gateway.dll" \
    --contentRoot "$PWD/Gateway.Web/bin/Release/net10.0" --urls "$GATEWAY_URL" >>"$gateway_log" 2>&1 &
gateway_pid=$!
until curl -fsS "$GATEWAY_URL/health/ready" >/dev/null 2>&1; do
  if ! kill -0 "$gateway_pid" 2>/dev/null; then
    gateway_pid=""
    echo "The gateway stopped before it was ready (log: $gateway_log):" >&2
    explain_exit "$gateway_log"
    exit 1
  fi
  sleep 0.5
done

cat <<INFO

  Gateway ready:  $GATEWAY_URL
  PostgreSQL:     127.0.0.1:${EMBEDDED_PG_PORT}, folder ${pg_folder}
  OpenAPI:        $GATEWAY_URL/openapi/v1.json     metrics: $GATEWAY_URL/metrics
  Public catalog: $GATEWAY_URL/public/points/510682101/catalog

  Demo sign-ins (password for every account: $DEMO_PASSWORD)
    window clerk   c-510682101-civil-affairs-a   (先锋镇, 民政 window, A post)
    proxy agent    p-510682101001-1              (先锋村)
    director       d-510682101                   (one per point: d-{point code})
    city monitor   m-510682                      (什邡市, read-only)
    administrator  admin

  Token:  curl -s -X POST $GATEWAY_URL/api/auth/token -H 'Content-Type: application/json' \\
            -d '{"clerkId":"c-510682101-civil-affairs-a","password":"$DEMO_PASSWORD"}'

  Ctrl-C stops the gateway and the silo.
INFO

wait "$gateway_pid" "$silo_pid" || true
