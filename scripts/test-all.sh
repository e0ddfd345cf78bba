#!/usr/bin/env bash
# `npm test`: every suite from one command. Installs what is missing (Chromium and CJK fonts,
# PostgreSQL), starts a throwaway PostgreSQL cluster on a free loopback port for the server and
# browser tests (PL_TEST_DATABASE_URL), runs the unit, server and browser tests, and stops the
# cluster at the end, also when a suite fails or the run is interrupted.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/ensure-browser.sh
bash scripts/ensure-postgres.sh

port="$(node -e 'const s = require("node:net").createServer(); s.listen(0, "127.0.0.1", () => { console.log(s.address().port); s.close() })')"
cleanup() { bash scripts/pg-throwaway.sh stop "$port" || true; }
trap cleanup EXIT
trap 'exit 130' INT TERM
url="$(bash scripts/pg-throwaway.sh start "$port" | sed -n 's/^DATABASE_URL=//p')"
[ -n "$url" ] || { echo "the throwaway PostgreSQL cluster did not start" >&2; exit 1; }
export PL_TEST_DATABASE_URL="$url"

npm run test:unit
npm run test:server
npm run test:e2e
