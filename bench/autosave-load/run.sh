#!/usr/bin/env bash
# 200 simulated assessors autosaving answers against the running jar on a national-size PostgreSQL database.
# Needs what bench/scoring-db/run.sh needs; reuses its database (run that first) or creates it.
# Usage: bench/autosave-load/run.sh [assessors=200] [period_ms=2000] [seconds=60]
set -euo pipefail
cd "$(dirname "$0")/../.."
assessors=${1:-200}; period=${2:-2000}; seconds=${3:-60}
db=patuh_bench; port=${PATUH_BENCH_PORT:-18765}
work=$(mktemp -d)
trap 'kill "$app" 2>/dev/null || true; rm -rf "$work"' EXIT
psqlq() { psql -h 127.0.0.1 -U postgres -X -q -v ON_ERROR_STOP=1 "$@"; }
if ! psqlq -d $db -Atc "select count(*) from cycle_units where year = 2024" >/dev/null 2>&1; then
  echo "run bench/scoring-db/run.sh first: it creates the national-size database $db" >&2; exit 2
fi
if curl -s -o /dev/null "http://localhost:$port/"; then echo "port $port is in use; set PATUH_BENCH_PORT" >&2; exit 2; fi
[ -f target/patuh-0.1.0-SNAPSHOT.jar ] || ./mvnw -q -DskipTests package
PATUH_DB_URL="jdbc:postgresql://127.0.0.1:5432/$db" PATUH_DB_USER=postgres PATUH_DEMO_DATA=false PORT=$port \
  java -Xmx1g -jar target/patuh-0.1.0-SNAPSHOT.jar > "$work/app.log" 2>&1 &
app=$!
for _ in $(seq 1 90); do curl -sf "http://localhost:$port/actuator/health" >/dev/null && break; sleep 1; done
kill -0 "$app" || { cat "$work/app.log" >&2; exit 1; }
token=$(psqlq -d $db -At -c "select 'patuh_load_' || md5(random()::text)")
psqlq -d $db -c "insert into api_tokens (user_id, name, token_hash, token_prefix)
  select id, 'load', encode(sha256(convert_to('$token', 'UTF8')), 'hex'), 'patuh_load' from users where role = 'ADMIN' limit 1"
# Each simulated assessor gets a unit of its own with no review status, so saves are never refused as locked.
psqlq -d $db -At -F, -c "select entity_code, unit_code from cycle_units where year = 2024 order by random() limit $assessors" > "$work/units.csv"
# Warm up the JVM for 20 s at the same rate, then measure.
java bench/autosave-load/AutosaveLoad.java "http://localhost:$port" "$token" "$work/units.csv" "$assessors" "$period" 20 > /dev/null
java bench/autosave-load/AutosaveLoad.java "http://localhost:$port" "$token" "$work/units.csv" "$assessors" "$period" "$seconds"
