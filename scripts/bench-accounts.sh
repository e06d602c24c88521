#!/usr/bin/env bash
# Measures the account list with a large portfolio: starts Keyline on a fresh embedded database
# seeded with N demo accounts, signs in as the director (who sees every account), and times the
# list unfiltered and filtered, and one account page, with hey, next to /actuator/health.
#   scripts/bench-accounts.sh [accounts=10000] [requests=300] [concurrency=1]
# Needs hey (apt-get install hey). Uses ports 8099 and 54399 and a folder under /tmp.
set -euo pipefail
cd "$(dirname "$0")/.."
ACCOUNTS=${1:-10000}; REQUESTS=${2:-300}; CONCURRENCY=${3:-1}
PORT=8099; DB_PORT=54399
source scripts/bench-lib.sh
start_keyline
grep -a "Seeding demo data\|Started KeylineApplication" "$DATA/keyline.log" | sed 's/^.*: //'
sign_in_as_director
ACCOUNT=$(curl -s -b "$JAR" "$BASE/accounts?sort=revenue&dir=desc" | grep -o 'data-account-id="[0-9]*"' | head -1 | grep -o '[0-9]*')

echo "accounts=$ACCOUNTS requests=$REQUESTS concurrency=$CONCURRENCY"
run "health" "$BASE/actuator/health"
run "account list" "$BASE/accounts"
run "account list by revenue" "$BASE/accounts?sort=revenue&dir=desc"
run "account list filtered" "$BASE/accounts?q=gr&industry=LOGISTICS&loss=true"
run "account list filtered (htmx)" "$BASE/accounts?q=gr&region=WESTERN_EUROPE&stage=REVIEW"
run "account page" "$BASE/accounts/$ACCOUNT"
