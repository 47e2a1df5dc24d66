// bench/participation.sh's client: times the participation report by every groupBy, as an administrator.
const { BASE, PROGRAMME } = process.env;
const call = async (path, init = {}) => {
  const response = await fetch(BASE + path, { ...init, headers: { 'Content-Type': 'application/json', ...init.headers } });
  if (!response.ok) throw new Error(`${path}: ${response.status} ${await response.text()}`);
  return response.json();
};
const admin = await call('/api/auth/login', { method: 'POST', body: JSON.stringify({ username: 'participation-admin@example.org', password: 'participation benchmark administrator' }) });
const auth = { Authorization: `Bearer ${admin.access_token}` };
const runs = Number(process.env.BENCH_RUNS ?? 5);
const timed = async (label, path) => {
  await call(path, { headers: auth });
  const ms = [];
  let report;
  for (let i = 0; i < runs; i++) {
    const began = performance.now();
    report = await call(path, { headers: auth });
    ms.push(performance.now() - began);
  }
  ms.sort((a, b) => a - b);
  console.log(`${label.padEnd(44)} median ${ms[Math.floor(runs / 2)].toFixed(0).padStart(6)} ms   max ${ms[runs - 1].toFixed(0).padStart(6)} ms   rows ${String(report.rows.length).padStart(4)}   registered ${report.totals.registered}`);
};
await timed('totals only, everything', '/api/reports/participation');
for (const groupBy of ['country', 'region', 'subregion', 'countryGroup', 'gender', 'activityType', 'activity', 'programme', 'month', 'year']) {
  await timed(`groupBy=${groupBy}`, `/api/reports/participation?groupBy=${groupBy}`);
}
await timed('one programme, groupBy=country', `/api/reports/participation?programmeId=${PROGRAMME}&groupBy=country`);
