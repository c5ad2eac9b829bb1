#!/usr/bin/env bash
# Re-scoring a national-size cycle from PostgreSQL vs one SQL aggregate pass over the same answers, in one run.
# Needs: a JDK, a PostgreSQL server reachable as postgres@127.0.0.1:5432 (trust), psql, curl, jq, python3.
# Usage: bench/scoring-db/run.sh [rounds]   (default 15 measured rounds after 5 warm-up calls)
set -euo pipefail
cd "$(dirname "$0")/../.."
rounds=${1:-15}
db=patuh_bench
port=${PATUH_BENCH_PORT:-18765}
user=bench.admin
password=bench-admin-password
work=$(mktemp -d)
trap 'kill "$app" 2>/dev/null || true; rm -rf "$work"' EXIT
psqlq() { psql -h 127.0.0.1 -U postgres -X -q -v ON_ERROR_STOP=1 "$@"; }

if curl -s -o /dev/null "http://localhost:$port/"; then echo "port $port is in use; set PATUH_BENCH_PORT" >&2; exit 2; fi
[ -f target/patuh-0.1.0-SNAPSHOT.jar ] || ./mvnw -q -DskipTests package
psqlq -d postgres -c "drop database if exists $db with (force)" -c "create database $db"

PATUH_DB_URL="jdbc:postgresql://127.0.0.1:5432/$db" PATUH_DB_USER=postgres PATUH_DEMO_DATA=false \
PATUH_ADMIN_USERNAME=$user PATUH_ADMIN_PASSWORD=$password PORT=$port \
  java -Xmx1g -jar target/patuh-0.1.0-SNAPSHOT.jar > "$work/app.log" 2>&1 &
app=$!
for _ in $(seq 1 90); do curl -sf "http://localhost:$port/actuator/health" >/dev/null && break; sleep 1; done
kill -0 "$app" || { cat "$work/app.log" >&2; exit 1; }
api() { curl -sf -u "$user:$password" -H 'Content-Type: application/json' "$@"; }
# A personal API token, as integrations use: HTTP Basic would add an Argon2 password check to every call.
token=$(psqlq -d $db -At -c "select 'patuh_bench_' || md5(random()::text)")
psqlq -d $db -c "insert into api_tokens (user_id, name, token_hash, token_prefix)
  select id, 'bench', encode(sha256(convert_to('$token', 'UTF8')), 'hex'), 'patuh_bench' from users where username = '$user'"

# 587 entities (every regional government and the first 35 ministries/agencies) x 7 units = 4,109 units.
source bench/national-cycle.sh
national_cycle $db "http://localhost:$port" "$work"
psqlq -d $db -c "vacuum analyze answers"
answers=$(psqlq -d $db -At -c "select count(*) from answers")

aggregate_ms() {
  psqlq -d $db -At <<'SQL' | sed -n 's/^Time: \([0-9.]*\) ms.*/\1/p'
\o /dev/null
\timing on
select entity_code, unit_code, indicator_code, avg(level) from answers where year = 2024 group by 1, 2, 3;
SQL
}
rescore_ms() {
  curl -s -o /dev/null -w '%{time_total}\n' -H "Authorization: Bearer $token" "http://localhost:$port/api/v1/cycles/2024/results" \
    | awk '{printf "%.1f\n", $1 * 1000}'
}
for _ in 1 2 3 4 5; do rescore_ms >/dev/null; aggregate_ms >/dev/null; done
: > "$work/sql.txt"; : > "$work/rescore.txt"
for _ in $(seq 1 "$rounds"); do aggregate_ms >> "$work/sql.txt"; rescore_ms >> "$work/rescore.txt"; done
median() { sort -n "$1" | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'; }
sql=$(median "$work/sql.txt"); rescore=$(median "$work/rescore.txt")
entities=$(api "http://localhost:$port/api/v1/cycles/2024/results" | jq 'length')
complete=$(api "http://localhost:$port/api/v1/cycles/2024/results" | jq '[.[] | select(.complete)] | length')
echo "units=$(wc -l < "$work/units.csv") answers=$answers entities=$entities complete=$complete rounds=$rounds"
echo "sql_aggregate_median_ms=$sql rescore_from_postgresql_median_ms=$rescore ratio=$(awk -v a="$rescore" -v b="$sql" 'BEGIN {printf "%.2f", a / b}') (target <= 1.5)"
