#!/usr/bin/env bash
# Measures the directors' portfolio dashboard next to /actuator/health on a fresh embedded
# database seeded with N demo accounts, signed in as the director.
# For the time of each statement, run it with KEEP=600 and EXPLAIN ANALYZE the page's SQL with psql.
#   scripts/bench-portfolio.sh [accounts=10000] [requests=200] [concurrency=1]
# Needs hey and psql (apt-get install hey postgresql-client). Uses ports 8097 and 54397.
# KEEP=seconds keeps the application and its database running that long at the end (for EXPLAIN).
set -euo pipefail
cd "$(dirname "$0")/.."
ACCOUNTS=${1:-10000}; REQUESTS=${2:-200}; CONCURRENCY=${3:-1}
PORT=8097; DB_PORT=54397
source scripts/bench-lib.sh
start_keyline
grep -a "Started KeylineApplication\|Graded every account" "$DATA/keyline.log" | sed 's/^.*: //'
PSQL="psql -h localhost -p $DB_PORT -U postgres -d postgres -qAt"
$PSQL -c "select 'active accounts: ' || count(*) from account_account where archived_at is null"
$PSQL -c "select 'tier changes: ' || count(*) from grading_tier_change"
$PSQL -c "select 'contacts: ' || count(*) || ', links: ' || (select count(*) from relationship_link) from relationship_contact"

sign_in_as_director
OWNER=$($PSQL -c "select owner_id from account_account where archived_at is null group by owner_id order by count(*) desc limit 1")
echo "accounts=$ACCOUNTS requests=$REQUESTS concurrency=$CONCURRENCY"
run "health" "$BASE/actuator/health"
run "portfolio (all accounts)" "$BASE/portfolio"
run "portfolio, one owner" "$BASE/portfolio?owner=$OWNER"
run "portfolio, Gold" "$BASE/portfolio?tier=1"
run "portfolio, not key accounts" "$BASE/portfolio?tier=0"
run "portfolio CSV (coverage accounts)" "$BASE/portfolio/coverage-accounts.csv"

if [ -n "${KEEP:-}" ]; then echo "kept running on db port $DB_PORT for $KEEP s (data in $DATA)"; sleep "$KEEP"; fi
