#!/usr/bin/env bash
# Issue 7's bar: the participation report with any single groupBy, on MySQL-protocol storage, over
# 200,000 people, 1,000,000 enrolments and 5,000,000 attendance marks, skewed toward ten large
# online courses (two enrolments in five). Seeds everything in SQL, then times the report as an administrator.
# Usage: bench/participation.sh  (BENCH_PEOPLE, BENCH_ENROLMENTS, BENCH_MARKS_PER_ENROLMENT, BENCH_CHANGED;
# BENCH_REUSE=1 keeps the database a previous run seeded; docs/benchmarks.md)
set -euo pipefail
cd "$(dirname "$0")/.."
PORT="${BENCH_PORT:-18094}"
PEOPLE="${BENCH_PEOPLE:-200000}"
ENROLMENTS="${BENCH_ENROLMENTS:-1000000}"
MARKS="${BENCH_MARKS_PER_ENROLMENT:-5}"
CHANGED="${BENCH_CHANGED:-2000}"
REUSE="${BENCH_REUSE:-0}"
DB=campus_participation
# A throwaway signing key for this run's own database, never a fixed one.
SECRET=$(head -c 48 /dev/urandom | base64 | tr -dc A-Za-z0-9)
JAR=$(ls backend/target/backend-*.jar 2>/dev/null | grep -v '/original-' | head -1 || true)
[ -n "$JAR" ] || { ./mvnw -q -B -DskipTests package; JAR=$(ls backend/target/backend-*.jar | grep -v '/original-' | head -1); }
NODE=$(command -v node || echo frontend/node/node)
SQL="mariadb -h127.0.0.1 -uroot $DB"

[ "$REUSE" = 1 ] && $SQL -e 'SELECT 1 FROM participation_state' >/dev/null 2>&1 || REUSE=0
[ "$REUSE" = 1 ] || mariadb -h127.0.0.1 -uroot -e "DROP DATABASE IF EXISTS $DB; CREATE DATABASE $DB CHARACTER SET utf8mb4"
DATA=$(mktemp -d)
export DATASOURCES_DEFAULT_URL="jdbc:mysql://127.0.0.1:3306/$DB" DATASOURCES_DEFAULT_USERNAME=root DATASOURCES_DEFAULT_PASSWORD=
export CAMPUS_JWT_SECRET="$SECRET" CAMPUS_DATA_DIR="$DATA" MICRONAUT_SERVER_PORT="$PORT" CAMPUS_SURVEYS_NOTICE_INTERVAL=1000d
export CAMPUS_ADMIN_EMAIL=participation-admin@example.org CAMPUS_ADMIN_PASSWORD='participation benchmark administrator'
java -jar "$JAR" > "$DATA/server.log" 2>&1 &
PID=$!
trap 'kill $PID 2>/dev/null; wait $PID 2>/dev/null || true; cp "$DATA/server.log" /tmp/participation-server.log 2>/dev/null; rm -rf "$DATA"' EXIT
until curl -sf "http://localhost:$PORT/health" >/dev/null; do sleep 0.2; done

if [ "$REUSE" = 0 ]; then
echo "seeding $PEOPLE people, $ENROLMENTS enrolments in 400 activities (10 large online courses take two in five), $MARKS marks each"
SEEDED=$(date +%s.%N)
$SQL <<SQL
SET @now = UTC_TIMESTAMP(6);
SET @admin = (SELECT MIN(id) FROM app_user);
SET @hash = (SELECT password_hash FROM app_user WHERE id = @admin);
CREATE TABLE n (i INT PRIMARY KEY);
INSERT INTO n SELECT a.d + 10 * b.d + 100 * c.d + 1000 * d.d + 10000 * e.d + 100000 * f.d + 1
  FROM (SELECT 0 d UNION SELECT 1 UNION SELECT 2 UNION SELECT 3 UNION SELECT 4 UNION SELECT 5 UNION SELECT 6 UNION SELECT 7 UNION SELECT 8 UNION SELECT 9) a,
       (SELECT 0 d UNION SELECT 1 UNION SELECT 2 UNION SELECT 3 UNION SELECT 4 UNION SELECT 5 UNION SELECT 6 UNION SELECT 7 UNION SELECT 8 UNION SELECT 9) b,
       (SELECT 0 d UNION SELECT 1 UNION SELECT 2 UNION SELECT 3 UNION SELECT 4 UNION SELECT 5 UNION SELECT 6 UNION SELECT 7 UNION SELECT 8 UNION SELECT 9) c,
       (SELECT 0 d UNION SELECT 1 UNION SELECT 2 UNION SELECT 3 UNION SELECT 4 UNION SELECT 5 UNION SELECT 6 UNION SELECT 7 UNION SELECT 8 UNION SELECT 9) d,
       (SELECT 0 d UNION SELECT 1 UNION SELECT 2 UNION SELECT 3 UNION SELECT 4 UNION SELECT 5 UNION SELECT 6 UNION SELECT 7 UNION SELECT 8 UNION SELECT 9) e,
       (SELECT 0 d UNION SELECT 1 UNION SELECT 2 UNION SELECT 3 UNION SELECT 4 UNION SELECT 5 UNION SELECT 6 UNION SELECT 7 UNION SELECT 8 UNION SELECT 9) f;
-- Five programmes; 400 activities over three years, the first ten large online courses.
INSERT INTO programme (name, start_date, end_date, created_by, created_at)
  SELECT CONCAT('Programme ', i), '2024-01-01', '2026-12-31', @admin, @now FROM n WHERE i <= 5;
