# Sourced by backup.sh and restore.sh (not run): finds a pg_dump and pg_restore that can read
# PostgreSQL 17, Keyline's database. pg_dump refuses a server newer than itself.
# Looked for, in this order: $PG_BIN (a folder), what scripts/install-pg-client.sh fetched
# (~/.cache/keyline/pg-client-17/bin), the PATH, and Debian's /usr/lib/postgresql/<version>/bin.
REQUIRED_PG_MAJOR=17

# pg_major TOOL: the major version of a PostgreSQL program, or nothing when it does not run.
pg_major() {
  "$1" --version 2>/dev/null | sed -n 's/^[^0-9]*\([0-9][0-9]*\).*/\1/p' | head -1
}

# find_pg_tool NAME: prints the path of NAME (pg_dump, pg_restore) of version 17 or newer.
find_pg_tool() {
  local name=$1 candidate major
  local candidates=()
  [ -n "${PG_BIN:-}" ] && candidates+=("$PG_BIN/$name")
  candidates+=("$HOME/.cache/keyline/pg-client-$REQUIRED_PG_MAJOR/bin/$name")
  command -v "$name" > /dev/null 2>&1 && candidates+=("$(command -v "$name")")
  for candidate in $(ls -d /usr/lib/postgresql/*/bin/"$name" 2>/dev/null | sort -t/ -k5 -rn); do
    candidates+=("$candidate")
  done
  for candidate in "${candidates[@]}"; do
    [ -x "$candidate" ] || continue
    major=$(pg_major "$candidate")
    if [ -n "$major" ] && [ "$major" -ge "$REQUIRED_PG_MAJOR" ]; then
      echo "$candidate"
      return 0
    fi
  done
  {
    echo "No $name of PostgreSQL $REQUIRED_PG_MAJOR or newer found (looked in \$PG_BIN, ~/.cache/keyline, the PATH"
    echo "and /usr/lib/postgresql). Keyline's database is PostgreSQL $REQUIRED_PG_MAJOR; an older $name refuses it."
    echo "Install the PostgreSQL $REQUIRED_PG_MAJOR client tools (Debian 13: apt-get install postgresql-client-17;"
    echo "Debian 12: scripts/install-pg-client.sh; macOS: brew install postgresql@17) or set PG_BIN to their folder."
  } >&2
  return 1
}

# Where to connect: the PG* variables of libpq, by default the embedded database of Keyline.
export PGHOST=${PGHOST:-localhost}
export PGPORT=${PGPORT:-54329}
export PGUSER=${PGUSER:-postgres}
export PGDATABASE=${PGDATABASE:-postgres}
