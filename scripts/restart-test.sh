#!/usr/bin/env bash
# The database-restart and graceful-shutdown test under load (issue 9, about two minutes plus the
# build): packages Keyline, then runs DatabaseRestartTests (tag "restart", left out of
# ./mvnw verify). It starts PostgreSQL 17 (the zonky binaries) on port 54334 with its data in
# target/restart-test/postgres, starts the packaged Keyline on port 8084 against it, and has
# 8 signed-in clients post the interaction form while PostgreSQL is stopped and started again,
# and then while Keyline gets SIGTERM. The figures are printed and written to
# target/restart-test/report.md.
#
# Settings (Java system properties, passed through): -Drestart.port=8084 -Drestart.db-port=54334
# -Drestart.clients=8 -Drestart.warm-up=10 -Drestart.outage=10 -Drestart.after=15 (seconds).
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -B -ntp -DskipTests package
./mvnw -B -ntp surefire:test -Dtest=DatabaseRestartTests -DexcludedGroups=none -Dgroups=restart \
  -Dsurefire.failIfNoSpecifiedTests=false "$@"
echo "Report: target/restart-test/report.md"
