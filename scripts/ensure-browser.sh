#!/usr/bin/env bash
# The browser tests need Debian's Chromium and CJK fonts (Playwright's own browser download is not
# reachable here). Installs them from apt when missing; does nothing when they are there.
set -euo pipefail
need=()
[ -x "${CHROMIUM_PATH:-/usr/bin/chromium}" ] || need+=(chromium)
# grep -q would stop reading early and, under pipefail, fail the pipeline: read all output instead.
fc-list : family 2>/dev/null | grep -i 'Noto Sans CJK' >/dev/null || need+=(fonts-noto-cjk fontconfig)
[ ${#need[@]} -eq 0 ] && exit 0
echo "Installing ${need[*]} from Debian (needs root)…"
sudo_cmd=()
[ "$(id -u)" -eq 0 ] || sudo_cmd=(sudo)
export DEBIAN_FRONTEND=noninteractive
"${sudo_cmd[@]}" apt-get update -qq
"${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
