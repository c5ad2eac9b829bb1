#!/usr/bin/env bash
# Bulk certificates and report cards for the whole country: 587 piagam + 587 rapor in one background job, timed.
# Needs: a JDK, a PostgreSQL server reachable as postgres@127.0.0.1:5432 (trust), psql, curl, jq, python3, unzip.
# Usage: bench/reports/run.sh [runs]   (default 2 national jobs on the same determined cycle)
# The data is bench/scoring-db's: 587 entities x 7 units, ~820,000 answers under ombudsman-2022, so every rapor
# carries real findings (indicators below the top, scored by the engine) besides the snapshot figures.
set -euo pipefail
cd "$(dirname "$0")/../.."
runs=${1:-2}
db=patuh_bench_reports
port=${PATUH_BENCH_PORT:-18766}
user=bench.admin
password=bench-admin-password
work=$(mktemp -d)
trap 'kill "$app" 2>/dev/null || true; rm -rf "$work"' EXIT
psqlq() { psql -h 127.0.0.1 -U postgres -X -q -v ON_ERROR_STOP=1 "$@"; }

if curl -s -o /dev/null "http://localhost:$port/"; then echo "port $port is in use; set PATUH_BENCH_PORT" >&2; exit 2; fi
[ "${SKIP_BUILD:-}" = 1 ] || ./mvnw -q -B -ntp -DskipTests package
psqlq -d postgres -c "drop database if exists $db with (force)" -c "create database $db"

PATUH_DB_URL="jdbc:postgresql://127.0.0.1:5432/$db" PATUH_DB_USER=postgres PATUH_DEMO_DATA=false \
PATUH_ADMIN_USERNAME=$user PATUH_ADMIN_PASSWORD=$password PORT=$port PATUH_DATA_DIR="$work/data" \
PATUH_PUBLIC_URL=https://patuh.ombudsman.go.id \
  java -Xmx1g -jar target/patuh-0.1.0-SNAPSHOT.jar > "$work/app.log" 2>&1 &
app=$!
for _ in $(seq 1 90); do curl -sf "http://localhost:$port/actuator/health" >/dev/null && break; sleep 1; done
kill -0 "$app" || { cat "$work/app.log" >&2; exit 1; }
token=$(psqlq -d $db -At -c "select 'patuh_bench_' || md5(random()::text)")
psqlq -d $db -c "insert into api_tokens (user_id, name, token_hash, token_prefix)
  select id, 'bench', encode(sha256(convert_to('$token', 'UTF8')), 'hex'), 'patuh_bench' from users where username = '$user'"
api() { curl -sf -H "Authorization: Bearer $token" -H 'Content-Type: application/json' "$@"; }

source bench/national-cycle.sh
national_cycle $db "http://localhost:$port" "$work"
# Offices verified every unit (the bench is about reports, not the review workflow).
psqlq -d $db -c "insert into unit_reviews (year, entity_code, unit_code, status, changed_by)
  select year, entity_code, unit_code, 'VERIFIED', 'bench' from cycle_units where year = 2024"
psqlq -d $db -c "vacuum analyze answers"
start=$(date +%s.%N)
api -X POST "http://localhost:$port/api/v1/cycles/2024/determination" \
  -d '{"decreeNumber":"1/BENCH/2024","decreeDate":"2024-12-10","publishAt":"2024-12-10T09:00:00+07:00"}' >/dev/null
echo "determination: $(awk -v s="$start" -v e="$(date +%s.%N)" 'BEGIN {printf "%.1f", e - s}') s"

single() {  # median of 5 single downloads of one document kind
  for _ in 1 2 3 4 5; do
    curl -s -o /dev/null -w '%{time_total}\n' -H "Authorization: Bearer $token" "http://localhost:$port/api/v1/cycles/2024/entities/36.01/$1"
  done | sort -n | sed -n 3p | awk '{printf "%.0f ms", $1 * 1000}'
}
for run in $(seq 1 "$runs"); do
  start=$(date +%s.%N)
  id=$(api -X POST "http://localhost:$port/api/v1/cycles/2024/report-bundles" -d '{}' | jq .id)
  while true; do
    job=$(api "http://localhost:$port/api/v1/report-bundles/$id")
    status=$(jq -r .status <<< "$job")
    [ "$status" = DONE ] && break
    [ "$status" = FAILED ] && { echo "job failed: $job" >&2; tail -50 "$work/app.log" >&2; exit 1; }
    sleep 0.5
  done
  seconds=$(awk -v s="$start" -v e="$(date +%s.%N)" 'BEGIN {printf "%.1f", e - s}')
  api "http://localhost:$port/api/v1/report-bundles/$id/download" -o "$work/bundle.zip"
  entries=$(unzip -Z1 "$work/bundle.zip" | wc -l)
  echo "run $run: national job $id: $(jq -r '.done' <<< "$job") documents ($entries in the ZIP, $(du -h "$work/bundle.zip" | cut -f1)) in $seconds s (target <= 60 s)"
done
echo "single rapor (36.01, 7 units, with findings): $(single rapor.pdf); single certificate: $(single certificate.pdf)"
echo "cores: $(nproc), java: $(java -version 2>&1 | head -1)"
