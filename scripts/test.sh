#!/usr/bin/env bash
# Runs every test of the solution. Tests start their own throwaway PostgreSQL servers from the
# machine's binaries and their own Orleans clusters; nothing needs to be running beforehand.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/prerequisites.sh
ensure_postgres_binaries
ensure_chromium

log=$(mktemp)
status=0
dotnet test Network.sln -c Release --logger "console;verbosity=normal" 2>&1 | tee "$log" || status=$?

# The failed tests by name near the end, so a log cut to its tail still names every one of them.
grep -E '^  Failed [A-Za-z0-9_]+(\.[A-Za-z0-9_]+)+' "$log" | sed -E 's/^  Failed /failed: /' || true

# One plain closing line for whoever reads the log: "N passed, N failed", summed over the
# test projects (dotnet test prints a "Total tests" block per project).
awk '/^Total tests:/ { block = 1; next }
     block && /^ +Passed: +[0-9]+/ { p += $2; next }
     block && /^ +Failed: +[0-9]+/ { f += $2; next }
     block && /^ +Skipped: +[0-9]+/ { s += $2; next }
     /^ +Total time:/ { block = 0 }
     END { printf "%d passed, %d failed, %d skipped\n", p, f, s }' "$log"
rm -f "$log"
exit $status
