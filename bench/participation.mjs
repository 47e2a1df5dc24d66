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
if (process.env.BENCH_ONLY_ONE) {
  const began = performance.now();
  const report = await call('/api/reports/participation?groupBy=country', { headers: auth });
  console.log(`catching up, then groupBy=country                ${(performance.now() - began).toFixed(0).padStart(6)} ms   registered ${report.totals.registered}`);
  process.exit(0);
}
await timed('totals only, everything', '/api/reports/participation');
for (const groupBy of ['country', 'region', 'subregion', 'countryGroup', 'gender', 'activityType', 'activity', 'programme', 'month', 'year']) {
  await timed(`groupBy=${groupBy}`, `/api/reports/participation?groupBy=${groupBy}`);
}
await timed('one programme, groupBy=country', `/api/reports/participation?programmeId=${PROGRAMME}&groupBy=country`);
await timed('one programme, groupBy=month', `/api/reports/participation?programmeId=${PROGRAMME}&groupBy=month`);
await timed('masterclasses, groupBy=region', '/api/reports/participation?type=MASTERCLASS&groupBy=region');
// Shapes the cube does not keep, counted from the per-enrolment facts:
await timed('2025 only (a whole year), groupBy=country', '/api/reports/participation?from=2025-01-01&to=2025-12-31&groupBy=country');
await timed('one programme, masterclasses by month (facts)', `/api/reports/participation?programmeId=${PROGRAMME}&type=MASTERCLASS&groupBy=month`);
await timed('everything, 2024-2026 (facts)', '/api/reports/participation?from=2024-01-01&to=2026-12-31');
