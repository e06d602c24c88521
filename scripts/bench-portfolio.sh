#!/usr/bin/env bash
# Measures the directors' portfolio dashboard next to /actuator/health on a fresh embedded
# database seeded with N demo accounts, signed in as the director; then logs the time of each
# of the page's statements (log_min_duration_statement = 0 for one request).
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

# The time of each statement of one request, from PostgreSQL's log.
$PSQL -c "alter system set log_min_duration_statement = 0" -c "select pg_reload_conf()" > /dev/null
sleep 1
curl -s -o /dev/null -H "Cookie: JSESSIONID=$SESSION" "$BASE/portfolio"
sleep 1
$PSQL -c "alter system reset log_min_duration_statement" -c "select pg_reload_conf()" > /dev/null
echo "statements of one /portfolio request (ms):"
grep -ah "duration: " "$DATA/keyline.log" "$DATA"/postgres/log/* 2>/dev/null | grep -a "with base\|people_directory d" \
  | sed -E 's/.*duration: ([0-9.]+) ms.*(with base as|select d.id).*/\1/' | tail -7 | paste -sd' '
if [ -n "${KEEP:-}" ]; then echo "kept running on db port $DB_PORT for $KEEP s (data in $DATA)"; sleep "$KEEP"; fi
