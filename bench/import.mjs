// bench/import.sh's client: uploads ROWS new participants, confirms, and follows the progress.
const { BASE, ROWS } = process.env;
const call = async (path, init = {}) => {
  const response = await fetch(BASE + path, init);
  if (!response.ok) throw new Error(`${path}: ${response.status} ${await response.text()}`);
  return response.json();
};
const json = (body) => ({ body: JSON.stringify(body), headers: { 'Content-Type': 'application/json' } });
const admin = await call('/api/auth/login', { method: 'POST', ...json({ username: 'import-admin@example.org', password: 'import benchmark administrator' }) });
const auth = { Authorization: `Bearer ${admin.access_token}` };
const post = (path, body) => call(path, { method: 'POST', ...json(body), headers: { ...json(body).headers, ...auth } });
const programme = await post('/api/programmes', { name: 'Import', description: null, startDate: '2026-01-01', endDate: '2027-12-31' });
const start = new Date(Date.now() + 30 * 86400e3).toISOString().slice(0, 10);
const activity = await post('/api/activities', { programmeId: programme.id, type: 'ONLINE_COURSE', title: 'Imported course', description: null,
  delivery: 'ONLINE', language: 'en', countryCode: null, city: null, regionCode: null, startDate: start, endDate: start, timeZone: 'UTC',
  capacity: Math.floor(Number(ROWS) * 0.8), enrolmentPolicy: 'OPEN', enrolmentOpensAt: null, enrolmentClosesAt: null, eligibility: null, tags: [] });
await call(`/api/activities/${activity.id}/publish`, { method: 'POST', headers: auth });

const countries = ['NP', 'BD', 'SN', 'KE', 'PE', 'CO', 'FJ', 'RW'];
let csv = 'email,name,country,gender,business_name,women_led,employees,language\n';
for (let i = 1; i <= Number(ROWS); i++) {
  csv += `person${i}@import.example.org,Participant ${i},${countries[i % countries.length]},${i % 10 ? 'FEMALE' : 'MALE'},Business ${i},yes,${i % 40},${['en', 'fr', 'es'][i % 3]}\n`;
}
const form = new FormData();
form.append('file', new Blob([csv], { type: 'text/csv' }), 'participants.csv');
let began = performance.now();
const checked = await call(`/api/activities/${activity.id}/imports`, { method: 'POST', headers: auth, body: form });
console.log(`dry run of ${checked.rows} rows (${(csv.length / 1024).toFixed(0)} KB): ${(performance.now() - began).toFixed(0)} ms; ${JSON.stringify(checked.outcomes)}`);

began = performance.now();
await call(`/api/imports/${checked.id}/confirm`, { method: 'POST', headers: auth });
let state;
let lastProgress = 0;
let longestSilence = 0;
let lastChange = performance.now();
do {
  await new Promise((resolve) => setTimeout(resolve, 250));
  state = await call(`/api/imports/${checked.id}`, { headers: auth });
  if (state.processed !== lastProgress) {
    longestSilence = Math.max(longestSilence, performance.now() - lastChange);
    lastChange = performance.now();
    lastProgress = state.processed;
  }
} while (state.status === 'RUNNING');
longestSilence = Math.max(longestSilence, performance.now() - lastChange);
console.log(`confirmed import: ${state.status} in ${((performance.now() - began) / 1000).toFixed(1)} s; longest wait between progress updates ${(longestSilence / 1000).toFixed(1)} s; ${JSON.stringify(state.outcomes)}`);
if (state.status !== 'DONE') { console.log(`FAILED: ${state.failure}`); process.exit(1); }
