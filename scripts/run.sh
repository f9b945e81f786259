#!/usr/bin/env bash
# Runs Marketplace on embedded SQLite (files under data/) with the demo data loaded on first run,
# and prints the URL. Beyond the .NET SDK the build needs npm (front-end packages): installed from
# apt here when missing. Extra arguments go to the app, e.g. --urls http://0.0.0.0:8080
set -euo pipefail
cd "$(dirname "$0")/.."
if ! command -v npm >/dev/null 2>&1; then
  echo "Installing Node.js and npm from apt (the build takes Bootstrap from npm)..."
  if [ "$(id -u)" -eq 0 ]; then apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nodejs npm >/dev/null
  else sudo apt-get update -qq && sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nodejs npm >/dev/null; fi
fi
exec dotnet run --project src/Marketplace.Web -- "$@"
