#!/usr/bin/env bash
# The benchmark (issue 9), one command:
#   scripts/benchmark.sh [accounts=10000] [seconds=10]
# packages Keyline, starts the jar with the recommended production JVM options on a fresh embedded
# PostgreSQL seeded with a large portfolio (10,000 accounts: about 200,000 contacts, 1,000,000
# interactions, plans and scores), signs in, and measures with wrk, for 1 and for 16 concurrent
# users, the throughput and p50/p95/p99 latency of the main pages next to /actuator/health of the
# same process (the yardstick: each page's throughput as a share of health's), and the JVM's
# resident memory sampled under load. The results replace the "Results" section of
# docs/performance.md (machine, JDK and date included); the rest of that file is left alone.
#
# Settings (environment): WARMUP (seconds of load on every page before measuring, 120), PORT
# and DB_PORT (8091 and 54391), JAVA_OPTS (the recommended production
# options below), KEYLINE_JAR (measure that jar instead of packaging one), OUT (the Markdown file,
# docs/performance.md; OUT=- prints the results only), KEEP=seconds (keep Keyline and its
# database running that long at the end, for EXPLAIN). Needs wrk and psql
# (apt-get install wrk postgresql-client).
set -euo pipefail
cd "$(dirname "$0")/.."
ACCOUNTS=${1:-10000}; SECONDS_EACH=${2:-10}
WARMUP=${WARMUP:-120}
PORT=${PORT:-8091}; DB_PORT=${DB_PORT:-54391}
# The options the README recommends for production (see docs/performance.md, "Memory").
JAVA_OPTS=${JAVA_OPTS:-"-XX:+UseSerialGC -Xms64m -Xmx192m -Xss512k -XX:MaxMetaspaceSize=192m -XX:ReservedCodeCacheSize=64m -XX:MaxDirectMemorySize=64m -XX:+UseTransparentHugePages"}
export MALLOC_ARENA_MAX=${MALLOC_ARENA_MAX:-2}
OUT=${OUT:-docs/performance.md}
REQUESTS=0; CONCURRENCY=1
command -v wrk > /dev/null || { echo "wrk is needed: apt-get install wrk" >&2; exit 1; }
command -v psql > /dev/null || { echo "psql is needed: apt-get install postgresql-client" >&2; exit 1; }
source scripts/bench-lib.sh

started=$(date -u +%Y-%m-%dT%H:%MZ)
load_before=$(cut -d' ' -f1-3 /proc/loadavg)
start_keyline
PSQL="psql -h localhost -p $DB_PORT -U postgres -d postgres -qAt"
q() { $PSQL -c "$1"; }

# ---------------------------------------------------------------- the data
accounts=$(q "select count(*) from account_account")
active=$(q "select count(*) from account_account where archived_at is null")
contacts=$(q "select count(*) from relationship_contact")
interactions=$(q "select count(*) from relationship_interaction")
plans=$(q "select count(*) from plan_plan")
actions=$(q "select count(*) from plan_action")
scores=$(q "select count(*) from grading_criterion_score")
graded=$(q "select count(*) from grading_account_score")
echo "data: $accounts accounts ($active active), $contacts contacts, $interactions interactions, $plans plans ($actions actions), $scores criterion scores, $graded accounts graded"

