// bench/selection.sh's client: `setup` creates the activity (prints its id); `measure` times the
// calls managers and reviewers make once the applications are in.
import { execSync } from 'node:child_process';
import { createHmac } from 'node:crypto';
import { readFileSync } from 'node:fs';

const { BASE, SECRET, ACTIVITY, REVIEWERS_FILE, SCORE_SQL } = process.env;
const b64 = (value) => Buffer.from(typeof value === 'string' ? value : JSON.stringify(value)).toString('base64url');
const token = (userId, sessionId, roles) => {
  const now = Math.floor(Date.now() / 1000);
  const body = `${b64({ alg: 'HS256' })}.${b64({ sub: userId, sid: sessionId, roles, iat: now, nbf: now, exp: now + 900 })}`;
  return `${body}.${createHmac('sha256', SECRET).update(body).digest('base64url')}`;
};
const call = async (path, init = {}) => {
  const response = await fetch(BASE + path, { ...init, headers: { 'Content-Type': 'application/json', ...init.headers } });
  if (!response.ok) throw new Error(`${path}: ${response.status} ${await response.text()}`);
  return response.status === 204 ? null : response.json();
};
const admin = await call('/api/auth/login', { method: 'POST', body: JSON.stringify({ username: 'selection-admin@example.org', password: 'selection benchmark administrator' }) });
const auth = { Authorization: `Bearer ${admin.access_token}` };
const text = (en) => ({ en, fr: null, es: null });

if (process.argv[2] === 'setup') {
  const programme = await call('/api/programmes', { method: 'POST', headers: auth, body: JSON.stringify({ name: 'Women exporters fund', description: null, startDate: '2026-01-01', endDate: '2027-12-31' }) });
  const start = new Date(Date.now() + 60 * 86400e3).toISOString().slice(0, 10);
  const activity = await call('/api/activities', { method: 'POST', headers: auth, body: JSON.stringify({
    programmeId: programme.id, type: 'ACCELERATOR_COHORT', title: 'Fund for women-led exporters', description: null, delivery: 'ONLINE',
    language: 'en', countryCode: null, city: null, regionCode: null, startDate: start, endDate: start, timeZone: 'UTC', capacity: 146,
    enrolmentPolicy: 'APPLICATION', enrolmentOpensAt: null, enrolmentClosesAt: null,
    eligibility: { genders: ['FEMALE'], countryCodes: [], regionCodes: [], countryGroups: [], womenLedOnly: false }, tags: [] }) });
  await call(`/api/activities/${activity.id}/application-form`, { method: 'PUT', headers: auth, body: JSON.stringify({ questions: [
    { key: 'businessName', type: 'SHORT_TEXT', label: text('Business name'), required: true, identifying: true, options: null },
    { key: 'plan', type: 'LONG_TEXT', label: text('Export plan'), required: true, identifying: false, options: null },
    { key: 'sector', type: 'SINGLE_CHOICE', label: text('Sector'), required: false, identifying: false,
      options: [{ value: 'crafts', label: text('Crafts') }, { value: 'food', label: text('Food') }] },
    { key: 'exports', type: 'YES_NO', label: text('Exporting already?'), required: true, identifying: false, options: null }] }) });
  await call(`/api/activities/${activity.id}/rubric`, { method: 'PUT', headers: auth, body: JSON.stringify({ criteria: [
    { key: 'potential', label: text('Export potential'), weight: 3, scale: 5 },
    { key: 'readiness', label: text('Digital readiness'), weight: 2, scale: 5 },
    { key: 'impact', label: text('Impact for women'), weight: 2, scale: 5 }] }) });
  await call(`/api/activities/${activity.id}/publish`, { method: 'POST', headers: auth });
  console.log(activity.id);
  process.exit(0);
}

const path = (rest) => `/api/activities/${ACTIVITY}${rest}`;
const timed = async (fn) => { const began = performance.now(); const result = await fn(); return [performance.now() - began, result]; };
const percentiles = async (label, fn, runs = 20, warm = 3) => {
  for (let i = 0; i < warm; i++) await fn();
  const ms = [];
  for (let i = 0; i < runs; i++) ms.push((await timed(fn))[0]);
  ms.sort((a, b) => a - b);
  console.log(`${label.padEnd(58)} p50 ${ms[Math.floor(runs / 2)].toFixed(0).padStart(5)} ms   p95 ${ms[Math.floor(runs * 0.95)].toFixed(0).padStart(5)} ms`);
};

