#!/usr/bin/env bash
# The server tests need PostgreSQL's programs (initdb, pg_ctl; Debian's `postgresql`, 15 or later).
# Installs them from apt when missing, without creating or starting Debian's default cluster:
# the tests start their own throwaway one (scripts/pg-throwaway.sh). Does nothing when installed.
set -euo pipefail
if ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then
  exit 0
fi
echo "Installing postgresql from Debian (needs root)…"
sudo_cmd=()
[ "$(id -u)" -eq 0 ] || sudo_cmd=(sudo)
export DEBIAN_FRONTEND=noninteractive
if [ ! -e /etc/postgresql-common/createcluster.conf ]; then
  "${sudo_cmd[@]}" mkdir -p /etc/postgresql-common
  echo 'create_main_cluster = false' | "${sudo_cmd[@]}" tee /etc/postgresql-common/createcluster.conf >/dev/null
fi
"${sudo_cmd[@]}" apt-get update -qq
"${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends postgresql >/dev/null
