# Shared by the benchmark scripts (sourced, not run): start Keyline from a freshly packaged jar on
# a fresh embedded database seeded with $ACCOUNTS demo accounts, sign in as the director, and
# measure a page with hey next to the same process's /actuator/health.
# Expects ACCOUNTS, REQUESTS, CONCURRENCY, PORT and DB_PORT to be set.

DATA=$(mktemp -d /tmp/keyline-bench-XXXX)
BASE=http://localhost:$PORT

# Packages Keyline, starts it and waits until it answers; stops it and removes its data at exit.
# It runs a copy of the jar, so that a build meanwhile does not pull the jar from under it.
# KEYLINE_JAR=path runs that jar instead of packaging one (e.g. an earlier build, to compare);
# JAVA_OPTS are given to the JVM.
start_keyline() {
  if [ -z "${KEYLINE_JAR:-}" ]; then
    ./mvnw -q -B -DskipTests package
  fi
  cp "${KEYLINE_JAR:-$(ls target/keyline-*.jar | head -1)}" "$DATA/keyline.jar"
  # SEED_FROM=folder starts from a copy of an earlier run's database folder (Keyline stopped)
  # instead of seeding: the same portfolio in seconds rather than minutes, for repeated runs.
  if [ -n "${SEED_FROM:-}" ]; then
    cp -a "$SEED_FROM" "$DATA/postgres"
    rm -f "$DATA/postgres/postmaster.pid"
  fi
  # shellcheck disable=SC2086
  java ${JAVA_OPTS:-} -jar "$DATA/keyline.jar" --server.port=$PORT --keyline.embedded-database.port=$DB_PORT \
    --keyline.embedded-database.data-directory="$DATA/postgres" --keyline.demo.accounts="$ACCOUNTS" \
    > "$DATA/keyline.log" 2>&1 &
  APP=$!
  # Under set -e a failing command in this trap would end it: waiting for the stopped JVM
  # returns 143, and the run then exited 143 and left its 2.6 GB database copy in /tmp.
  trap 'kill $APP 2>/dev/null || true; wait $APP 2>/dev/null || true; rm -rf "$DATA"' EXIT
  trap 'exit 143' TERM INT
  until curl -sf "$BASE/actuator/health" > /dev/null; do sleep 1; done
}

# Signs in as a demo user (default: the director); sets JAR (the cookie file) and SESSION.
sign_in_as() {
  local user=${1:-director}
  JAR="$DATA/cookies-$user"
  local token
  token=$(curl -s -c "$JAR" -b "$JAR" "$BASE/login" | grep -o 'name="_csrf" value="[^"]*"' | sed 's/.*value="//;s/"//')
  curl -s -c "$JAR" -b "$JAR" -o /dev/null -d "username=$user&password=keyline-demo&_csrf=$token" "$BASE/login"
  SESSION=$(awk '$6 == "JSESSIONID" {print $7}' "$JAR")
}

sign_in_as_director() {
  sign_in_as director
}

# run NAME URL: warms up, then measures throughput, p50/p95/p99 and the response codes.
run() {
  local name=$1 url=$2
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
