#!/usr/bin/env bash
# Installs and starts what the tests need beyond the .NET SDK: PostgreSQL (integration tests run on
# SQLite and on PostgreSQL) and Debian's Chromium with a Chinese font (browser tests). Safe to run again: it only does
# what is missing. Needs root (or sudo) the first time, for apt-get.
set -euo pipefail

as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }

missing=()
command -v pg_ctlcluster >/dev/null 2>&1 || missing+=(postgresql)
command -v npm >/dev/null 2>&1 || missing+=(nodejs npm)
[ -x /usr/bin/chromium ] || missing+=(chromium)
# A Chinese font, so screenshots of failed browser tests show Chinese pages instead of empty boxes.
[ -n "$(fc-list :lang=zh 2>/dev/null)" ] || missing+=(fonts-wqy-zenhei)
if [ ${#missing[@]} -gt 0 ]; then
  echo "Installing ${missing[*]} from apt..."
  as_root apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

# No systemd here: start the cluster ourselves (a no-op when it already runs).
as_root service postgresql start >/dev/null
for _ in $(seq 1 30); do
  pg_isready -q -h 127.0.0.1 -p 5432 && break
  sleep 1
done
pg_isready -h 127.0.0.1 -p 5432 >/dev/null || { echo "PostgreSQL did not start" >&2; exit 1; }

# The tests' own role: may create (and drop) one database per test host.
as_root runuser -u postgres -- psql -qtAc \
  "DO \$\$BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'marketplace') THEN CREATE ROLE marketplace LOGIN CREATEDB PASSWORD 'marketplace'; END IF; END\$\$;" >/dev/null
echo "Test dependencies ready: PostgreSQL on 127.0.0.1:5432, Chromium at /usr/bin/chromium."
