#!/usr/bin/env bash
# Issue 6: outcome figures are aggregated in the database. Seeds a programme of ten activities with
# participants, enrolments, baseline and endline answers and milestone records in SQL, then times
# the programme's and an activity's figures on MariaDB/MySQL. Usage: bench/outcomes.sh
# (BENCH_PEOPLE, default 50000; docs/benchmarks.md)
set -euo pipefail
cd "$(dirname "$0")/.."
PORT="${BENCH_PORT:-18093}"
PEOPLE="${BENCH_PEOPLE:-50000}"
DB=campus_outcomes
# A throwaway signing key for this run's own database, never a fixed one.
SECRET=$(head -c 48 /dev/urandom | base64 | tr -dc A-Za-z0-9)
JAR=$(ls backend/target/backend-*.jar 2>/dev/null | grep -v '/original-' | head -1 || true)
[ -n "$JAR" ] || { ./mvnw -q -B -DskipTests package; JAR=$(ls backend/target/backend-*.jar | grep -v '/original-' | head -1); }
NODE=$(command -v node || echo frontend/node/node)
SQL="mariadb -h127.0.0.1 -uroot $DB"

mariadb -h127.0.0.1 -uroot -e "DROP DATABASE IF EXISTS $DB; CREATE DATABASE $DB CHARACTER SET utf8mb4"
DATA=$(mktemp -d)
export DATASOURCES_DEFAULT_URL="jdbc:mysql://127.0.0.1:3306/$DB" DATASOURCES_DEFAULT_USERNAME=root DATASOURCES_DEFAULT_PASSWORD=
export CAMPUS_JWT_SECRET="$SECRET" CAMPUS_DATA_DIR="$DATA" MICRONAUT_SERVER_PORT="$PORT" CAMPUS_SURVEYS_NOTICE_INTERVAL=1000d
export CAMPUS_ADMIN_EMAIL=outcomes-admin@example.org CAMPUS_ADMIN_PASSWORD='outcomes benchmark administrator'
java -jar "$JAR" > "$DATA/server.log" 2>&1 &
PID=$!
trap 'kill $PID 2>/dev/null; wait $PID 2>/dev/null || true; cp "$DATA/server.log" /tmp/outcomes-server.log; rm -rf "$DATA"' EXIT
until curl -sf "http://localhost:$PORT/health" >/dev/null; do sleep 0.2; done

export BASE="http://localhost:$PORT"
SETUP=$("$NODE" bench/outcomes.mjs setup)
field() { "$NODE" -e "const s = JSON.parse(process.argv[1]); console.log($1)" "$SETUP"; }
PROGRAMME=$(field 's.programme')
MILESTONE=$(field 's.milestone')
SALES=$(field 's.sales')
EXPORTING=$(field 's.exporting')
SURVEYS=$(field "s.activities.map((a, i) => '(' + i + ',' + a.id + ',' + a.BASELINE + ',' + a.ENDLINE + ')').join(',')")
FIRST_ACTIVITY=$(field 's.activities[5].id')
echo "programme $PROGRAMME: seeding $PEOPLE people, their enrolments, survey answers and milestones"
SEEDED=$(date +%s.%N)
$SQL <<SQL
SET @now = UTC_TIMESTAMP(6);
SET @hash = (SELECT password_hash FROM app_user LIMIT 1);
CREATE TEMPORARY TABLE n (i INT PRIMARY KEY);
INSERT INTO n SELECT a.d + 10 * b.d + 100 * c.d + 1000 * d.d + 10000 * e.d + 100000 * f.d + 1
  FROM (SELECT 0 d UNION SELECT 1 UNION SELECT 2 UNION SELECT 3 UNION SELECT 4 UNION SELECT 5 UNION SELECT 6 UNION SELECT 7 UNION SELECT 8 UNION SELECT 9) a,
       (SELECT 0 d UNION SELECT 1 UNION SELECT 2 UNION SELECT 3 UNION SELECT 4 UNION SELECT 5 UNION SELECT 6 UNION SELECT 7 UNION SELECT 8 UNION SELECT 9) b,
       (SELECT 0 d UNION SELECT 1 UNION SELECT 2 UNION SELECT 3 UNION SELECT 4 UNION SELECT 5 UNION SELECT 6 UNION SELECT 7 UNION SELECT 8 UNION SELECT 9) c,
       (SELECT 0 d UNION SELECT 1 UNION SELECT 2 UNION SELECT 3 UNION SELECT 4 UNION SELECT 5 UNION SELECT 6 UNION SELECT 7 UNION SELECT 8 UNION SELECT 9) d,
       (SELECT 0 d UNION SELECT 1 UNION SELECT 2 UNION SELECT 3 UNION SELECT 4 UNION SELECT 5 UNION SELECT 6 UNION SELECT 7 UNION SELECT 8 UNION SELECT 9) e,
       (SELECT 0 d UNION SELECT 1 UNION SELECT 2 UNION SELECT 3 UNION SELECT 4 UNION SELECT 5 UNION SELECT 6 UNION SELECT 7 UNION SELECT 8 UNION SELECT 9) f;
