#!/usr/bin/env bash
# Measures the account list with a large portfolio: starts Keyline on a fresh embedded database
# seeded with N demo accounts, signs in as the director (who sees every account), and times the
# list unfiltered and filtered, and one account page, with hey, next to /actuator/health.
#   scripts/bench-accounts.sh [accounts=10000] [requests=300] [concurrency=1]
# Needs hey (apt-get install hey). Uses ports 8099 and 54399 and a folder under /tmp.
set -euo pipefail
cd "$(dirname "$0")/.."
ACCOUNTS=${1:-10000}; REQUESTS=${2:-300}; CONCURRENCY=${3:-1}
PORT=8099; DB_PORT=54399; DATA=$(mktemp -d /tmp/keyline-bench-XXXX)
BASE=http://localhost:$PORT
./mvnw -q -B -DskipTests package
java -jar target/keyline-*.jar --server.port=$PORT --keyline.embedded-database.port=$DB_PORT \
  --keyline.embedded-database.data-directory="$DATA/postgres" --keyline.demo.accounts="$ACCOUNTS" \
  > "$DATA/keyline.log" 2>&1 &
APP=$!
trap 'kill $APP 2>/dev/null; wait $APP 2>/dev/null; rm -rf "$DATA"' EXIT
until curl -sf "$BASE/actuator/health" > /dev/null; do sleep 1; done
grep -a "Seeding demo data\|Started KeylineApplication" "$DATA/keyline.log" | sed 's/^.*: //'

JAR="$DATA/cookies"
TOKEN=$(curl -s -c "$JAR" -b "$JAR" "$BASE/login" | grep -o 'name="_csrf" value="[^"]*"' | sed 's/.*value="//;s/"//')
curl -s -c "$JAR" -b "$JAR" -o /dev/null -d "username=director&password=keyline-demo&_csrf=$TOKEN" "$BASE/login"
SESSION=$(awk '$6 == "JSESSIONID" {print $7}' "$JAR")
ACCOUNT=$(curl -s -b "$JAR" "$BASE/accounts?sort=revenue&dir=desc" | grep -o 'data-account-id="[0-9]*"' | head -1 | grep -o '[0-9]*')

run() {
  local name=$1 url=$2
  # warm up, then measure
  hey -n 50 -c "$CONCURRENCY" -H "Cookie: JSESSIONID=$SESSION" "$url" > /dev/null
  local out; out=$(hey -n "$REQUESTS" -c "$CONCURRENCY" -H "Cookie: JSESSIONID=$SESSION" "$url")
  local rps p50 p95 p99 codes
  rps=$(echo "$out" | awk '/Requests\/sec/ {print $2}')
  p50=$(echo "$out" | awk '/50%+ in/ {print $3*1000}')
  p95=$(echo "$out" | awk '/95%+ in/ {print $3*1000}')
  p99=$(echo "$out" | awk '/99%+ in/ {print $3*1000}')
  codes=$(echo "$out" | awk '/^ *\[[0-9]+\]/ {printf "%s%s ", $1, $2}')
  printf '%-34s %9s req/s  p50 %6s ms  p95 %6s ms  p99 %6s ms  %s\n' "$name" "$rps" "$p50" "$p95" "$p99" "$codes"
}
echo "accounts=$ACCOUNTS requests=$REQUESTS concurrency=$CONCURRENCY"
run "health" "$BASE/actuator/health"
run "account list" "$BASE/accounts"
run "account list by revenue" "$BASE/accounts?sort=revenue&dir=desc"
run "account list filtered" "$BASE/accounts?q=gr&industry=LOGISTICS&loss=true"
run "account list filtered (htmx)" "$BASE/accounts?q=gr&region=WESTERN_EUROPE&stage=REVIEW"
run "account page" "$BASE/accounts/$ACCOUNT"
