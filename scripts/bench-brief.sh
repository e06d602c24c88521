#!/usr/bin/env bash
# Measures the one-page account brief (HTML and PDF) of the demo account with the most revenue
# next to /actuator/health and the account page, on a fresh embedded database seeded with N demo
# accounts, signed in as the director.
#   scripts/bench-brief.sh [accounts=10000] [requests=200] [concurrency=1]
# Needs hey and psql (apt-get install hey postgresql-client). Uses ports 8091 and 54391.
set -euo pipefail
cd "$(dirname "$0")/.."
ACCOUNTS=${1:-10000}; REQUESTS=${2:-200}; CONCURRENCY=${3:-1}
PORT=8091; DB_PORT=54391
source scripts/bench-lib.sh
start_keyline
grep -a "Started KeylineApplication\|Graded every account" "$DATA/keyline.log" | sed 's/^.*: //'

ACCOUNT=$(psql -h localhost -p $DB_PORT -U postgres -d postgres -qAt -c "select id from account_account
    where archived_at is null order by current_revenue desc nulls last limit 1")
sign_in_as_director
curl -s -b "$JAR" -o "$DATA/brief.pdf" -w 'brief.pdf: HTTP %{http_code}, %{size_download} bytes\n' "$BASE/accounts/$ACCOUNT/brief.pdf"
curl -s -b "$JAR" "$BASE/accounts/$ACCOUNT/brief" | grep -o 'id="brief[A-Za-z]*"' | tr '\n' ' '; echo

echo "accounts=$ACCOUNTS requests=$REQUESTS concurrency=$CONCURRENCY account=$ACCOUNT"
run "health" "$BASE/actuator/health"
run "account page" "$BASE/accounts/$ACCOUNT"
run "brief (HTML)" "$BASE/accounts/$ACCOUNT/brief"
run "brief (PDF)" "$BASE/accounts/$ACCOUNT/brief.pdf"