const reviewers = readFileSync(REVIEWERS_FILE, 'utf8').trim().split('\n').map((line) => line.split('\t'));
await call(path('/reviewers'), { method: 'PUT', headers: auth, body: JSON.stringify({ userIds: reviewers.map(([id]) => id) }) });
const [assignMs, assigned] = await timed(() => call(path('/review-assignments'), { method: 'POST', headers: auth, body: JSON.stringify({ reviewsPerApplication: 3 }) }));
console.log(`assign 3 reviews to each of ${assigned.applications} applications (${assigned.reviews} reviews, ${reviewers.length} reviewers): ${(assignMs / 1000).toFixed(1)} s`);

// Everyone's scores straight into the database except 20 of the first reviewer's, scored through the API below.
const first = { Authorization: `Bearer ${token(reviewers[0][0], reviewers[0][1], ['TRAINER'])}` };
const mine = await call(`/api/me/reviews?pending=true&size=20&activityId=${ACTIVITY}`, { headers: first });
const kept = mine.items.map((r) => r.id).join(',');
const [scoreSqlMs] = await timed(async () => execSync(`${SCORE_SQL}`, { input: `
  UPDATE review SET scores = '{"potential":3,"readiness":3,"impact":3}', score = ROUND(RAND() * 100, 2), submitted_at = UTC_TIMESTAMP(6)
    WHERE activity_id = ${ACTIVITY} AND id NOT IN (${kept});
  UPDATE application a JOIN (SELECT application_id, COUNT(*) c, AVG(score) m, MAX(score) - MIN(score) s FROM review
    WHERE activity_id = ${ACTIVITY} AND score IS NOT NULL GROUP BY application_id) r ON r.application_id = a.id
    SET a.review_count = r.c, a.mean_score = r.m, a.score_spread = r.s;` }));
console.log(`(setup: ${assigned.reviews - mine.items.length} scores written in SQL in ${(scoreSqlMs / 1000).toFixed(1)} s)`);

let next = 0;
await percentiles('reviewer scores one review (PUT /api/reviews/{id})', () => call(`/api/reviews/${mine.items[next++ % mine.items.length].id}`,
  { method: 'PUT', headers: first, body: JSON.stringify({ scores: { potential: 4, readiness: 3, impact: 5 }, comment: 'Clear plan' }) }), 17, 3);
await percentiles("reviewer's pending list (20 of ~7,000)", () => call(`/api/me/reviews?pending=true&size=20&activityId=${ACTIVITY}`, { headers: first }));
await percentiles('ranked list, best score first (50 of 70,000, with counts)', () => call(path('/applications?sort=score&size=50'), { headers: auth }));
await percentiles('ranked, filtered by country (SN)', () => call(path('/applications?sort=score&size=50&country=SN'), { headers: auth }));
await percentiles('ranked, filtered by region (Africa) and gender', () => call(path('/applications?sort=score&size=50&region=002&gender=FEMALE'), { headers: auth }));
await percentiles('by submission, page 1,000', () => call(path('/applications?sort=submitted&size=50&page=1000'), { headers: auth }));
await percentiles('reviewers with their progress (30)', () => call(path('/reviewers'), { headers: auth }));

const [screenMs, screened] = await timed(() => call(path('/applications/screen'), { method: 'POST', headers: auth }));
console.log(`screening: ${screened.checked} checked, ${screened.screenedOut} screened out, in ${(screenMs / 1000).toFixed(1)} s`);
const top = await call(path('/applications?sort=score&size=146&status=APPLIED'), { headers: auth });
const [decideMs, decided] = await timed(() => call(path('/applications/decisions'), { method: 'POST', headers: auth,
  body: JSON.stringify({ applicationIds: top.page.items.map((a) => a.id), decision: 'ACCEPT' }) }));
console.log(`accept the top ${decided.decided} in one decision (enrolments and e-mails): ${decideMs.toFixed(0)} ms; seats left ${decided.seatsLeft}`);
const after = await call(path('/applications?size=1'), { headers: auth });
console.log(`end state: ${JSON.stringify(after.countsByStatus)}`);
if (decided.decided !== 146 || decided.seatsLeft !== 0) { console.log('FAILED'); process.exit(1); }
