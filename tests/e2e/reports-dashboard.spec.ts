/**
 * Issue 15, acceptance 3: the supervisor's dashboard answers questions. Three lawyers release
 * monthly reports (July, August, September 2026) through the backend, one of them only July; the
 * supervisor names that lawyer in the register, and the dashboard shows KPI tiles first, the
 * lawyer who has not reported for the latest month by that name, the trend over the three months
 * from the perturbed series, and a chart only where there is something to draw. Screens tr, en.
 */
import path from 'node:path';
import type { Page } from '@playwright/test';
import { en } from '../../src-renderer/src/i18n/resources/en';
import { tr } from '../../src-renderer/src/i18n/resources/tr';
import { expect, test } from './fixtures';
import { openWindow, type AppWindow } from './reports-support';
import { LAWYER_A, LAWYER_B, REPORT_PASSPHRASE, reportBackend, seedLawyer, type ReportBackend } from './reports-seed';
import { saveScreen } from './screens';
import { scaled } from '../helpers/timing';

test.describe.configure({ timeout: scaled(180_000) });

const MONTHS = ['2026-07', '2026-08', '2026-09'];
const fmt = (template: string, values: Record<string, string | number>): string =>
  template.replace(/\{\{\s*(\w+)\s*\}\}/g, (_, name: string) => String(values[name]));

/** The supervisor's keys, and each lawyer trusting them after comparing the words. */
async function connect(sup: ReportBackend, lawyers: readonly ReportBackend[]): Promise<void> {
  await sup.call('reports:setupOrg', { k: 5 });
  const exported = await sup.call('reports:exportOrgKey', {});
  const keyFile = path.join(sup.exportDir, exported.fileName ?? '');
  for (const l of lawyers) {
    l.openQueue.push([keyFile]);
    const opened = await l.call('reports:trustOrg', {});
    await l.call('reports:confirmTrust', { fingerprintWords: opened.fingerprintWords ?? '' });
  }
}

/** Writes a lawyer's sealed report for a period; returns the file. */
async function release(l: ReportBackend, period: string): Promise<string> {
  const out = await l.call('reports:export', { period });
  return path.join(l.exportDir, out.fileName ?? '');
}

async function expectChartsOrNoData(page: Page): Promise<number> {
  const charts = page.getByTestId('report-chart');
  await expect(charts.first()).toBeVisible();
  let drawn = 0;
  for (let i = 0; i < (await charts.count()); i++) {
    const chart = charts.nth(i);
    const svg = await chart.locator('.recharts-wrapper').count();
    const empty = await chart.getByTestId('chart-empty').count();
    expect(svg + empty).toBe(1);
    drawn += svg;
  }
  return drawn;
}

