#!/usr/bin/env bash
# Backs up Keyline's whole database with pg_dump, in its custom format (compressed; restore it with
# scripts/restore.sh or pg_restore).
#   scripts/backup.sh [FILE]        default FILE: backups/keyline-<UTC date and time>.dump
# Connects with libpq's variables, by default to the embedded database of a running Keyline:
#   PGHOST=localhost PGPORT=54329 PGUSER=postgres PGDATABASE=postgres (PGPASSWORD for an external one)
# Keyline may go on running: pg_dump reads one consistent snapshot and blocks no one.
# Needs pg_dump 17 or newer (see scripts/pg-client.sh); PG_BIN=folder chooses one.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/pg-client.sh
FILE=${1:-backups/keyline-$(date -u +%Y%m%d-%H%M%S).dump}
PG_DUMP=$(find_pg_tool pg_dump)
PG_RESTORE=$(find_pg_tool pg_restore)
mkdir -p "$(dirname "$FILE")"
echo "Backing up $PGDATABASE on $PGHOST:$PGPORT with $($PG_DUMP --version)"
"$PG_DUMP" --format=custom --file="$FILE.part" --no-password
# A dump that pg_restore can read back whole, or none.
"$PG_RESTORE" --list "$FILE.part" > /dev/null
mv "$FILE.part" "$FILE"
echo "Backup written to $FILE ($(du -h "$FILE" | cut -f1))"
