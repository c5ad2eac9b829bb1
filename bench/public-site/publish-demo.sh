#!/usr/bin/env bash
# Determines and publishes the demo cycles 2023 and 2024 (synthetic scores, recorded directly, so every unit counts
# as verified) through the API as HQ, so the public results site has something to show. Idempotent: a cycle already
# determined answers 409 and is left as it is.
# Usage: bench/public-site/publish-demo.sh [base-url]   (default http://localhost:8080)
set -euo pipefail
BASE=${1:-http://localhost:8080}
for year in 2023 2024; do
  status=$(curl -s -o /tmp/publish-demo-$year.json -w '%{http_code}' -u admin.demo:demo-patuh-2026 \
    -H 'Content-Type: application/json' -X POST "$BASE/api/v1/cycles/$year/determination" \
    -d "{\"decreeNumber\":\"DEMO-$year\",\"decreeDate\":\"$year-12-01\",\"publishAt\":\"$year-12-14T09:00:00+07:00\"}")
  echo "$year: HTTP $status $(head -c 300 /tmp/publish-demo-$year.json)"
done
