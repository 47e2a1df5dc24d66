#!/usr/bin/env bash
# Benchmark of the walking skeleton's hot paths: start-up, memory, an authenticated read (GET
# /api/me, which checks the session and account in the database on every request) and sign-in
# (Argon2id on purpose costs CPU). Usage: bench/auth.sh [h2|mariadb]   (docs/benchmarks.md)
set -euo pipefail
cd "$(dirname "$0")/.."
DB="${1:-h2}"
PORT="${BENCH_PORT:-18090}"
WARMUP="${BENCH_WARMUP_SECONDS:-30}"
DURATION="${BENCH_SECONDS:-30}"
JAR=$(ls backend/target/backend-*.jar 2>/dev/null | grep -v '/original-' | head -1 || true)

command -v wrk >/dev/null || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk; }
[ -n "$JAR" ] || { ./mvnw -q -B -DskipTests package; JAR=$(ls backend/target/backend-*.jar | grep -v '/original-' | head -1); }

DATA=$(mktemp -d)
export CAMPUS_DATA_DIR="$DATA" MICRONAUT_SERVER_PORT="$PORT"
export CAMPUS_ADMIN_EMAIL=bench-admin@example.org CAMPUS_ADMIN_PASSWORD='benchmark administrator passphrase'
# Sign-in throttling would (rightly) stop a load test that signs in from one address.
export CAMPUS_SIGNIN_ACCOUNT_FAILURES=1000000 CAMPUS_SIGNIN_ADDRESS_FAILURES=1000000
if [ "$DB" = mariadb ]; then
  mariadb -h127.0.0.1 -uroot -e "DROP DATABASE IF EXISTS campus_bench; CREATE DATABASE campus_bench CHARACTER SET utf8mb4"
  export DATASOURCES_DEFAULT_URL=jdbc:mysql://127.0.0.1:3306/campus_bench DATASOURCES_DEFAULT_USERNAME=root DATASOURCES_DEFAULT_PASSWORD=
  export CAMPUS_JWT_SECRET="$(head -c 48 /dev/urandom | base64 | tr -dc A-Za-z0-9)"
fi

START=$(date +%s%N)
taskset -c 0 java -jar "$JAR" > "$DATA/server.log" 2>&1 &
PID=$!
trap 'kill $PID 2>/dev/null; wait $PID 2>/dev/null; rm -rf "$DATA"' EXIT
until curl -sf "http://localhost:$PORT/health" >/dev/null; do sleep 0.1; done
READY=$(( ($(date +%s%N) - START) / 1000000 ))
RSS_START=$(ps -o rss= -p $PID)

BASE="http://localhost:$PORT"
curl -sf -XPOST "$BASE/api/auth/register" -H 'Content-Type: application/json' \
  -d '{"email":"bench@example.org","password":"benchmark participant passphrase","displayName":"Bench","locale":"en"}' >/dev/null
TOKEN=$(curl -sf -XPOST "$BASE/api/auth/login" -H 'Content-Type: application/json' \
  -d '{"username":"bench@example.org","password":"benchmark participant passphrase"}' | sed 's/.*"access_token":"\([^"]*\)".*/\1/')

LOGIN_LUA="$DATA/login.lua"
cat > "$LOGIN_LUA" <<'LUA'
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.body = '{"username":"bench@example.org","password":"benchmark participant passphrase"}'
LUA

run() { # name, wrk args...
  local name=$1; shift
  taskset -c 1 wrk -t1 -c64 -d"${WARMUP}s" "$@" >/dev/null
  echo "--- $name"
  taskset -c 1 wrk -t1 -c64 -d"${DURATION}s" --latency "$@" | grep -E "Requests/sec|99%|Non-2xx|Socket errors" || true
}

echo "database: $DB; machine: $(nproc) cores, $(awk '/MemTotal/{printf "%.0f GiB", $2/1048576}' /proc/meminfo); $(date -u +%F)"
echo "start-up to first healthy answer: ${READY} ms; RSS after start: $((RSS_START / 1024)) MiB"
run "GET /api/me (bearer; session and account checked in the database)" -H "Authorization: Bearer $TOKEN" "$BASE/api/me"
run "GET /api/countries (248 rows, public)" "$BASE/api/countries"
run "POST /api/auth/login (Argon2id, 19 MiB, t=2)" -c4 -s "$LOGIN_LUA" "$BASE/api/auth/login"
echo "RSS after load: $(( $(ps -o rss= -p $PID) / 1024 )) MiB"
