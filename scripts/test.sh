#!/usr/bin/env bash
# Runs every test: unit, architecture, integration (SQLite and PostgreSQL) and browser tests.
# Installs and starts what they need first (scripts/test-deps.sh). Ends with a line
# "N passed, N failed, N skipped" and exits non-zero when anything failed or nothing ran.
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/test-deps.sh
dotnet tool restore >/dev/null

results="$(pwd)/TestResults"
rm -rf "$results"
mkdir -p "$results"
status=0
dotnet build Marketplace.sln --configuration Release || exit 1

run_tests() {
  dotnet test "$1" --configuration Release --no-build \
    --logger "trx" --logger "console;verbosity=normal" --results-directory "$results/$(basename "$1")"
}
# The browser tests mostly wait on Chromium and the integration tests on the databases, and each
# project runs its own tests one at a time: the browser tests run beside the others in a process of
# their own (their output is printed when they end), which takes minutes off a two-core machine.
run_tests tests/Marketplace.BrowserTests > "$results/browser-tests.log" 2>&1 &
browser=$!
run_tests tests/Marketplace.UnitTests || status=$?
run_tests tests/Marketplace.IntegrationTests || status=$?
wait "$browser" || status=$?
cat "$results/browser-tests.log"

python3 - "$results" <<'PY' || status=1
import glob, sys, xml.etree.ElementTree as ET
ns = {"t": "http://microsoft.com/schemas/VisualStudio/TeamTest/2010"}
passed = failed = skipped = 0
for path in glob.glob(sys.argv[1] + "/**/*.trx", recursive=True):
    counters = ET.parse(path).getroot().find("t:ResultSummary/t:Counters", ns)
    passed += int(counters.get("passed", 0))
    failed += int(counters.get("failed", 0)) + int(counters.get("error", 0)) + int(counters.get("timeout", 0))
    skipped += int(counters.get("notExecuted", 0))
print(f"{passed} passed, {failed} failed, {skipped} skipped")
sys.exit(1 if failed or passed == 0 else 0)
PY
exit $status
