#!/bin/sh
# Installs the Debian 12 packages tocsin needs to build, test and demo.
# Used by `make demo`, `make check` (with --if-missing) and .ci/run.
# Run as root (or with sudo available). Idempotent: installs only what is missing.
set -eu
PKGS="build-essential iso-codes valgrind python3 libsqlite3-dev sqlite3"
# input formats (docs/input.md): PDF, OCR, HTML, JSONL readers and the test-PDF generator
PKGS="$PKGS pkg-config libpoppler-glib-dev libcairo2-dev libtesseract-dev tesseract-ocr-eng libxml2-dev libjansson-dev fonts-dejavu-core"
missing=""
for p in $PKGS; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing="$missing $p"
  fi
done
if [ -z "$missing" ]; then
  [ "${1:-}" = "--if-missing" ] || echo "install-deps: all packages present ($PKGS)"
  exit 0
fi
echo "install-deps: installing:$missing"
SUDO=""
if [ "$(id -u)" != 0 ]; then
  if command -v sudo >/dev/null 2>&1; then SUDO=sudo; else
    echo "install-deps: need root to install:$missing" >&2; exit 1; fi
fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -q
$SUDO apt-get install -y -q --no-install-recommends $missing
