#!/usr/bin/env bash
# Bench: import 65,000 service-user interview rows from XLSX through the API (app under -Xmx512m) and, in the same
# run, time PostgreSQL COPY of the same rows as CSV. Needs: the jar (./mvnw -DskipTests package), java, curl, psql,
# and a PostgreSQL server reachable as PGHOST/PGUSER (default 127.0.0.1/postgres). Figures go to stdout.
set -euo pipefail
cd "$(dirname "$0")"
ROOT=$(cd ../.. && pwd)
ROWS=${ROWS:-65000}
UNITS=${UNITS:-100}
PORT=${PORT:-8093}
export PGHOST=${PGHOST:-127.0.0.1} PGUSER=${PGUSER:-postgres}
DB=patuh_bench_imports
INDICATORS="OUT.PM.01 OUT.PM.02 OUT.PM.03 OUT.PM.04 OUT.PM.05 OUT.PM.06 OUT.PM.07 OUT.PM.08"
M2=${M2:-$HOME/.m2/repository}
CP="$M2/org/dhatim/fastexcel/0.20.2/fastexcel-0.20.2.jar:$M2/com/github/rzymek/opczip/1.2.0/opczip-1.2.0.jar"

echo "generating $ROWS rows for $UNITS units"
java -cp "$CP" GenerateUserInterviews.java "$ROWS" "$UNITS" 2026 user-interviews $INDICATORS
java -cp "$CP" GenerateUserInterviews.java "$ROWS" "$UNITS" 2027 user-interviews-2 $INDICATORS
ls -l user-interviews.xlsx user-interviews.csv user-interviews-answers.csv | awk '{print "  " $5 " bytes  " $9}'

psql -q -d postgres -c "drop database if exists $DB" -c "create database $DB"
WORK=$(mktemp -d)
PATUH_DB_URL="jdbc:postgresql://$PGHOST:5432/$DB" PATUH_DB_USER=$PGUSER PATUH_DB_PASSWORD=${PGPASSWORD:-} \
PATUH_DEMO_DATA=true PATUH_DATA_DIR="$WORK" PORT=$PORT \
  java -Xmx512m -Xlog:gc:file="$WORK/gc.log" -jar "$ROOT"/target/patuh-*.jar > "$WORK/app.log" 2>&1 &
APP=$!
trap 'kill $APP 2>/dev/null || true' EXIT
# Wait for the start-up greeting: the demo cycles (2024 among them) are created after the port opens.
for _ in $(seq 1 180); do
  grep -q "Sign in at" "$WORK/app.log" && break
  kill -0 $APP 2>/dev/null || { echo "the application stopped:"; tail -20 "$WORK/app.log"; exit 1; }
  sleep 1
done
API="http://localhost:$PORT/api/v1"
AUTH=(-u admin.demo:demo-patuh-2026)
[ "$(curl -s -o /dev/null -w '%{http_code}' "${AUTH[@]}" "$API/cycles/2024")" = 200 ] || \
  curl -s "${AUTH[@]}" -H 'Content-Type: application/json' -d '{"year":2024,"methodologyId":"ombudsman-2022"}' "$API/cycles" > /dev/null
curl -fs "${AUTH[@]}" -F file=@registry.csv "$API/cycles/2024/imports/registry" | head -c 120; echo

echo "import through the API (XLSX, $ROWS rows), the first after start-up (cold JVM):"
curl -s "${AUTH[@]}" -F file=@user-interviews.xlsx -o "$WORK/report.json" \
  -w '  HTTP %{http_code}, %{time_total} s\n' "$API/cycles/2024/imports/user-interviews"
head -c 200 "$WORK/report.json"; echo
echo "a second file of $ROWS other rows for the same units (warm JVM; replaces the first file's answers):"
curl -s "${AUTH[@]}" -F file=@user-interviews-2.xlsx -o "$WORK/report2.json" \
  -w '  HTTP %{http_code}, %{time_total} s\n' "$API/cycles/2024/imports/user-interviews"
head -c 120 "$WORK/report2.json"; echo
IMPORT=$(curl -s "${AUTH[@]}" -F file=@user-interviews-2.xlsx -o /dev/null -w '%{time_total}' "$API/cycles/2024/imports/user-interviews")
echo "  the same file again (UNCHANGED): $IMPORT s"
psql -qAt -d $DB -c "select 'answers stored: ' || count(*) from answers where year = 2024 and unit_code like 'BENCH-%'"

echo "PostgreSQL COPY of the same rows (psql \\copy from the client, as the file travels to the API):"
COLS=$(for i in $INDICATORS; do printf ', %s smallint' "$(echo "$i" | tr 'A-Z.' 'a-z_')"; done)
psql -q -d $DB -c "create table bench_user_interviews (entity_code varchar(30), unit_code varchar(40), respondent int $COLS, primary key (entity_code, unit_code, respondent))" \
  -c "create table bench_answers (like answers including all)"
psql -d $DB -c '\timing on' -c "\\copy bench_user_interviews from 'user-interviews.csv' with (format csv)" | sed 's/^/  wide rows, one per respondent: /'
psql -d $DB -c '\timing on' -c "\\copy bench_answers (year, entity_code, unit_code, indicator_code, respondent, level, recorded_by) from 'user-interviews-answers.csv' with (format csv)" | sed 's/^/  answer rows, one per respondent and indicator: /'
echo "heap: -Xmx512m; largest heap after a GC in the run:"
grep -oE '[0-9]+M->[0-9]+M' "$WORK/gc.log" | awk -F'->' '{sub("M","",$2); if ($2+0 > m) m = $2+0} END {print "  " m " MB"}'
grep -E "rows (read|written)" "$WORK/app.log" | sed "s/^.*Import/  Import/"
psql -q -d postgres -c "drop database if exists $DB" 2>/dev/null || true
