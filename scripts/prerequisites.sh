# Shared by the run and test scripts: makes sure the machine has what the system needs.

# PostgreSQL server binaries (initdb, pg_ctl, postgres) under /usr/lib/postgresql/*/bin.
ensure_postgres_binaries() {
  if ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then
    return 0
  fi
  if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
    echo "Installing PostgreSQL server binaries (apt-get install postgresql)..."
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
    # The Debian package starts a cluster of its own; this project runs its own servers.
    (service postgresql stop >/dev/null 2>&1 || true)
  else
    echo "PostgreSQL server binaries are missing: install the 'postgresql' package." >&2
    return 1
  fi
}

# Debian's Chromium for the browser tests (Playwright drives it; its own download is not used),
# and CJK fonts so the Chinese screens render readably in the screenshots.
ensure_chromium() {
  if [ -x /usr/bin/chromium ] && fc-list 2>/dev/null | grep -qi "cjk"; then
    return 0
  fi
  if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
    echo "Installing Chromium and CJK fonts (apt-get install chromium fonts-noto-cjk)..."
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-noto-cjk >/dev/null
  else
    echo "Chromium (/usr/bin/chromium) is missing: install the 'chromium' and 'fonts-noto-cjk' packages." >&2
    return 1
  fi
}
