#!/usr/bin/env bash
# A national-size cycle (4,109 units, ~1M answers, as bench/scoring-db builds it) archived through the API and
# restored through the API into a second Patuh on an empty database, both under -Xmx512m; the restored results sheet
# must equal the source's. Needs: the jar (./mvnw -DskipTests package), a JDK, psql, curl, python3, and a PostgreSQL
# server as postgres@127.0.0.1:5432 (trust). Figures go to stdout; no target is set for archives in the issue.
set -euo pipefail
cd "$(dirname "$0")/../.."
src=patuh_bench_archive_src
dst=patuh_bench_archive_dst
port_src=${PORT_SRC:-18771}
port_dst=${PORT_DST:-18772}
user=bench.admin
password=bench-admin-password
work=$(mktemp -d)
trap 'kill "$app_src" "$app_dst" 2>/dev/null || true; rm -rf "$work"' EXIT
psqlq() { psql -h 127.0.0.1 -U postgres -X -q -v ON_ERROR_STOP=1 "$@"; }
[ -f target/patuh-0.1.0-SNAPSHOT.jar ] || ./mvnw -q -DskipTests package
cp target/patuh-0.1.0-SNAPSHOT.jar "$work/patuh.jar"

start() { # db port datadir log
  psqlq -d postgres -c "drop database if exists $1 with (force)" -c "create database $1"
  PATUH_DB_URL="jdbc:postgresql://127.0.0.1:5432/$1" PATUH_DB_USER=postgres PATUH_DEMO_DATA=false \
  PATUH_ADMIN_USERNAME=$user PATUH_ADMIN_PASSWORD=$password PORT=$2 PATUH_DATA_DIR=$3 \
    java -Xmx512m -Xlog:gc:file="$3.gc.log" -jar "$work/patuh.jar" > "$4" 2>&1 &
}
wait_up() { for _ in $(seq 1 90); do curl -sf "http://localhost:$1/actuator/health" >/dev/null && return; sleep 1; done; exit 1; }
api() { curl -sf -u "$user:$password" -H 'Content-Type: application/json' "$@"; }
heap() { grep -oE '[0-9]+M->[0-9]+M' "$1" | awk -F'->' '{sub("M","",$2); if ($2+0 > m) m = $2+0} END {print m " MB"}'; }

start $src $port_src "$work/src" "$work/src.log"; app_src=$!
wait_up $port_src
source bench/national-cycle.sh
national_cycle $src "http://localhost:$port_src" "$work"
psqlq -d $src -c "vacuum analyze answers"
echo "source: $(psqlq -d $src -At -c "select count(*) from cycle_units where year = 2024") units, $(psqlq -d $src -At -c "select count(*) from answers where year = 2024") answers"

echo "archive (GET /api/v1/cycles/2024/archive.zip):"
curl -s -u "$user:$password" -o "$work/archive.zip" -w '  HTTP %{http_code}, %{time_total} s, %{size_download} bytes\n' \
  "http://localhost:$port_src/api/v1/cycles/2024/archive.zip"

start $dst $port_dst "$work/dst" "$work/dst.log"; app_dst=$!
wait_up $port_dst
echo "restore into an empty database (POST /api/v1/archives):"
curl -s -u "$user:$password" -F file=@"$work/archive.zip" -o "$work/restored.json" \
  -w '  HTTP %{http_code}, %{time_total} s\n' "http://localhost:$port_dst/api/v1/archives"
head -c 160 "$work/restored.json"; echo

api "http://localhost:$port_src/api/v1/cycles/2024/results" > "$work/results-src.json"
api "http://localhost:$port_dst/api/v1/cycles/2024/results" > "$work/results-dst.json"
if cmp -s "$work/results-src.json" "$work/results-dst.json"; then echo "results sheets equal ($(wc -c < "$work/results-src.json") bytes)";
else echo "results sheets DIFFER"; exit 1; fi
echo "largest heap after a GC (-Xmx512m): source $(heap "$work/src.gc.log"), target $(heap "$work/dst.gc.log")"
