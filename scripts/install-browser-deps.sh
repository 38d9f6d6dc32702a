#!/usr/bin/env bash
# Debian's chromium (the browser tests never download a build of their own) and a font that draws
# Chinese (PDF reports, browser screenshots). Installs them when missing and we may (root); otherwise
# says what to run. `make test-fast` and `make test-slow` both run it.
set -euo pipefail
if dpkg -s chromium fonts-wqy-microhei >/dev/null 2>&1; then
  exit 0
fi
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null; then
  apt-get update -qq && apt-get install -y -qq --no-install-recommends chromium fonts-wqy-microhei
else
  echo "browser tests need: sudo apt-get install -y --no-install-recommends chromium fonts-wqy-microhei" >&2
fi