SET @first_programme = (SELECT MIN(id) FROM programme);
INSERT INTO activity (programme_id, type, title, delivery, language, start_date, end_date, time_zone, capacity, enrolment_policy,
                      status, created_by, created_at, updated_at)
  SELECT @first_programme + i MOD 5,
         IF(i <= 10, 'ONLINE_COURSE', ELT(1 + i MOD 4, 'MASTERCLASS', 'WORKSHOP', 'STUDY_TOUR', 'ACCELERATOR_COHORT')),
         CONCAT('Activity ', i), 'ONLINE', 'en', DATE '2024-01-01' + INTERVAL (i * 2) DAY, DATE '2024-01-01' + INTERVAL (i * 2 + 3) DAY,
         'UTC', 100000, 'OPEN', 'PUBLISHED', @admin, @now, @now
  FROM n WHERE i <= 400;
SET @first_activity = (SELECT MIN(id) FROM activity);
CREATE TABLE places (k INT PRIMARY KEY, code CHAR(2));
INSERT INTO places (k, code) SELECT ROW_NUMBER() OVER (ORDER BY code) - 1, code FROM country WHERE region_code IN ('002', '019', '142', '009') LIMIT 60;
SET @places = (SELECT COUNT(*) FROM places);
INSERT INTO app_user (email, password_hash, display_name, locale, enabled, created_at, updated_at)
  SELECT CONCAT('p', i, '@example.org'), @hash, CONCAT('Person ', i), 'en', 1, @now, @now FROM n WHERE i <= $PEOPLE;
SET @first_person = (SELECT MIN(id) FROM app_user WHERE email LIKE 'p%@example.org' AND email <> 'participation-admin@example.org');
INSERT INTO profile (user_id, country_code, gender, updated_at)
  SELECT u.id, pl.code, CASE WHEN u.id MOD 20 = 0 THEN NULL WHEN u.id MOD 10 < 7 THEN 'FEMALE' ELSE 'MALE' END, @now
  FROM app_user u JOIN places pl ON pl.k = (u.id * 7919) MOD @places WHERE u.id >= @first_person;
-- Enrolment i is person p = i mod PEOPLE in her round r = i div PEOPLE: her first two rounds in two of
-- the ten large courses, the others in smaller activities, never twice in one activity.
INSERT INTO enrolment (activity_id, user_id, status, active, created_at, updated_at)
  SELECT @first_activity + IF(r < 2, (p + r * 5) MOD 10, 10 + (p * 31 + r * 97) MOD 390), @first_person + p,
         IF(i MOD 3 = 0, 'COMPLETED', 'ENROLLED'), IF(i MOD 3 = 0, NULL, 1), @now, @now
  FROM (SELECT i, (i - 1) MOD $PEOPLE AS p, (i - 1) DIV $PEOPLE AS r FROM n WHERE i <= $ENROLMENTS) k;
INSERT INTO activity_session (activity_id, title, starts_at, ends_at)
  SELECT a.id, CONCAT('Session ', s.i), TIMESTAMP(a.start_date) + INTERVAL s.i HOUR, TIMESTAMP(a.start_date) + INTERVAL (s.i + 1) HOUR
  FROM activity a JOIN n s ON s.i <= $MARKS;
INSERT INTO attendance (session_id, enrolment_id, activity_id, user_id, status, marked_at, marked_by)
  SELECT s.id, e.id, e.activity_id, e.user_id, IF((e.id + s.id) MOD 4 = 0, 'ABSENT', 'PRESENT'), @now, @admin
  FROM enrolment e JOIN activity_session s ON s.activity_id = e.activity_id;
UPDATE enrolment e SET attended = 1
  WHERE EXISTS (SELECT 1 FROM attendance t WHERE t.enrolment_id = e.id AND t.status IN ('PRESENT', 'LATE'));
DROP TABLE n;
DROP TABLE places;
ANALYZE TABLE enrolment, profile, attendance, activity, country_group_member;
-- Loaded behind the platform's back: its participation facts are rebuilt from scratch.
UPDATE participation_state SET rebuild = 1;
SQL
echo "seeded in $(echo "$(date +%s.%N) - $SEEDED" | bc | xargs printf '%.0f') s: $($SQL -N -e 'SELECT COUNT(*) FROM enrolment') enrolments, $($SQL -N -e 'SELECT COUNT(*) FROM attendance') attendance marks"
fi
if [ "$($SQL -N -e 'SELECT rebuild FROM participation_state')" = 1 ]; then
  REBUILT=$(date +%s.%N)
  until [ "$($SQL -N -e 'SELECT rebuild FROM participation_state')" = 0 ]; do sleep 2; done
  echo "participation facts rebuilt from scratch in $(echo "$(date +%s.%N) - $REBUILT" | bc | xargs printf '%.0f') s (reports answer 503 meanwhile)"
fi
export BASE="http://localhost:$PORT" PROGRAMME=$($SQL -N -e 'SELECT MIN(id) FROM programme')
"$NODE" bench/participation.mjs
echo "$CHANGED people changed (as by enrolments, marks or profile edits), then a report that first catches up with them:"
$SQL -e "INSERT INTO participation_dirty (user_id) SELECT id FROM app_user ORDER BY id DESC LIMIT $CHANGED"
BENCH_ONLY_ONE=1 "$NODE" bench/participation.mjs
echo "backend resident memory after the run: $(( $(ps -o rss= -p $PID) / 1024 )) MB"
