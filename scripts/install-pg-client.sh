#!/usr/bin/env bash
# Makes pg_dump and pg_restore of PostgreSQL 17 available to scripts/backup.sh and restore.sh on a
# machine whose own are older (Debian 12 ships 15, which refuses a PostgreSQL 17 server).
# - If a suitable pg_dump is found already (see scripts/pg-client.sh), does nothing.
# - On Debian 13 or newer: apt-get install postgresql-client-17 (run as root).
# - On Debian 12 (amd64): fetches Debian 13's client packages (postgresql-client-17, libpq5,
#   libldap2 and the C library they are built against) with apt-get download into
#   ~/.cache/keyline/pg-client-17, WITHOUT installing them: nothing on the system changes. The
#   programs there run with Debian 13's C library through its own loader (wrappers in bin/).
# Elsewhere, install the PostgreSQL 17 client tools yourself (macOS: brew install postgresql@17).
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/pg-client.sh
if find_pg_tool pg_dump > /dev/null 2>&1 && find_pg_tool pg_restore > /dev/null 2>&1; then
  echo "pg_dump and pg_restore $REQUIRED_PG_MAJOR or newer are there: $(find_pg_tool pg_dump)"
  exit 0
fi
. /etc/os-release 2>/dev/null || true
if [ "${ID:-}" = "debian" ] && [ "${VERSION_ID:-0}" -ge 13 ]; then
  apt-get install -y -q --no-install-recommends postgresql-client-17
  exit 0
fi
if [ "${ID:-}" != "debian" ] || [ "${VERSION_ID:-}" != "12" ] || [ "$(dpkg --print-architecture)" != "amd64" ]; then
  echo "Install the PostgreSQL $REQUIRED_PG_MAJOR client tools for this system and set PG_BIN to their folder" >&2
  exit 1
fi
TARGET="$HOME/.cache/keyline/pg-client-$REQUIRED_PG_MAJOR"
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
mkdir -p "$WORK/lists/partial" "$WORK/cache/archives/partial"
echo "deb http://deb.debian.org/debian trixie main" > "$WORK/sources.list"
APT=(-o Dir::Etc::SourceList="$WORK/sources.list" -o Dir::Etc::SourceParts=/dev/null
  -o Dir::State::Lists="$WORK/lists" -o Dir::Cache="$WORK/cache" -o APT::Sandbox::User=root)
apt-get "${APT[@]}" update -q
(cd "$WORK" && apt-get "${APT[@]}" download postgresql-client-17 libpq5 libldap2 libc6)
rm -rf "$TARGET.new"
mkdir -p "$TARGET.new/bin"
for deb in "$WORK"/*.deb; do dpkg-deb -x "$deb" "$TARGET.new/root"; done
for tool in pg_dump pg_restore psql pg_isready; do
  cat > "$TARGET.new/bin/$tool" <<WRAPPER
#!/bin/sh
# PostgreSQL $REQUIRED_PG_MAJOR's $tool from Debian 13, run with Debian 13's C library (see scripts/install-pg-client.sh).
ROOT="\$(dirname "\$0")/../root"
LIB="\$ROOT/usr/lib/x86_64-linux-gnu"
exec "\$LIB/ld-linux-x86-64.so.2" --library-path "\$LIB:/lib/x86_64-linux-gnu:/usr/lib/x86_64-linux-gnu" \\
  "\$ROOT/usr/lib/postgresql/$REQUIRED_PG_MAJOR/bin/$tool" "\$@"
WRAPPER
  chmod +x "$TARGET.new/bin/$tool"
done
"$TARGET.new/bin/pg_dump" --version
rm -rf "$TARGET"
mv "$TARGET.new" "$TARGET"
echo "PostgreSQL $REQUIRED_PG_MAJOR client tools in $TARGET/bin"
