#!/usr/bin/env bash
# Issue 4's bar: the selection pipeline stays responsive with 70,000 applications on one activity
# and 3 reviews each, on MariaDB/MySQL. Seeds applicants and applications in SQL, then times the
# API a manager and a reviewer use. Usage: bench/selection.sh   (docs/benchmarks.md)
set -euo pipefail
cd "$(dirname "$0")/.."
PORT="${BENCH_PORT:-18092}"
APPLICANTS="${BENCH_APPLICANTS:-70000}"
REVIEWERS="${BENCH_REVIEWERS:-30}"
DB=campus_selection
# A throwaway signing key for this run's own database, never a fixed one.
SECRET=$(head -c 48 /dev/urandom | base64 | tr -dc A-Za-z0-9)
JAR=$(ls backend/target/backend-*.jar 2>/dev/null | grep -v '/original-' | head -1 || true)
[ -n "$JAR" ] || { ./mvnw -q -B -DskipTests package; JAR=$(ls backend/target/backend-*.jar | grep -v '/original-' | head -1); }
NODE=$(command -v node || echo frontend/node/node)
SQL="mariadb -h127.0.0.1 -uroot $DB"

mariadb -h127.0.0.1 -uroot -e "DROP DATABASE IF EXISTS $DB; CREATE DATABASE $DB CHARACTER SET utf8mb4"
DATA=$(mktemp -d)
export DATASOURCES_DEFAULT_URL="jdbc:mysql://127.0.0.1:3306/$DB" DATASOURCES_DEFAULT_USERNAME=root DATASOURCES_DEFAULT_PASSWORD=
export CAMPUS_JWT_SECRET="$SECRET" CAMPUS_DATA_DIR="$DATA" MICRONAUT_SERVER_PORT="$PORT"
export CAMPUS_ADMIN_EMAIL=selection-admin@example.org CAMPUS_ADMIN_PASSWORD='selection benchmark administrator'
java -jar "$JAR" > "$DATA/server.log" 2>&1 &
PID=$!
trap 'kill $PID 2>/dev/null; wait $PID 2>/dev/null; cp "$DATA/server.log" /tmp/selection-server.log; rm -rf "$DATA"' EXIT
until curl -sf "http://localhost:$PORT/health" >/dev/null; do sleep 0.2; done

export BASE="http://localhost:$PORT" SECRET APPLICANTS
ACTIVITY=$("$NODE" bench/selection.mjs setup)
echo "activity $ACTIVITY: seeding $APPLICANTS applicants with profiles and sent applications, and $REVIEWERS reviewers"
SEEDED=$(date +%s.%N)
$SQL <<SQL
SET @now = UTC_TIMESTAMP(6);
SET @hash = (SELECT password_hash FROM app_user LIMIT 1);
CREATE TEMPORARY TABLE n (i INT PRIMARY KEY);
INSERT INTO n SELECT a.d + 10 * b.d + 100 * c.d + 1000 * d.d + 10000 * e.d + 1
  FROM (SELECT 0 d UNION SELECT 1 UNION SELECT 2 UNION SELECT 3 UNION SELECT 4 UNION SELECT 5 UNION SELECT 6 UNION SELECT 7 UNION SELECT 8 UNION SELECT 9) a,
       (SELECT 0 d UNION SELECT 1 UNION SELECT 2 UNION SELECT 3 UNION SELECT 4 UNION SELECT 5 UNION SELECT 6 UNION SELECT 7 UNION SELECT 8 UNION SELECT 9) b,
       (SELECT 0 d UNION SELECT 1 UNION SELECT 2 UNION SELECT 3 UNION SELECT 4 UNION SELECT 5 UNION SELECT 6 UNION SELECT 7 UNION SELECT 8 UNION SELECT 9) c,
       (SELECT 0 d UNION SELECT 1 UNION SELECT 2 UNION SELECT 3 UNION SELECT 4 UNION SELECT 5 UNION SELECT 6 UNION SELECT 7 UNION SELECT 8 UNION SELECT 9) d,
       (SELECT 0 d UNION SELECT 1 UNION SELECT 2 UNION SELECT 3 UNION SELECT 4 UNION SELECT 5 UNION SELECT 6 UNION SELECT 7 UNION SELECT 8 UNION SELECT 9) e;
CREATE TEMPORARY TABLE places (k INT PRIMARY KEY, code CHAR(2));
INSERT INTO places VALUES (0,'NP'),(1,'BD'),(2,'IN'),(3,'SN'),(4,'KE'),(5,'NG'),(6,'GH'),(7,'PE'),(8,'CO'),(9,'FJ'),(10,'KH'),(11,'RW');
INSERT INTO app_user (email, password_hash, display_name, locale, enabled, created_at, updated_at)
  SELECT CONCAT('applicant', i, '@example.org'), @hash, CONCAT('Applicant ', i), ELT(1 + i MOD 3, 'en', 'fr', 'es'), 1, @now, @now
  FROM n WHERE i <= $APPLICANTS;
INSERT INTO user_role (user_id, role) SELECT id, 'PARTICIPANT' FROM app_user WHERE email LIKE 'applicant%';
INSERT INTO profile (user_id, country_code, gender, women_led, updated_at)
  SELECT u.id, p.code, IF(u.id MOD 10 = 0, 'MALE', 'FEMALE'), 1, @now
  FROM app_user u JOIN places p ON p.k = u.id MOD 12 WHERE u.email LIKE 'applicant%';
INSERT INTO application (activity_id, user_id, status, answers, country_code, gender, submitted_at, created_at, updated_at)
  SELECT $ACTIVITY, p.user_id, 'APPLIED',
         CONCAT('{"businessName":"Business ', p.user_id, '","plan":"Grow exports to ', p.country_code, '","sector":"crafts","exports":true}'),
         p.country_code, p.gender, @now, @now, @now
  FROM profile p JOIN app_user u ON u.id = p.user_id WHERE u.email LIKE 'applicant%';
INSERT INTO app_user (email, password_hash, display_name, locale, enabled, created_at, updated_at)
  SELECT CONCAT('reviewer', i, '@example.org'), @hash, CONCAT('Reviewer ', i), 'en', 1, @now, @now FROM n WHERE i <= $REVIEWERS;
INSERT INTO user_role (user_id, role) SELECT id, 'TRAINER' FROM app_user WHERE email LIKE 'reviewer%';
INSERT INTO session_family (family_id, user_id, created_at) SELECT UUID(), id, @now FROM app_user WHERE email LIKE 'reviewer%';
SQL
echo "seeded in $(echo "$(date +%s.%N) - $SEEDED" | bc | xargs printf '%.0f') s"
$SQL -N -e "SELECT f.user_id, f.family_id FROM session_family f JOIN app_user u ON u.id = f.user_id WHERE u.email LIKE 'reviewer%'" > "$DATA/reviewers.tsv"

ACTIVITY="$ACTIVITY" REVIEWERS_FILE="$DATA/reviewers.tsv" SCORE_SQL="$SQL" "$NODE" bench/selection.mjs measure
echo "backend resident memory after the run: $(( $(ps -o rss= -p $PID) / 1024 )) MB (heap: the JVM's default, a quarter of RAM)"
