#!/usr/bin/env bash
# Installs what RB Workbench needs on a Debian machine with Node 20: the Debian packages the tests use
# as independent oracles (LibreOffice, openpyxl) and for UI tests (Chromium; poppler-utils renders the
# printed report to images; PostgreSQL for the organisation's server, whose tests start private clusters of
# their own), then `npm ci`.
set -euo pipefail
cd "$(dirname "$0")/.."

packages=(libreoffice-calc-nogui python3-uno python3-openpyxl chromium poppler-utils postgresql)
missing=()
for p in "${packages[@]}"; do dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p"); done
if [ ${#missing[@]} -gt 0 ]; then
  sudo=""
  [ "$(id -u)" = 0 ] || sudo="sudo"
  export DEBIAN_FRONTEND=noninteractive
  $sudo apt-get update -qq
  $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

npm ci --no-audit --no-fund
