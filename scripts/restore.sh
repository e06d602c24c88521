#!/usr/bin/env bash
# Restores a backup made by scripts/backup.sh (pg_dump's custom format), in one transaction: all or
# nothing. The schema's migration history (flyway_schema_history) comes with it, so the Keyline that
# starts on the restored database finds its schema as it was, and brings it up to date if the
# backup is from an older version.
#
#   scripts/restore.sh FILE
#       into the database that libpq's variables name (PGHOST, PGPORT, PGUSER, PGDATABASE,
#       PGPASSWORD), which must be empty: create it first (createdb keyline). Stop Keyline first.
#
#   scripts/restore.sh --embedded [DIR] FILE
#       into a new embedded database in DIR (default data/postgres, the folder Keyline uses).
#       Stop Keyline first. The folder there now is kept, renamed DIR.before-restore-<date>; a new
#       cluster is made in DIR with the PostgreSQL that Keyline embeds, the backup restored into
#       it, and the cluster stopped. Then start Keyline as usual. If anything fails, the old
#       folder is put back. Needs Keyline's jar (KEYLINE_JAR, default target/keyline-*.jar).
#       PGPORT (default 54329) is the port the new cluster uses while it is filled.
#
# Needs pg_restore 17 or newer (see scripts/pg-client.sh); PG_BIN=folder chooses one.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/pg-client.sh

usage() {
  sed -n '2,24p' "$0" | sed 's/^# \{0,1\}//' >&2
  exit 2
}

EMBEDDED=
if [ "${1:-}" = "--embedded" ]; then
  shift
  if [ $# -ge 2 ]; then EMBEDDED=$1; shift; else EMBEDDED=data/postgres; fi
fi
[ $# -eq 1 ] || usage
FILE=$1
[ -f "$FILE" ] || { echo "No backup file $FILE" >&2; exit 1; }
PG_RESTORE=$(find_pg_tool pg_restore)
"$PG_RESTORE" --list "$FILE" > /dev/null || { echo "$FILE is not a backup pg_restore can read" >&2; exit 1; }

restore_into_database() {
  echo "Restoring $FILE into $PGDATABASE on $PGHOST:$PGPORT with $($PG_RESTORE --version)"
  "$PG_RESTORE" --dbname="$PGDATABASE" --no-password --single-transaction --exit-on-error \
    --no-owner --no-acl "$FILE"
}

if [ -z "$EMBEDDED" ]; then
  # Refuse a database that already holds Keyline (or anything else in public): nothing is
  # overwritten without someone deciding to drop it first.
  PSQL=$(dirname "$PG_RESTORE")/psql
  if [ -x "$PSQL" ]; then
    tables=$("$PSQL" -qAt --no-password -c "select count(*) from pg_tables where schemaname = 'public'")
    if [ "$tables" != "0" ]; then
      echo "$PGDATABASE on $PGHOST:$PGPORT is not empty ($tables tables): restore into a new, empty database" >&2
      exit 1
    fi
  fi
  restore_into_database
  echo "Restored. Start Keyline with SPRING_DATASOURCE_URL=jdbc:postgresql://$PGHOST:$PGPORT/$PGDATABASE"
  exit 0
fi

# --- into a new embedded database ---------------------------------------------------------------
if [ -n "${KEYLINE_CLASSPATH:-}" ]; then
  JAVA_ARGS=(-cp "$KEYLINE_CLASSPATH" org.keyline.shared.database.EmbeddedDatabaseOnly)
else
  JAR=${KEYLINE_JAR:-$(ls target/keyline-*.jar 2>/dev/null | grep -v plain | head -1)}
  [ -n "$JAR" ] && [ -f "$JAR" ] || { echo "Keyline's jar not found: build it (./mvnw package) or set KEYLINE_JAR" >&2; exit 1; }
  JAVA_ARGS=(-cp "$JAR" -Dloader.main=org.keyline.shared.database.EmbeddedDatabaseOnly
    org.springframework.boot.loader.launch.PropertiesLauncher)
fi
if [ -f "$EMBEDDED/postmaster.pid" ] && kill -0 "$(head -1 "$EMBEDDED/postmaster.pid")" 2>/dev/null; then
  echo "The embedded database in $EMBEDDED is running: stop Keyline first" >&2
  exit 1
fi
KEPT=
if [ -e "$EMBEDDED" ]; then
  KEPT="$EMBEDDED.before-restore-$(date -u +%Y%m%d-%H%M%S)"
  mv "$EMBEDDED" "$KEPT"
  echo "The current database folder is kept as $KEPT"
fi
LOG=$(mktemp)
SERVER=
finish() {
  local status=$?
  if [ -n "$SERVER" ] && kill -0 "$SERVER" 2>/dev/null; then
    kill "$SERVER"
    wait "$SERVER" 2>/dev/null || true
  fi
  if [ $status -ne 0 ]; then
    echo "The restore failed; see above and $LOG" >&2
    if [ -n "$KEPT" ]; then
      rm -rf "$EMBEDDED"
      mv "$KEPT" "$EMBEDDED"
      echo "The database folder $EMBEDDED is back as it was" >&2
    fi
  else
    rm -f "$LOG"
  fi
}
trap finish EXIT
java "${JAVA_ARGS[@]}" --data-directory="$EMBEDDED" --port="$PGPORT" > "$LOG" 2>&1 &
SERVER=$!
for _ in $(seq 1 120); do
  grep -q "^ready" "$LOG" && break
  kill -0 "$SERVER" 2>/dev/null || { cat "$LOG" >&2; exit 1; }
  sleep 0.5
done
grep -q "^ready" "$LOG" || { echo "The embedded database did not start in a minute" >&2; exit 1; }
restore_into_database
kill "$SERVER"
wait "$SERVER" || true
SERVER=
echo "Restored into $EMBEDDED. Start Keyline as usual (it uses keyline.embedded-database.data-directory)."
