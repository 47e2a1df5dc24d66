#!/usr/bin/env bash
# The BRIEF's quality bar: 2,000 simultaneous enrolment requests from 2,000 participants on a
# 25-seat activity, on MariaDB/MySQL. Checks the end state and prints requests per second and
# latency percentiles. Usage: bench/enrolment-burst.sh   (docs/benchmarks.md)
set -euo pipefail
cd "$(dirname "$0")/.."
PORT="${BENCH_PORT:-18091}"
PEOPLE="${BENCH_PEOPLE:-2000}"
SEATS="${BENCH_SEATS:-25}"
DB=campus_burst
# A throwaway signing key for this run's own database, never a fixed one.
SECRET=$(head -c 48 /dev/urandom | base64 | tr -dc A-Za-z0-9)
JAR=$(ls backend/target/backend-*.jar 2>/dev/null | grep -v '/original-' | head -1 || true)
[ -n "$JAR" ] || { ./mvnw -q -B -DskipTests package; JAR=$(ls backend/target/backend-*.jar | grep -v '/original-' | head -1); }
NODE=$(command -v node || echo frontend/node/node)

mariadb -h127.0.0.1 -uroot -e "DROP DATABASE IF EXISTS $DB; CREATE DATABASE $DB CHARACTER SET utf8mb4"
DATA=$(mktemp -d)
export DATASOURCES_DEFAULT_URL="jdbc:mysql://127.0.0.1:3306/$DB" DATASOURCES_DEFAULT_USERNAME=root DATASOURCES_DEFAULT_PASSWORD=
export CAMPUS_JWT_SECRET="$SECRET" CAMPUS_DATA_DIR="$DATA" MICRONAUT_SERVER_PORT="$PORT"
export CAMPUS_ADMIN_EMAIL=burst-admin@example.org CAMPUS_ADMIN_PASSWORD='burst benchmark administrator'
export DATASOURCES_DEFAULT_MAXIMUM_POOL_SIZE="${BENCH_POOL:-20}"
taskset -c 0 java -jar "$JAR" > "$DATA/server.log" 2>&1 &
PID=$!
trap 'kill $PID 2>/dev/null; wait $PID 2>/dev/null; cp "$DATA/server.log" /tmp/burst-server.log; rm -rf "$DATA"' EXIT
until curl -sf "http://localhost:$PORT/health" >/dev/null; do sleep 0.2; done

# Participants straight into the database (one shared password hash, one sign-in session each):
# 2,000 Argon2 sign-ins would measure hashing, not enrolment.
HASH=$(mariadb -h127.0.0.1 -uroot -N $DB -e "SELECT password_hash FROM app_user LIMIT 1")
{
  echo "SET @now = UTC_TIMESTAMP(6);"
  for i in $(seq 1 "$PEOPLE"); do
    echo "INSERT INTO app_user (email, password_hash, display_name, locale, enabled, created_at, updated_at) VALUES ('burst$i@example.org', '$HASH', 'Burst $i', 'en', 1, @now, @now);"
    echo "INSERT INTO user_role (user_id, role) VALUES (LAST_INSERT_ID(), 'PARTICIPANT');"
    echo "INSERT INTO session_family (family_id, user_id, created_at) VALUES (UUID(), LAST_INSERT_ID(), @now);"
  done
} | mariadb -h127.0.0.1 -uroot $DB
mariadb -h127.0.0.1 -uroot -N $DB -e "SELECT f.user_id, f.family_id FROM session_family f JOIN app_user u ON u.id = f.user_id WHERE u.email LIKE 'burst%'" > "$DATA/sessions.tsv"

BASE="http://localhost:$PORT" SECRET="$SECRET" SEATS="$SEATS" SESSIONS="$DATA/sessions.tsv" \
  taskset -c 1 "$NODE" bench/enrolment-burst.mjs

echo "database check:"
mariadb -h127.0.0.1 -uroot $DB -e "SELECT e.status, COUNT(*) AS people, COUNT(DISTINCT e.waitlist_seq) AS distinct_places
  FROM enrolment e JOIN activity a ON a.id = e.activity_id WHERE a.title = 'Burst masterclass' GROUP BY e.status"
