#!/usr/bin/env bash
# Runs the system on its embedded default: a PostgreSQL of its own in .data/postgres (created
# and migrated the first time), one silo, and the demo network loaded from data/demo-network.json.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/prerequisites.sh
ensure_postgres_binaries || echo "WARNING: no PostgreSQL binaries; the silo will fall back to in-memory storage." >&2

dotnet build Network.sln -c Release -v quiet -nologo
exec dotnet run --no-build -c Release --project Silo