test('the supervisor dashboard: KPI tiles, who has not reported, trends, no empty chart', async ({
  browser,
  appOrigin,
}) => {
  const clock = { now: () => Date.now() };
  const [a, b, c, sup] = await Promise.all([
    reportBackend(clock, appOrigin),
    reportBackend(clock, appOrigin),
    reportBackend(clock, appOrigin),
    reportBackend(clock, appOrigin),
  ]);
  const windows: AppWindow[] = [];
  try {
    await Promise.all([
      seedLawyer(a, LAWYER_A),
      seedLawyer(b, LAWYER_B),
      seedLawyer(c, LAWYER_B.slice(0, 4)),
      sup.call('vault:create', { passphrase: REPORT_PASSPHRASE }),
    ]);
    await connect(sup, [a, b, c]);
    const files: string[] = [];
    for (const m of MONTHS) for (const l of [a, b]) files.push(await release(l, m));
    files.push(await release(c, '2026-07'));
    // The lawyers' registers refuse what would let the months be differenced against a quarter.
    const overlap = await a.backend.invoke('reports:export', { period: '2026-Q3' }, a.sender);
    expect(overlap).toMatchObject({ ok: false, error: { details: ['release.overlap'] } });

    // The supervisor imports everything, enrolling each lawyer after comparing the words.
    sup.openQueue.push(files);
    const imported = await sup.call('reports:import', {});
    const enrolled = new Set<string>();
    for (const r of imported.results) {
      if (r.status !== 'unknownSigner' || enrolled.has(r.lawyerWords)) continue;
      await sup.call('reports:enroll', { pendingId: r.pendingId, lawyerWords: r.lawyerWords });
      enrolled.add(r.lawyerWords);
    }
    sup.openQueue.push(files);
    await sup.call('reports:import', {});
    expect((await sup.call('reports:register', {})).reports).toHaveLength(7);
    const cWords = (await c.call('reports:status', {})).ownFingerprintWords ?? '';

    const win = await openWindow(browser, appOrigin, sup);
    windows.push(win);
    const S = win.page;
    await S.goto('/');
    // The organisation's own vault: its menu is the reports and the settings, it opens on the
    // reports, and there is no client search (it holds no clients).
    const menu = S.getByRole('navigation', { name: tr.nav.label });
    await expect(menu.getByRole('button')).toHaveText([tr.nav.reports, tr.nav.settings]);
    await expect(S.getByRole('tab', { name: tr.reports.tabs.import, exact: true })).toBeVisible();
    await expect(S.getByRole('button', { name: tr.search.open })).toHaveCount(0);
    await S.keyboard.press('Control+k');
    await expect(S.getByTestId('search-palette')).toHaveCount(0);
    await S.getByRole('button', { name: tr.nav.reports, exact: true }).click();

    // The register: the supervisor names the lawyer who sent only July.
    await S.getByRole('tab', { name: tr.reports.tabs.register, exact: true }).click();
    const labelRows = S.getByTestId('lawyer-label');
    await expect(labelRows).toHaveCount(3);
    const words = await Promise.all(
      (await labelRows.all()).map(async (row) => (await row.locator('.fingerprint-words').textContent()) ?? ''),
    );
    const register = (await sup.call('reports:register', {})).reports;
    const order = [...new Set(register.map((r) => r.lawyerWords))];
    const at = order.indexOf(cWords);
    expect(words).toHaveLength(order.length);
    await labelRows.nth(at).getByRole('textbox').fill('Av. Deniz Yıldız (Van)');
    await labelRows.nth(at).getByRole('button', { name: tr.reports.register.labelSave }).click();
    await expect(S.getByTestId('register-row').filter({ hasText: 'Av. Deniz Yıldız (Van)' })).toHaveCount(1);

    // The dashboard, all periods: KPI tiles first, the not-reported list for the latest month.
    await S.getByRole('tab', { name: tr.reports.tabs.dashboard, exact: true }).click();
    const dash = S.getByTestId('report-dashboard');
    await expect(dash.getByTestId('kpi-reports')).toContainText('2 / 3');
    for (const id of ['kpi-active', 'kpi-opened', 'kpi-closed', 'kpi-deadlines', 'kpi-hours'])
      await expect(dash.getByTestId(id)).toBeVisible();
    await expect(dash.getByTestId('not-reported')).toContainText(
      fmt(tr.reports.dashboard.notReportedTitle, { period: 'Eylül 2026' }),
    );
    await expect(dash.getByTestId('not-reported-lawyer')).toHaveText(['Av. Deniz Yıldız (Van)']);
    // The trend over three months is drawn; every other frame holds a chart or says "Veri yok".
    const trend = dash.getByTestId('report-chart').filter({ hasText: tr.reports.dashboard.casesOverTime });
    await expect(trend.locator('.recharts-wrapper')).toHaveCount(1);
    await expectChartsOrNoData(S);
    await expect(dash.getByTestId('chart-note')).toHaveText(fmt(tr.reports.dashboard.chartNote, { n: 3 }));
    await saveScreen(S, 'reports-05-dashboard-kpis', 'tr');

    await sup.call('vault:setLanguage', { language: 'en' });
    await S.goto('/');
    await S.getByRole('button', { name: en.nav.reports, exact: true }).click();
    await S.getByRole('tab', { name: en.reports.tabs.dashboard, exact: true }).click();
    await expect(S.getByTestId('not-reported')).toContainText(
      fmt(en.reports.dashboard.notReportedTitle, { period: 'September 2026' }),
    );
    await expect(S.getByTestId('kpi-reports')).toContainText('2 / 3');
    await expectChartsOrNoData(S);
    await saveScreen(S, 'reports-05-dashboard-kpis', 'en');

    for (const w of windows) {
      expect(w.cspViolations).toEqual([]);
      expect(w.pageErrors).toEqual([]);
    }
  } finally {
    for (const w of windows) await w.context.close();
    await Promise.all([a, b, c, sup].map((x) => x.dispose()));
  }
});