CREATE TEMPORARY TABLE places (k INT PRIMARY KEY, code CHAR(2));
INSERT INTO places VALUES (0,'NP'),(1,'BD'),(2,'IN'),(3,'SN'),(4,'KE'),(5,'NG'),(6,'GH'),(7,'PE'),(8,'CO'),(9,'FJ'),(10,'KH'),(11,'RW'),(12,'MN'),(13,'HT');
CREATE TEMPORARY TABLE surveys (k INT PRIMARY KEY, activity_id BIGINT, baseline BIGINT, endline BIGINT);
INSERT INTO surveys VALUES $SURVEYS;
INSERT INTO app_user (email, password_hash, display_name, locale, enabled, created_at, updated_at)
  SELECT CONCAT('person', i, '@example.org'), @hash, CONCAT('Person ', i), 'en', 1, @now, @now FROM n WHERE i <= $PEOPLE;
CREATE TEMPORARY TABLE people (i INT PRIMARY KEY, user_id BIGINT);
INSERT INTO people SELECT CAST(SUBSTRING(email, 7, LOCATE('@', email) - 7) AS UNSIGNED), id FROM app_user WHERE email LIKE 'person%';
INSERT INTO user_role (user_id, role) SELECT user_id, 'PARTICIPANT' FROM people;
INSERT INTO profile (user_id, country_code, gender, updated_at)
  SELECT p.user_id, c.code, IF(p.i MOD 5 = 0, 'MALE', 'FEMALE'), @now FROM people p JOIN places c ON c.k = p.i MOD 14;
-- Everyone in one activity; every fourth person in a second one.
CREATE TEMPORARY TABLE seat (user_id BIGINT, k INT, i INT, PRIMARY KEY (user_id, k));
INSERT INTO seat SELECT user_id, i MOD 10, i FROM people;
INSERT INTO seat SELECT user_id, (i + 3) MOD 10, i FROM people WHERE i MOD 4 = 0;
INSERT INTO enrolment (activity_id, user_id, status, active, created_at, updated_at)
  SELECT s.activity_id, t.user_id, IF(t.i MOD 3 = 0, 'COMPLETED', 'ENROLLED'), IF(t.i MOD 3 = 0, NULL, 1), @now, @now
  FROM seat t JOIN surveys s ON s.k = t.k;
-- Four in five answer the baseline, three in five the endline.
INSERT INTO survey_response (activity_survey_id, user_id, answers, submitted_at, updated_at)
  SELECT s.baseline, t.user_id, '{}', @now - INTERVAL 90 DAY, @now FROM seat t JOIN surveys s ON s.k = t.k WHERE t.i MOD 5 <> 1;
INSERT INTO survey_response (activity_survey_id, user_id, answers, submitted_at, updated_at)
  SELECT s.endline, t.user_id, '{}', @now - INTERVAL 10 DAY, @now FROM seat t JOIN surveys s ON s.k = t.k WHERE t.i MOD 5 IN (0, 2, 3);
INSERT INTO survey_answer_value (response_id, indicator_id, programme_id, activity_id, user_id, kind, answer_value, answered_at)
  SELECT r.id, $SALES, $PROGRAMME, s.activity_id, r.user_id, IF(r.activity_survey_id = s.baseline, 'BASELINE', 'ENDLINE'),
         100 + (r.user_id MOD 400) + IF(r.activity_survey_id = s.baseline, 0, 150), r.submitted_at
  FROM survey_response r JOIN surveys s ON r.activity_survey_id IN (s.baseline, s.endline);
INSERT INTO survey_answer_value (response_id, indicator_id, programme_id, activity_id, user_id, kind, answer_value, answered_at)
  SELECT r.id, $EXPORTING, $PROGRAMME, s.activity_id, r.user_id, IF(r.activity_survey_id = s.baseline, 'BASELINE', 'ENDLINE'),
         IF(r.user_id MOD IF(r.activity_survey_id = s.baseline, 5, 3) = 0, 1, 0), r.submitted_at
  FROM survey_response r JOIN surveys s ON r.activity_survey_id IN (s.baseline, s.endline);
-- A first online sale for half the SMEs of the two accelerator cohorts.
INSERT INTO milestone_record (milestone_id, activity_id, user_id, achieved_on, status, recorded_by, created_at)
  SELECT $MILESTONE, s.activity_id, t.user_id, CURRENT_DATE - INTERVAL (t.i MOD 300) DAY, 'VALIDATED', t.user_id, @now
  FROM seat t JOIN surveys s ON s.k = t.k WHERE t.k < 2 AND t.i MOD 2 = 0;
ANALYZE TABLE enrolment, profile, survey_answer_value, milestone_record;
SQL
echo "seeded in $(echo "$(date +%s.%N) - $SEEDED" | bc | xargs printf '%.0f') s: $($SQL -N -e 'SELECT COUNT(*) FROM enrolment') enrolments, $($SQL -N -e 'SELECT COUNT(*) FROM survey_answer_value') answer values, $($SQL -N -e 'SELECT COUNT(*) FROM milestone_record') milestone records"

PROGRAMME="$PROGRAMME" ACTIVITY="$FIRST_ACTIVITY" ACTIVITIES=10 "$NODE" bench/outcomes.mjs measure
echo "backend resident memory after the run: $(( $(ps -o rss= -p $PID) / 1024 )) MB"
