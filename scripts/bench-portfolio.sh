#!/usr/bin/env bash
# Measures what Keyline gives back (issue 7) with a large portfolio: the directors' dashboard
# (whole, one owner, one tier, a CSV), "my work" for a director, a manager and a mentor, the
# one-page brief as HTML and PDF, the account list export and search, next to
# /actuator/health, on a fresh embedded database seeded with N demo accounts.
#   scripts/bench-portfolio.sh [accounts=10000] [requests=300] [concurrency=1]
# Needs hey and psql (apt-get install hey postgresql-client). Uses ports 8096 and 54396.
# KEEP=seconds keeps the application and its database running that long at the end (for EXPLAIN).
set -euo pipefail
cd "$(dirname "$0")/.."
ACCOUNTS=${1:-10000}; REQUESTS=${2:-300}; CONCURRENCY=${3:-1}
PORT=8096; DB_PORT=54396
source scripts/bench-lib.sh
start_keyline
grep -a "Started KeylineApplication\|Graded every account" "$DATA/keyline.log" | sed 's/^.*: //'
PSQL="psql -h localhost -p $DB_PORT -U postgres -d postgres -qAt"
$PSQL -c "select 'active accounts: ' || count(*) from account_account where archived_at is null"
$PSQL -c "select 'contacts: ' || count(*) || ', links: ' || (select count(*) from relationship_link) || ', interactions: ' || (select count(*) from relationship_interaction) from relationship_contact"
OWNER=$($PSQL -c "select owner_id from account_account where archived_at is null group by owner_id order by count(*) desc limit 1")
sign_in_as director
ACCOUNT=$(curl -s -b "$JAR" "$BASE/accounts?sort=revenue&dir=desc" | grep -o 'data-account-id="[0-9]*"' | head -1 | grep -o '[0-9]*')
echo "accounts=$ACCOUNTS requests=$REQUESTS concurrency=$CONCURRENCY"
run "health" "$BASE/actuator/health"
run "portfolio dashboard" "$BASE/portfolio"
run "portfolio dashboard, one owner" "$BASE/portfolio?owner=$OWNER"
run "portfolio dashboard, Gold" "$BASE/portfolio?tier=1"
run "portfolio CSV (coverage accounts)" "$BASE/portfolio/coverage-accounts.csv"
run "my work (director)" "$BASE/"
run "brief (HTML)" "$BASE/accounts/$ACCOUNT/brief"
run "brief (PDF)" "$BASE/accounts/$ACCOUNT/brief.pdf"
run "account list export (CSV)" "$BASE/accounts/export.csv"
run "search" "$BASE/search?q=logistics"
sign_in_as manager
run "my work (manager)" "$BASE/"
sign_in_as mentor
run "my work (mentor)" "$BASE/"

if [ -n "${KEEP:-}" ]; then echo "kept running on db port $DB_PORT for $KEEP s (data in $DATA)"; sleep "$KEEP" & wait $!; fi
