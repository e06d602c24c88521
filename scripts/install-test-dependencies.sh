#!/usr/bin/env bash
# Installs what Keyline's tests need from Debian: Chromium and its driver for the browser tests, and
# pg_dump/pg_restore of PostgreSQL 17 for the backup and restore test (scripts/install-pg-client.sh).
# Run as root (CI does). Skips what is already there.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ -x /usr/bin/chromium ] && [ -x /usr/bin/chromedriver ]; then
  echo "chromium and chromedriver are installed"
else
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -q
  apt-get install -y -q --no-install-recommends chromium chromium-driver fonts-dejavu-core
fi
bash scripts/install-pg-client.sh
