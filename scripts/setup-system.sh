#!/usr/bin/env bash
# Installs the Debian packages the test suite needs (headless Chromium for the HTML view tests).
# Idempotent: does nothing when they are present. Needs root (as on the project's machines and CI).
set -euo pipefail
need=()
command -v chromium >/dev/null 2>&1 || need+=(chromium)
# fonts so that Vietnamese labels render in screenshots
[ -d /usr/share/fonts/truetype/dejavu ] || need+=(fonts-dejavu-core)
if [ ${#need[@]} -gt 0 ]; then
  if [ "$(id -u)" != 0 ]; then
    echo "setup-system: please install as root: apt-get install -y ${need[*]}" >&2
    exit 1
  fi
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi
echo "setup-system: chromium $(chromium --version 2>/dev/null | awk '{print $2}') ready"
