#!/usr/bin/env bash
# wrk, the load generator bench/bench_intake_load.py drives the server with (Debian package).
# Installs it when missing and we may (root); otherwise says what to run.
set -euo pipefail
if command -v wrk >/dev/null; then
  exit 0
fi
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null; then
  apt-get update -qq && apt-get install -y -qq --no-install-recommends wrk
else
  echo "the intake load benchmark needs: sudo apt-get install -y --no-install-recommends wrk" >&2
fi
