#!/usr/bin/env bash
# The rankings page against nginx serving the very same HTML bytes from a file, with wrk, in one run.
# Target: Patuh reaches >= 40% of nginx's requests/s, with p99 <= 25 ms at 64 connections.
# Needs Patuh running at BASE with a published cycle (bench/public-site/publish-demo.sh), nginx and wrk.
# Usage: bench/public-site/run.sh [base-url] [path] [seconds]
set -euo pipefail
BASE=${1:-http://localhost:8080}
PAGE=${2:-/hasil/2024}
SECONDS_EACH=${3:-20}
NGINX_PORT=${NGINX_PORT:-18093}
WORK=$(mktemp -d)
chmod 755 "$WORK"
mkdir -p "$WORK/root/hasil" "$WORK/logs"
curl -sf "$BASE$PAGE" -o "$WORK/root/hasil/page.html"
BYTES=$(stat -c %s "$WORK/root/hasil/page.html")
cat > "$WORK/nginx.conf" <<CONF
worker_processes auto;
pid $WORK/nginx.pid;
error_log $WORK/logs/error.log;
events { worker_connections 1024; }
http {
  access_log off;
  sendfile on;
  keepalive_requests 1000000;
  default_type text/html;
  client_body_temp_path $WORK/logs; proxy_temp_path $WORK/logs; fastcgi_temp_path $WORK/logs;
  uwsgi_temp_path $WORK/logs; scgi_temp_path $WORK/logs;
  server { listen 127.0.0.1:$NGINX_PORT; root $WORK/root; location / { etag on; } }
}
CONF
nginx -c "$WORK/nginx.conf"
trap 'kill $(cat $WORK/nginx.pid) 2>/dev/null; rm -rf $WORK' EXIT
echo "page $PAGE: $BYTES bytes; wrk -t2 -c64 -d${SECONDS_EACH}s; warm-up 5 s each"
wrk -t2 -c64 -d5s "$BASE$PAGE" > /dev/null
wrk -t2 -c64 -d5s "http://127.0.0.1:$NGINX_PORT/hasil/page.html" > /dev/null
summary() { awk '/Requests\/sec/ {rps=$2} /^ +99%/ {p99=$2} END {print rps, p99}'; }
read -r NGINX_RPS NGINX_P99 < <(wrk -t2 -c64 -d${SECONDS_EACH}s --latency "http://127.0.0.1:$NGINX_PORT/hasil/page.html" | tee "$WORK/nginx.txt" | summary)
read -r APP_RPS APP_P99 < <(wrk -t2 -c64 -d${SECONDS_EACH}s --latency "$BASE$PAGE" | tee "$WORK/app.txt" | summary)
echo "nginx  : $NGINX_RPS req/s, p99 $NGINX_P99"
echo "patuh  : $APP_RPS req/s, p99 $APP_P99"
python3 -c "print('ratio  : %.1f%% of nginx (target >= 40%%)' % (100 * $APP_RPS / $NGINX_RPS))"
grep -h "Non-2xx\|Socket errors" "$WORK/app.txt" "$WORK/nginx.txt" || true
