#!/usr/bin/env bash
# Measures what Keyline gives back (issue 7) with a large portfolio: the directors' dashboard,
# "my work" for a director and a manager, the one-page brief as HTML and PDF, the account list
# export, and search, next to /actuator/health, on a fresh embedded database seeded with N demo
# accounts.
#   scripts/bench-portfolio.sh [accounts=10000] [requests=300] [concurrency=1]
# Needs hey (apt-get install hey). Uses ports 8096 and 54396 and a folder under /tmp.
set -euo pipefail
cd "$(dirname "$0")/.."
ACCOUNTS=${1:-10000}; REQUESTS=${2:-300}; CONCURRENCY=${3:-1}
PORT=8096; DB_PORT=54396
source scripts/bench-lib.sh
start_keyline
grep -a "Started KeylineApplication\|Graded every account" "$DATA/keyline.log" | sed 's/^.*: //'
sign_in_as director
ACCOUNT=$(curl -s -b "$JAR" "$BASE/accounts?sort=revenue&dir=desc" | grep -o 'data-account-id="[0-9]*"' | head -1 | grep -o '[0-9]*')
echo "accounts=$ACCOUNTS requests=$REQUESTS concurrency=$CONCURRENCY"
run "health" "$BASE/actuator/health"
run "portfolio dashboard" "$BASE/portfolio"
run "portfolio dashboard, one tier" "$BASE/portfolio?tier=1"
run "portfolio table as CSV" "$BASE/portfolio/tiers.csv"
run "my work (director)" "$BASE/"
run "brief (HTML)" "$BASE/accounts/$ACCOUNT/brief"
run "brief (PDF)" "$BASE/accounts/$ACCOUNT/brief.pdf"
run "account list export (CSV)" "$BASE/accounts/export.csv"
run "search" "$BASE/search?q=logistics"
sign_in_as manager
run "my work (manager)" "$BASE/"
sign_in_as mentor
run "my work (mentor)" "$BASE/"