# The pages: the account with the most revenue, its open plan, the manager with the most accounts.
ACCOUNT=$(q "select a.id from account_account a where a.archived_at is null
    and exists (select 1 from plan_plan p where p.account_id = a.id and p.status <> 'CLOSED')
    order by a.current_revenue desc nulls last, a.id limit 1")
PLAN=$(q "select id from plan_plan where account_id = $ACCOUNT and status <> 'CLOSED' order by id desc limit 1")
plan_size=$(q "select (select count(*) from plan_objective where plan_id = $PLAN) || ' objectives, '
    || (select count(*) from plan_action where plan_id = $PLAN) || ' actions, '
    || (select count(*) from plan_comment where plan_id = $PLAN) || ' comments'")
org_size=$(q "select count(*) from relationship_contact where account_id = $ACCOUNT")
manager_accounts=$(q "select count(*) from account_account a join people_user u on u.id = a.owner_id
    where u.username = 'manager' and a.archived_at is null")
FILTER="industry=LOGISTICS&sort=revenue&dir=desc"
filtered=$(q "select count(*) from account_account where archived_at is null and industry = 'LOGISTICS'")

sign_in_as director; DIRECTOR=$SESSION
sign_in_as manager; MANAGER=$SESSION

# ---------------------------------------------------------------- measuring
# wrk reports what hey cannot at this rate without taking a core itself: its Lua hook prints the
# throughput, the percentiles and the responses that were not 2xx.
LUA="$DATA/report.lua"
cat > "$LUA" <<'LUA'
done = function(summary, latency, requests)
  local errors = summary.errors.status + summary.errors.connect + summary.errors.read
      + summary.errors.write + summary.errors.timeout
  io.write(string.format("RESULT %.1f %.1f %.1f %.1f %d %d\n", summary.requests / (summary.duration / 1e6),
      latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000,
      summary.requests, errors))
end
LUA

RSS_MAX=0
# sample_rss SECONDS: the JVM's resident set (VmRSS, MB) every half second; the highest in RSS_MAX.
sample_rss() {
  local until=$((SECONDS + $1)) kb
  while [ $SECONDS -lt "$until" ]; do
    kb=$(awk '/^VmRSS/ {print $2}' "/proc/$APP/status")
    echo "$kb" >> "$DATA/rss"
    sleep 0.5
  done
}

ROWS=()
# measure USERS NAME SESSION URL
measure() {
  local users=$1 name=$2 session=$3 url=$4 threads=1 out rps p50 p95 p99 n errors
  [ "$users" -gt 1 ] && threads=2
  # Warm up (JIT, caches, the server-side prepared statements of every pooled connection).
  wrk -t$threads -c"$users" -d3s -H "Cookie: JSESSIONID=$session" "$url" > /dev/null
  local sampler=""
  if [ "$users" -gt 1 ]; then sample_rss "$SECONDS_EACH" & sampler=$!; fi
  out=$(wrk -t$threads -c"$users" -d"${SECONDS_EACH}s" -H "Cookie: JSESSIONID=$session" -s "$LUA" "$url")
  if [ -n "$sampler" ]; then wait "$sampler"; fi
  read -r rps p50 p95 p99 n errors <<< "$(echo "$out" | awk '/^RESULT/ {print $2, $3, $4, $5, $6, $7}')"
  ROWS+=("$users|$name|$rps|$p50|$p95|$p99|$n|$errors")
  printf '%2s users  %-34s %8s req/s  p50 %7s ms  p95 %7s ms  p99 %7s ms  %6s requests, %s errors\n' \
    "$users" "$name" "$rps" "$p50" "$p95" "$p99" "$n" "$errors"
}

# Warm-up: every page in turn at 16 users until WARMUP seconds have passed. The JIT compiler
# goes on compiling for minutes after the first requests (tens of thousands of methods, one of the
# two cores busy compiling): without this the first pages measured are measured half-compiled.
warm_pages=("$BASE/actuator/health" "$BASE/accounts?$FILTER" "$BASE/accounts/$ACCOUNT" "$BASE/accounts/$ACCOUNT/org-chart"
  "$BASE/accounts/$ACCOUNT/plans/$PLAN" "$BASE/portfolio" "$BASE/search?q=logistics")
warm_until=$((SECONDS + WARMUP))
while [ $SECONDS -lt $warm_until ]; do
  for url in "${warm_pages[@]}"; do wrk -t2 -c16 -d5s -H "Cookie: JSESSIONID=$DIRECTOR" "$url" > /dev/null; done
  wrk -t2 -c16 -d5s -H "Cookie: JSESSIONID=$MANAGER" "$BASE/" > /dev/null
done
compiled=$(jstat -compiler "$APP" 2>/dev/null | awk 'NR == 2 {print $1}' || true)
echo "warmed up for $WARMUP s (${compiled:-?} methods compiled by the JIT)"

# measure_changed NAME SESSION URL: the page's latency when the data changed just before each view,
# so that what DataVersionCache keeps cannot be used (one user, curl, 40 views): a change that
# changes nothing (the trigger fires all the same) commits, then the page is timed.
CHANGED=()
measure_changed() {
  local name=$1 session=$2 url=$3 i times p50 p95
  : > "$DATA/changed"
  for i in $(seq 1 45); do
    q "update people_user set display_name = display_name where username = 'admin'"
    curl -s -o /dev/null -w '%{time_total}\n' -H "Cookie: JSESSIONID=$session" "$url" >> "$DATA/changed"
  done
  # The first five were warm-up.
  times=$(tail -n 40 "$DATA/changed" | awk '{printf "%.1f\n", $1 * 1000}' | sort -n)
  p50=$(echo "$times" | awk '{a[NR] = $1} END {print a[int(NR * 0.5 + 0.5)]}')
  p95=$(echo "$times" | awk '{a[NR] = $1} END {print a[int(NR * 0.95 + 0.5)]}')
  CHANGED+=("$name|$p50|$p95")
  printf ' 1 user   %-34s data changed before each view: p50 %7s ms  p95 %7s ms\n' "$name" "$p50" "$p95"
}

version_before=$(q "select last_value from data_version_seq")
for users in 1 16; do
  measure "$users" "/actuator/health" "$DIRECTOR" "$BASE/actuator/health"
  measure "$users" "account list, filtered" "$DIRECTOR" "$BASE/accounts?$FILTER"
  measure "$users" "account page" "$DIRECTOR" "$BASE/accounts/$ACCOUNT"
  measure "$users" "organisation chart" "$DIRECTOR" "$BASE/accounts/$ACCOUNT/org-chart"
  measure "$users" "plan page" "$DIRECTOR" "$BASE/accounts/$ACCOUNT/plans/$PLAN"
  measure "$users" "portfolio dashboard" "$DIRECTOR" "$BASE/portfolio"
  measure "$users" "my work (manager)" "$MANAGER" "$BASE/"
  measure "$users" "search" "$DIRECTOR" "$BASE/search?q=logistics"
done
version_moves=$(( $(q "select last_value from data_version_seq") - version_before ))
echo "data changes committed while measuring: $version_moves"
measure_changed "portfolio dashboard" "$DIRECTOR" "$BASE/portfolio"
measure_changed "my work (manager)" "$MANAGER" "$BASE/"
rss_max=$(sort -n "$DATA/rss" | tail -1 | awk '{printf "%d", $1 / 1024}')
rss_median=$(sort -n "$DATA/rss" | awk '{a[NR] = $1} END {printf "%d", a[int((NR + 1) / 2)] / 1024}')
heap=$(jcmd "$APP" GC.heap_info 2>/dev/null | head -3 | tr -s ' ' | sed 's/^ //' | paste -sd ' ' || true)
echo "JVM resident memory under load (16 users): median $rss_median MB, highest $rss_max MB"

# ---------------------------------------------------------------- the report
cpu=$(lscpu | awk -F: '/Model name/ {gsub(/^ +/, "", $2); print $2; exit}')
cores=$(nproc)
memory=$(free -g | awk '/^Mem:/ {print $2 " GB"}')
jdk=$(java -version 2>&1 | head -2 | tail -1)
load_after=$(cut -d' ' -f1-3 /proc/loadavg)
report() {
  echo "Measured on $started by \`scripts/benchmark.sh $ACCOUNTS $SECONDS_EACH\`."
  echo
  echo "- **Machine:** $cores cores ($cpu), $memory memory, $(uname -sr); the load tool (wrk) on the same machine."
  echo "  Load average before the run $load_before, after it $load_after (other work on the machine)."
  echo "- **JDK:** $jdk. **JVM options:** \`$JAVA_OPTS\`, \`MALLOC_ARENA_MAX=$MALLOC_ARENA_MAX\`."
  echo "- **Data:** $accounts accounts ($active active), $contacts contacts, $interactions interactions,"
  echo "  $plans plans with $actions actions, $scores criterion scores, $graded accounts graded."
  echo "- **Pages** (signed in as the director, who sees every account; my work as \`manager\`, who owns $manager_accounts accounts):"
  echo "  account list \`/accounts?$FILTER\` ($filtered accounts match, 25 a page); account page, organisation"
  echo "  chart ($org_size contacts) and plan page ($plan_size) of the account with the most revenue;"
  echo "  portfolio dashboard over every account; my work; search \"logistics\"."
  echo "- **Method:** first ${WARMUP} s of load on every page in turn (16 users) so that the JIT compiler has"
  echo "  compiled what the pages run; then per page a 3 s warm-up and ${SECONDS_EACH} s of wrk with 1 user (1 connection) and with 16"
  echo "  users (16 connections, 2 threads). \"Share of health\" is the page's throughput divided by"
  echo "  health's at the same number of users in this run."
  echo
  echo "| Users | Page | Throughput | p50 | p95 | p99 | Share of health | Requests | Errors |"
  echo "|---|---|---|---|---|---|---|---|---|"
  local health=1 row users name rps p50 p95 p99 n errors share
  for row in "${ROWS[@]}"; do
    IFS='|' read -r users name rps p50 p95 p99 n errors <<< "$row"
    if [ "$name" = "/actuator/health" ]; then health=$rps; share="1"; else
      share=$(awk -v p="$rps" -v h="$health" 'BEGIN {printf "1/%.1f", h / p}'); fi
    echo "| $users | $name | $rps/s | $p50 ms | $p95 ms | $p99 ms | $share | $n | $errors |"
  done
  echo
  echo "The portfolio dashboard and my work are computed once per change of the data and then kept"
  local moves="$version_moves changes were"
  [ "$version_moves" = 1 ] && moves="1 change was"
  echo "(\`DataVersionCache\`, ADR 12); $moves committed while the table above was measured."
  echo "The same two pages when the data changed just before each view (1 user, 40 views with curl, a"
  echo "committed change before each), so that every view computes its figures:"
  echo
  echo "| Page | p50 | p95 |"
  echo "|---|---|---|"
  for row in "${CHANGED[@]}"; do
    IFS='|' read -r name p50 p95 <<< "$row"
    echo "| $name, data changed before each view | $p50 ms | $p95 ms |"
  done
  echo
  echo "**Resident memory of the JVM** (VmRSS, sampled every 0.5 s during the 16-user runs):"
  echo "median $rss_median MB, highest $rss_max MB. Heap at the end: ${heap:-n/a}."
}
if [ "$OUT" = "-" ]; then report; else
  mkdir -p "$(dirname "$OUT")"
  [ -f "$OUT" ] || printf '# Performance\n\n## Results\n<!-- results:start -->\n<!-- results:end -->\n' > "$OUT"
  report > "$DATA/results.md"
  awk -v results="$DATA/results.md" '
    /<!-- results:start -->/ {print; while ((getline line < results) > 0) print line; skip = 1; next}
    /<!-- results:end -->/ {skip = 0}
    !skip {print}' "$OUT" > "$DATA/performance.md"
  cp "$DATA/performance.md" "$OUT"
  echo "results written to $OUT"
fi

if [ -n "${KEEP:-}" ]; then echo "kept running on port $PORT, database port $DB_PORT, for $KEEP s"; sleep "$KEEP" & wait $!; fi
