// bench/outcomes.sh's client: `setup` creates a programme with activities, indicators, and baseline
// and endline surveys asked in each activity (prints them as JSON); `measure` times the figures.
const { BASE, PROGRAMME, ACTIVITY, ACTIVITIES } = process.env;
const call = async (path, init = {}) => {
  const response = await fetch(BASE + path, { ...init, headers: { 'Content-Type': 'application/json', ...init.headers } });
  if (!response.ok) throw new Error(`${path}: ${response.status} ${await response.text()}`);
  return response.status === 204 ? null : response.json();
};
const admin = await call('/api/auth/login', { method: 'POST', body: JSON.stringify({ username: 'outcomes-admin@example.org', password: 'outcomes benchmark administrator' }) });
const auth = { Authorization: `Bearer ${admin.access_token}` };
const post = (path, body) => call(path, { method: 'POST', headers: auth, body: JSON.stringify(body) });
const text = (en) => ({ en, fr: null, es: null });

if (process.argv[2] === 'setup') {
  const programme = await post('/api/programmes', { name: 'eTrade for Women (benchmark)', description: null, startDate: '2024-01-01', endDate: '2028-12-31' });
  const target = (value, extra = {}) => ({ from: '2024-01-01', to: '2028-12-31', value, ...extra });
  const indicator = (code, unit, source, extra) => post(`/api/programmes/${programme.id}/indicators`, {
    code, name: text(code), unit, currency: null, direction: 'HIGHER_IS_BETTER', source, measure: null, aggregation: null,
    milestoneId: null, baseline: null, cumulative: true, targets: [target(1000)], ...extra });
  await indicator('women', 'COUNT', 'PARTICIPATION', { measure: 'WOMEN_REGISTERED', targets: [target(15000), target(5000, { countryGroup: 'LDC' })] });
  await indicator('countries', 'COUNT', 'PARTICIPATION', { measure: 'COUNTRIES_REACHED' });
  await indicator('share', 'PERCENT', 'PARTICIPATION', { measure: 'WOMEN_SHARE', targets: [target(60)] });
  const sales = await indicator('sales', 'CURRENCY', 'SURVEY', { currency: 'USD', aggregation: 'MEAN', targets: [target(800), target(900, { gender: 'FEMALE' })] });
  const exporting = await indicator('exporting', 'PERCENT', 'SURVEY', { aggregation: 'SHARE_YES', targets: [target(40)] });
  const milestone = await post(`/api/programmes/${programme.id}/milestones`, { code: 'first_sale', name: text('First online sale'), position: null });
  await indicator('selling', 'COUNT', 'MILESTONE', { milestoneId: milestone.id, targets: [target(3000)] });
  const questions = [
    { key: 'sales', type: 'NUMBER', label: text('Sales'), required: true, options: null, unit: text('USD'), indicatorId: sales.id },
    { key: 'exports', type: 'YES_NO', label: text('Exporting?'), required: true, options: null, unit: null, indicatorId: exporting.id }];
  const templates = {};
  for (const kind of ['BASELINE', 'ENDLINE']) {
    templates[kind] = (await post(`/api/programmes/${programme.id}/survey-templates`, { kind, title: text(kind), questions })).id;
  }
  const activities = [];
  for (let i = 0; i < 10; i++) {
    const start = `2025-${String(1 + i).padStart(2, '0')}-10`;
    const activity = await post('/api/activities', { programmeId: programme.id, type: i < 2 ? 'ACCELERATOR_COHORT' : i < 5 ? 'ONLINE_COURSE' : 'MASTERCLASS',
      title: `Benchmark activity ${i + 1}`, description: null, delivery: 'ONLINE', language: 'en', countryCode: null, city: null, regionCode: null,
      startDate: start, endDate: start, timeZone: 'UTC', capacity: 100000, enrolmentPolicy: 'OPEN', enrolmentOpensAt: null, enrolmentClosesAt: null,
      eligibility: null, tags: [] });
    const surveys = {};
    for (const kind of ['BASELINE', 'ENDLINE']) {
      surveys[kind] = (await post(`/api/activities/${activity.id}/surveys`, { templateId: templates[kind], monthsAfter: null, opensAt: null, closesAt: null })).id;
    }
    activities.push({ id: activity.id, ...surveys });
  }
  console.log(JSON.stringify({ programme: programme.id, milestone: milestone.id, sales: sales.id, exporting: exporting.id, activities }));
  process.exit(0);
}

const timed = async (fn) => { const began = performance.now(); const result = await fn(); return [performance.now() - began, result]; };
const percentiles = async (label, fn, runs = 20, warm = 3) => {
  for (let i = 0; i < warm; i++) await fn();
  const ms = [];
  for (let i = 0; i < runs; i++) ms.push((await timed(fn))[0]);
  ms.sort((a, b) => a - b);
  console.log(`${label.padEnd(62)} p50 ${ms[Math.floor(runs / 2)].toFixed(0).padStart(5)} ms   p95 ${ms[Math.floor(runs * 0.95)].toFixed(0).padStart(5)} ms`);
};
const figures = await call(`/api/programmes/${PROGRAMME}/outcomes`, { headers: auth });
for (const f of figures) {
  console.log(`  ${f.indicator.code.padEnd(10)} baseline ${f.baseline ? `${f.baseline.value.toFixed(1)} (n=${f.baseline.people})` : '-'}, latest ${f.latest ? `${f.latest.value.toFixed(1)} (n=${f.latest.people})` : '-'}${f.paired ? `, paired n=${f.paired.people}` : ''}`);
}
await percentiles(`programme outcomes: 6 indicators, 9 targets, ${ACTIVITIES} activities`, () => call(`/api/programmes/${PROGRAMME}/outcomes`, { headers: auth }));
await percentiles('one activity\'s outcomes', () => call(`/api/activities/${ACTIVITY}/outcomes`, { headers: auth }));
