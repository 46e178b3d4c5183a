#!/usr/bin/env bash
# Fault test (issue 6.3), on loopback: a throwaway PostgreSQL, three silo processes of one cluster
# and two gateway processes; a load driver sends intakes and follow-ups through both gateways
# (retrying with the same Idempotency-Key), while one silo is killed with kill -9 and PostgreSQL is
# stopped immediately and started again. Then what the clients were told is reconciled with the
# matter and ledger tables. Report: artifacts/fault/report.json (+ attempts.csv), printed.
# Exits non-zero when a check fails. Everything it starts is stopped when it ends (~3-4 minutes).
#
# Settings (environment, seconds): FAULT_WARMUP_SECONDS (20), FAULT_SETTLE_SECONDS (25),
# FAULT_OUTAGE_SECONDS (12), FAULT_OUTAGE_BOUND_SECONDS (5: the longest a request may take while
# PostgreSQL is down), FAULT_STEADY_WINDOW_SECONDS (8), FAULT_BUDGET_SECONDS (5: the gateways'
# request budget), FAULT_BUDGET_MARGIN_SECONDS (0.5: HTTP overhead allowed over the budget for the
# longest request after the kill), FAULT_NEXT_SUCCESS_BOUND_SECONDS (10: each lane's next success
# after the kill), FAULT_OUT (artifacts/fault).
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/prerequisites.sh
ensure_postgres_binaries

dotnet build fault/Network.Fault/Network.Fault.csproj -c Release -v quiet -nologo
exec timeout --signal=TERM --kill-after=30 600 dotnet fault/Network.Fault/bin/Release/net10.0/Network.Fault.dll
