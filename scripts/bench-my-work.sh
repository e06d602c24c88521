#!/usr/bin/env bash
# Measures "my work" (the home page) of the demo manager and the demo director next to
# /actuator/health, on a fresh embedded database seeded with N demo accounts.
#   scripts/bench-my-work.sh [accounts=10000] [requests=300] [concurrency=1]
# Needs hey and psql (apt-get install hey postgresql-client). Uses ports 8093 and 54393.
set -euo pipefail
cd "$(dirname "$0")/.."
ACCOUNTS=${1:-10000}; REQUESTS=${2:-300}; CONCURRENCY=${3:-1}
PORT=8093; DB_PORT=54393
source scripts/bench-lib.sh
start_keyline
grep -a "Started KeylineApplication\|Graded every account" "$DATA/keyline.log" | sed 's/^.*: //'

# How much the demo manager owns, and what the director sees.
psql -h localhost -p $DB_PORT -U postgres -d postgres -qAt <<'SQL'
select 'active accounts: ' || count(*) from account_account where archived_at is null;
select 'owned by manager: ' || count(*) from account_account a join people_user u on u.id = a.owner_id
    where u.username = 'manager' and a.archived_at is null;
select 'open actions on them: ' || count(*) from plan_action pa join plan_plan p on p.id = pa.plan_id
    join account_account a on a.id = p.account_id join people_user u on u.id = a.owner_id
    where u.username = 'manager' and pa.status in ('OPEN', 'IN_PROGRESS') and p.status <> 'CLOSED';
select 'links on them: ' || count(*) from relationship_link l join account_account a on a.id = l.account_id
    join people_user u on u.id = a.owner_id where u.username = 'manager';
SQL

echo "accounts=$ACCOUNTS requests=$REQUESTS concurrency=$CONCURRENCY"
sign_in_as_director
run "health" "$BASE/actuator/health"
run "my work, director" "$BASE/"
DIRECTOR_SESSION=$SESSION

# The demo manager: the same sign-in as the director's, another user.
JAR="$DATA/cookies-manager"
token=$(curl -s -c "$JAR" -b "$JAR" "$BASE/login" | grep -o 'name="_csrf" value="[^"]*"' | sed 's/.*value="//;s/"//')
curl -s -c "$JAR" -b "$JAR" -o /dev/null -d "username=manager&password=keyline-demo&_csrf=$token" "$BASE/login"
SESSION=$(awk '$6 == "JSESSIONID" {print $7}' "$JAR")
curl -s -b "$JAR" "$BASE/" | grep -o 'See all ([0-9]*)' | head -1 | sed 's/^/manager accounts: /'
run "my work, manager" "$BASE/"
run "account list, manager" "$BASE/accounts"
