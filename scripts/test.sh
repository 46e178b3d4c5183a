#!/usr/bin/env bash
# Runs every test of the solution. Tests start their own throwaway PostgreSQL servers from the
# machine's binaries and their own Orleans clusters; nothing needs to be running beforehand.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/prerequisites.sh
ensure_postgres_binaries

log=$(mktemp)
status=0
dotnet test Network.sln -c Release --logger "console;verbosity=normal" 2>&1 | tee "$log" || status=$?

# One plain closing line for whoever reads the log: "N passed, N failed".
awk '/(Passed|Failed)! +- +Failed: +[0-9]+, +Passed: +[0-9]+/ {
       gsub(",", ""); for (i = 1; i <= NF; i++) { if ($i == "Failed:") f += $(i+1); if ($i == "Passed:") p += $(i+1); if ($i == "Skipped:") s += $(i+1) } }
     END { printf "%d passed, %d failed, %d skipped\n", p, f, s }' "$log"
rm -f "$log"
exit $status
