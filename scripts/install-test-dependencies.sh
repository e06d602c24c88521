#!/usr/bin/env bash
# Installs what Keyline's tests need from Debian: Chromium and its driver for the browser tests,
# DejaVu fonts for the PDF brief. Run as root (CI does). Skips the install when all are there.
set -euo pipefail
if [ -x /usr/bin/chromium ] && [ -x /usr/bin/chromedriver ] && [ -f /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf ]; then
  echo "chromium, chromedriver and fonts-dejavu-core are installed"
  exit 0
fi
export DEBIAN_FRONTEND=noninteractive
apt-get update -q
apt-get install -y -q --no-install-recommends chromium chromium-driver fonts-dejavu-core
