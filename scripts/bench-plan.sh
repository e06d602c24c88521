#!/usr/bin/env bash
# Measures the plan page with a large plan (10 objectives, 20 strategies, 100 actions, 50
# comments) next to /actuator/health, the account page, the vision page and the reviews due, on
# a fresh embedded database seeded with N demo accounts, signed in as the director.
#   scripts/bench-plan.sh [accounts=10000] [requests=300] [concurrency=1]
# Needs hey and psql (apt-get install hey postgresql-client). Uses ports 8098 and 54398.
set -euo pipefail
cd "$(dirname "$0")/.."
ACCOUNTS=${1:-10000}; REQUESTS=${2:-300}; CONCURRENCY=${3:-1}
PORT=8098; DB_PORT=54398
source scripts/bench-lib.sh
start_keyline
grep -a "Started KeylineApplication\|Graded every account" "$DATA/keyline.log" | sed 's/^.*: //'

# The large plan, on the account with the most revenue: its open plan is closed first.
TOP="select id from account_account where archived_at is null order by current_revenue desc nulls last limit 1"
psql -h localhost -p $DB_PORT -U postgres -d postgres -qAt -c "update plan_plan set status = 'CLOSED',
    closed_at = now(), closing_note = 'Closed for the benchmark' where account_id = ($TOP) and status <> 'CLOSED'" > /dev/null
PLAN=$(psql -h localhost -p $DB_PORT -U postgres -d postgres -qAt -c "insert into plan_plan (account_id, title,
    horizon_from, horizon_to, status, version_no, created_at, created_by, updated_at, updated_by)
    select ($TOP), 'Benchmark plan', extract(year from now())::int, extract(year from now())::int + 3, 'ACTIVE', 1,
    now(), 'bench', now(), 'bench' returning id" | head -1)
psql -h localhost -p $DB_PORT -U postgres -d postgres -q <<SQL
insert into plan_objective (plan_id, position, title, metric, unit, baseline, target, target_on, latest_value, latest_on,
    updated_at, updated_by)
select $PLAN, g, 'Objective ' || g, 'Metric ' || g, '%', 10, 50, make_date(extract(year from now())::int + 2, 12, 31),
    10 + g * 3, current_date - g, now(), 'bench' from generate_series(1, 10) g;
insert into plan_strategy (objective_id, position, description)
select o.id, s, 'Strategy ' || s || ' of ' || o.title from plan_objective o, generate_series(1, 2) s where o.plan_id = $PLAN;
insert into plan_action (plan_id, strategy_id, description, owner_id, due_on, status, updated_at, updated_by)
select $PLAN, s.id, 'Action ' || n || ' for ' || s.description, p.owner_id, current_date + (n * 20 - 50),
    (array['OPEN','IN_PROGRESS','DONE','DROPPED'])[1 + n % 4], now(), 'bench'
from plan_strategy s join plan_objective o on o.id = s.objective_id
join plan_plan pl on pl.id = o.plan_id join account_account p on p.id = pl.account_id, generate_series(1, 5) n
where o.plan_id = $PLAN;
insert into plan_comment (plan_id, objective_id, objective_title, body, author_id, created_at)
select $PLAN, case when n % 5 = 0 then null else o.id end, o.title, 'Comment ' || n || ': which customer goal does this serve?',
    (select owner_id from account_account where id = (select account_id from plan_plan where id = $PLAN)), now() - n * interval '1 hour'
from generate_series(1, 50) n join plan_objective o on o.plan_id = $PLAN and o.position = 1 + n % 10;
SQL
ACCOUNT=$(psql -h localhost -p $DB_PORT -U postgres -d postgres -qAt -c "select account_id from plan_plan where id = $PLAN")

sign_in_as_director
curl -s -b "$JAR" "$BASE/accounts/$ACCOUNT/plans/$PLAN" | grep -c 'id="action-' | sed 's/^/actions on the plan page: /'

echo "accounts=$ACCOUNTS requests=$REQUESTS concurrency=$CONCURRENCY"
run "health" "$BASE/actuator/health"
run "plan page (10/100/50)" "$BASE/accounts/$ACCOUNT/plans/$PLAN"
run "plan comparison" "$BASE/accounts/$ACCOUNT/plans/$PLAN/compare"
run "account page" "$BASE/accounts/$ACCOUNT"
run "vision page" "$BASE/accounts/$ACCOUNT/vision"
run "reviews due" "$BASE/reviews"
run "reviews due, overdue only" "$BASE/reviews?overdue=true"
run "key accounts" "$BASE/key-accounts"
run "key accounts, Gold" "$BASE/key-accounts?tier=1"
run "how accounts are graded" "$BASE/grading"
