#!/usr/bin/env bash
# Installs what Keyline's tests need from Debian: Chromium and its driver for the browser tests,
# DejaVu fonts for the PDF brief, and pg_dump/pg_restore of PostgreSQL 17 for the backup and restore
# test (scripts/install-pg-client.sh). Run as root (CI does). Skips what is already there.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ -x /usr/bin/chromium ] && [ -x /usr/bin/chromedriver ] && [ -f /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf ]; then
  echo "chromium, chromedriver and fonts-dejavu-core are installed"
else
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -q
  apt-get install -y -q --no-install-recommends chromium chromium-driver fonts-dejavu-core
fi
bash scripts/install-pg-client.sh
