#!/usr/bin/env bash
# A partner's file at the import's limit: 10,000 new participants into one activity, on MariaDB.
# Times the dry run and the confirmed import and checks the end state. Usage: bench/import.sh
set -euo pipefail
cd "$(dirname "$0")/.."
PORT="${BENCH_PORT:-18093}"
ROWS="${BENCH_ROWS:-10000}"
DB=campus_import
JAR=$(ls backend/target/backend-*.jar 2>/dev/null | grep -v '/original-' | head -1 || true)
[ -n "$JAR" ] || { ./mvnw -q -B -DskipTests package; JAR=$(ls backend/target/backend-*.jar | grep -v '/original-' | head -1); }
NODE=$(command -v node || echo frontend/node/node)

mariadb -h127.0.0.1 -uroot -e "DROP DATABASE IF EXISTS $DB; CREATE DATABASE $DB CHARACTER SET utf8mb4"
DATA=$(mktemp -d)
export DATASOURCES_DEFAULT_URL="jdbc:mysql://127.0.0.1:3306/$DB" DATASOURCES_DEFAULT_USERNAME=root DATASOURCES_DEFAULT_PASSWORD=
export CAMPUS_JWT_SECRET="$(head -c 48 /dev/urandom | base64 | tr -dc A-Za-z0-9)" CAMPUS_DATA_DIR="$DATA" MICRONAUT_SERVER_PORT="$PORT"
export CAMPUS_ADMIN_EMAIL=import-admin@example.org CAMPUS_ADMIN_PASSWORD='import benchmark administrator'
java -jar "$JAR" > "$DATA/server.log" 2>&1 &
PID=$!
trap 'kill $PID 2>/dev/null; wait $PID 2>/dev/null; cp "$DATA/server.log" /tmp/import-server.log; rm -rf "$DATA"' EXIT
until curl -sf "http://localhost:$PORT/health" >/dev/null; do sleep 0.2; done
BASE="http://localhost:$PORT" ROWS="$ROWS" "$NODE" bench/import.mjs
echo "database check: $(mariadb -h127.0.0.1 -uroot -N $DB -e "SELECT CONCAT(COUNT(*), ' enrolments, ', (SELECT COUNT(*) FROM invitation), ' invitations, ', (SELECT COUNT(*) FROM outbox_email), ' e-mails queued') FROM enrolment")"
echo "backend resident memory after the run: $(( $(ps -o rss= -p $PID) / 1024 )) MB"
