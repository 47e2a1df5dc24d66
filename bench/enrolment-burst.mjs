// Fires one enrolment request per participant, all at once, and checks what came back.
import { createHmac } from 'node:crypto';
import { readFileSync } from 'node:fs';

const { BASE, SECRET, SEATS, SESSIONS } = process.env;
const b64 = (value) => Buffer.from(typeof value === 'string' ? value : JSON.stringify(value)).toString('base64url');
const token = (userId, sessionId) => {
  const now = Math.floor(Date.now() / 1000);
  const body = `${b64({ alg: 'HS256' })}.${b64({ sub: userId, sid: sessionId, roles: ['PARTICIPANT'], iat: now, nbf: now, exp: now + 900 })}`;
  return `${body}.${createHmac('sha256', SECRET).update(body).digest('base64url')}`;
};
const json = async (path, init = {}) => {
  const response = await fetch(BASE + path, { ...init, headers: { 'Content-Type': 'application/json', ...init.headers } });
  if (!response.ok) throw new Error(`${path}: ${response.status} ${await response.text()}`);
  return response.json();
};

const admin = await json('/api/auth/login', { method: 'POST', body: JSON.stringify({ username: 'burst-admin@example.org', password: 'burst benchmark administrator' }) });
const auth = { Authorization: `Bearer ${admin.access_token}` };
const programme = await json('/api/programmes', { method: 'POST', headers: auth, body: JSON.stringify({ name: 'Burst', description: null, startDate: '2026-01-01', endDate: '2027-12-31' }) });
const start = new Date(Date.now() + 30 * 86400e3).toISOString().slice(0, 10);
const newActivity = async (title) => {
  const created = await json('/api/activities', { method: 'POST', headers: auth, body: JSON.stringify({
    programmeId: programme.id, type: 'MASTERCLASS', title, description: null, delivery: 'IN_PERSON', language: 'en',
    countryCode: 'IN', city: 'New Delhi', regionCode: '034', startDate: start, endDate: start, timeZone: 'Asia/Kolkata',
    capacity: Number(SEATS), enrolmentPolicy: 'OPEN', enrolmentOpensAt: null, enrolmentClosesAt: null, eligibility: null, tags: [] }) });
  return json(`/api/activities/${created.id}/publish`, { method: 'POST', headers: auth });
};

const people = readFileSync(SESSIONS, 'utf8').trim().split('\n').map((line) => line.split('\t'));
const tokens = people.map(([userId, sessionId]) => token(userId, sessionId));
const burst = (activity) => Promise.all(tokens.map(async (bearer) => {
  const sent = performance.now();
  try {
    const response = await fetch(`${BASE}/api/activities/${activity.id}/enrolments`, { method: 'POST', headers: { Authorization: `Bearer ${bearer}` } });
    const body = await response.json().catch(() => null);
    return { status: response.status, body, ms: performance.now() - sent };
  } catch (error) {
    return { status: 0, body: String(error), ms: performance.now() - sent };
  }
}));

// A fresh JVM is several times slower than a warm one: the same burst on other activities first.
for (let round = 1; round <= Number(process.env.WARMUP_ROUNDS ?? 3); round++) {
  const warm = performance.now();
  await burst(await newActivity(`Warm-up ${round}`));
  console.log(`warm-up round ${round}: ${((performance.now() - warm) / 1000).toFixed(1)} s`);
}
const activity = await newActivity('Burst masterclass');
const began = performance.now();
const results = await burst(activity);
const seconds = (performance.now() - began) / 1000;

const latencies = results.map((r) => r.ms).sort((a, b) => a - b);
const pct = (p) => latencies[Math.min(latencies.length - 1, Math.floor((p / 100) * latencies.length))].toFixed(0);
const byStatus = Object.entries(results.reduce((acc, r) => ({ ...acc, [r.status]: (acc[r.status] ?? 0) + 1 }), {}));
const enrolled = results.filter((r) => r.body?.status === 'ENROLLED').length;
const positions = results.filter((r) => r.body?.status === 'WAITLISTED').map((r) => r.body.waitlistPosition).sort((a, b) => a - b);
const expected = tokens.length - Number(SEATS);
const contiguous = positions.length === expected && positions.every((p, i) => p === i + 1);

console.log(`requests: ${tokens.length} at once; HTTP statuses: ${byStatus.map(([s, n]) => `${s}×${n}`).join(', ')}`);
console.log(`throughput: ${(tokens.length / seconds).toFixed(0)} req/s over ${seconds.toFixed(2)} s; latency p50 ${pct(50)} ms, p99 ${pct(99)} ms, max ${latencies.at(-1).toFixed(0)} ms`);
console.log(`end state: ${enrolled} enrolled (want ${SEATS}), ${positions.length} waitlisted, positions 1..${expected} each once: ${contiguous}`);
if (enrolled !== Number(SEATS) || !contiguous || results.some((r) => r.status >= 500 || r.status === 0)) {
  console.log('FAILED');
  process.exit(1);
}
