/**
 * Issue 6, acceptance 5: two lawyers preview and write sealed reports through the UI; the
 * supervisor imports both (enrolling the lawyer keys after comparing words), sees them in the
 * register, and the dashboard shows the merged figures with charts. The same file again is
 * flagged as a duplicate; a tampered file is refused with its reason. Since issue 15 the figures
 * are perturbed (random record keys per vault), so expected numbers are read from the backend.
 */
import { copyFile, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { fingerprintWordsIn } from '../../src-main/shared/fingerprint-words';
import { en } from '../../src-renderer/src/i18n/resources/en';
import { tr } from '../../src-renderer/src/i18n/resources/tr';
import { expect, test } from './fixtures';
import { openWindow, type AppWindow } from './reports-support';
import {
  LAWYER_A,
  LAWYER_B,
  MERGED_VISITS,
  PERIOD,
  PERIOD_TR,
  reportBackend,
  seedLawyer,
  type ReportBackend,
} from './reports-seed';
import { saveScreen } from './screens';
import { scaled } from '../helpers/timing';

type Lang = 'tr' | 'en';
const messages = { tr, en } as const;
const fmt = (template: string, values: Record<string, string | number>): string =>
  template.replace(/\{\{\s*(\w+)\s*\}\}/g, (_, name: string) => String(values[name]));

test.describe.configure({ timeout: scaled(120_000) });

async function openReports(page: Page, lang: Lang): Promise<void> {
  const m = messages[lang];
  await page.goto('/');
  await page.getByRole('button', { name: m.nav.reports, exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: m.reports.title, exact: true })).toBeVisible();
}

async function choosePeriod(page: Page, lang: Lang): Promise<void> {
  const m = messages[lang].reports.lawyer;
  await page.getByLabel(m.periodKind, { exact: true }).selectOption('quarter');
  await page.getByLabel(m.year, { exact: true }).selectOption('2026');
  await page.getByLabel(m.quarterLabel, { exact: true }).selectOption('3');
}

async function previewReport(page: Page, lang: Lang): Promise<void> {
  await choosePeriod(page, lang);
  await page.getByRole('button', { name: messages[lang].reports.lawyer.preview, exact: true }).click();
  await expect(page.getByTestId('report-preview')).toBeVisible();
}

async function tab(page: Page, lang: Lang, name: 'import' | 'register' | 'dashboard' | 'key'): Promise<void> {
  await page.getByRole('tab', { name: messages[lang].reports.tabs[name], exact: true }).click();
}

/** Every chart frame holds a chart or says "no data": never an empty frame. */
async function expectChartsOrNoData(scope: ReturnType<Page['getByTestId']>): Promise<void> {
  const charts = scope.getByTestId('report-chart');
  await expect(charts.first()).toBeVisible();
  const n = await charts.count();
  for (let i = 0; i < n; i++) {
    const chart = charts.nth(i);
    const drawn = await chart.locator('.recharts-wrapper').count();
    const empty = await chart.getByTestId('chart-empty').count();
    expect(drawn + empty).toBe(1);
  }
}

async function importFiles(win: AppWindow, sup: ReportBackend, files: string[]): Promise<void> {
  sup.openQueue.push(files);
  await win.page.getByRole('button', { name: tr.reports.import.choose, exact: true }).click();
  await expect(win.page.getByTestId('import-result')).toHaveCount(files.length);
}

test('lawyers write sealed reports; the supervisor imports them and sees merged figures', async ({
  browser,
  appOrigin,
}) => {
  const clock = { now: () => Date.now() };
  const [a, b, sup] = await Promise.all([
    reportBackend(clock, appOrigin),
    reportBackend(clock, appOrigin),
    reportBackend(clock, appOrigin),
  ]);
  const windows: AppWindow[] = [];
  try {
    await Promise.all([
      seedLawyer(a, LAWYER_A),
      seedLawyer(b, LAWYER_B),
      sup.call('vault:create', { passphrase: 'Mavi vapur, yedi martı ve bir simit: 1907!' }),
    ]);
    const [winA, winB, winS] = await Promise.all([a, b, sup].map((x) => openWindow(browser, appOrigin, x)));
    windows.push(winA!, winB!, winS!);
    const S = winS!.page;

    // Supervisor: the vault becomes the organisation's; its public key goes out through the save dialog.
    await openReports(S, 'tr');
    await S.getByLabel(tr.reports.setup.k, { exact: true }).fill('5');
    await S.getByRole('button', { name: tr.reports.setup.create, exact: true }).click();
    await tab(S, 'tr', 'key');
    const orgWords = (await S.getByTestId('org-fingerprint').textContent())?.trim() ?? '';
    expect(orgWords.split(' ')).toHaveLength(8);
    const orgWordsEn = (await sup.call('reports:status', {})).ownFingerprintWords ?? '';
    expect(fingerprintWordsIn('tr', orgWordsEn)).toBe(orgWords);
    await S.getByRole('button', { name: tr.reports.setup.export, exact: true }).click();
    await expect(S.getByRole('status')).toContainText('emanet-org-public-key.json');
    const orgKeyFile = path.join(sup.exportDir, 'emanet-org-public-key.json');

    // Each lawyer: trust the key after comparing words, preview, write the sealed file.
    const sealed: Record<'a' | 'b', string> = { a: '', b: '' };
    for (const [name, x, win] of [
      ['a', a, winA!],
      ['b', b, winB!],
    ] as const) {
      const page = win.page;
      await openReports(page, 'tr');
      x.openQueue.push([orgKeyFile]);
      await page.getByRole('button', { name: tr.reports.trust.choose, exact: true }).click();
      await expect(page.getByTestId('org-words')).toHaveText(orgWords);
      // A supervisor on an English screen reads the English list: the same key, word for word.
      const confirmBox = page.getByTestId('confirm-org-words');
      await confirmBox.getByText(tr.reports.fingerprintOther.summary).click();
      await expect(confirmBox.locator('.fingerprint-words-other')).toHaveText(orgWordsEn);
      await page.getByRole('button', { name: tr.reports.trust.confirm, exact: true }).click();
      await expect(page.getByTestId('trusted-org-words')).toHaveText(orgWords);

      await previewReport(page, 'tr');
      const preview = page.getByTestId('report-preview');
      await expect(
        preview.getByRole('heading', { name: fmt(tr.reports.lawyer.previewTitle, { period: PERIOD_TR }) }),
      ).toBeVisible();
      const expected = await x.call('reports:preview', { period: PERIOD });
      if (name === 'a') {
        // Two clients without consent, perturbed like any count (0 or 3, never 2).
        const excluded = expected.excludedForNoConsent;
        await expect(page.getByTestId('excluded-note')).toHaveText(
          excluded > 0 ? fmt(tr.reports.lawyer.excluded_other, { count: excluded }) : tr.reports.lawyer.excludedNone,
        );
      } else {
        // Lawyer B's clients are all women: the gender breakdown is withheld, never a number.
        const hidden = preview.getByTestId('suppressed-cell');
        await expect(hidden.first()).toHaveText(fmt(tr.reports.suppressed, { k: 5 }));
        // Two Iranian clients: their own row (the organisation's list), published as 0 or 3.
        const iran = expected.tables
          .find((t) => t.id === 'clients.by-nationality')!
          .rows.find((r) => r.key.nationality === 'IR')!;
        expect([0, 3]).toContain(iran.count);
        await saveScreen(page, 'reports-01-preview', 'tr');
      }
      await page.getByRole('button', { name: tr.reports.lawyer.write, exact: true }).click();
      const fileName = `emanet-report-${PERIOD}.sealed.json`;
      await expect(page.getByRole('status').filter({ hasText: fileName })).toBeVisible();
      sealed[name] = path.join(x.exportDir, fileName);
    }

    // Supervisor imports both: unknown keys are held until their words are compared and enrolled.
    await tab(S, 'tr', 'import');
    await importFiles(winS!, sup, [sealed.a, sealed.b]);
    const results = S.getByTestId('import-result');
    await expect(results.nth(0)).toHaveAttribute('data-status', 'unknownSigner');
    // Turkish screens show the fingerprint in the Turkish word list.
    const aWords = fingerprintWordsIn('tr', (await a.call('reports:status', {})).ownFingerprintWords ?? '');
    await expect(results.nth(0).getByTestId('signer-words')).toHaveText(aWords);
    await expect(winA!.page.getByTestId('own-words')).toHaveText(aWords);
    for (const i of [0, 1]) await results.nth(i).getByRole('button', { name: tr.reports.import.enroll }).click();
    await expect(results.nth(0)).toHaveAttribute('data-status', 'accepted');
    await expect(results.nth(1)).toHaveAttribute('data-status', 'accepted');
    await expect(results.nth(1)).toContainText(fmt(tr.reports.import.accepted, { period: PERIOD_TR }));
    await saveScreen(S, 'reports-02-import', 'tr');

    // The same file again: a duplicate, not counted twice.
    await importFiles(winS!, sup, [sealed.a]);
    await expect(results.first()).toHaveAttribute('data-status', 'duplicate');
    await expect(results.first()).toContainText(tr.reports.import.duplicateSame);

    // A tampered file: refused, saying why.
    const tampered = path.join(sup.exportDir, 'kurcalanmis.json');
    await copyFile(sealed.a, tampered);
    const outer = JSON.parse(await readFile(tampered, 'utf8')) as { box: Record<string, string> };
    const field = Object.keys(outer.box).find((k) => outer.box[k]!.length > 40) ?? '';
    outer.box[field] = (outer.box[field]![0] === 'A' ? 'B' : 'A') + outer.box[field]!.slice(1);
    await writeFile(tampered, JSON.stringify(outer));
    await importFiles(winS!, sup, [tampered]);
    await expect(results.first()).toHaveAttribute('data-status', 'refused');
    await expect(results.first()).toContainText(
      fmt(tr.reports.import.refused, { reason: tr.reports.refusals.tampered }),
    );

    // Register: both lawyers' Q3.
    await tab(S, 'tr', 'register');
    const rows = S.getByTestId('register-row');
    await expect(rows).toHaveCount(2);
    await expect(rows.filter({ hasText: PERIOD_TR })).toHaveCount(2);
    await expect(rows.filter({ hasText: aWords })).toHaveCount(1);
    await saveScreen(S, 'reports-03-register', 'tr');

    // Dashboard: merged perturbed figures (13 visits = 6 + 7, each lawyer's within 2), withheld
    // cells (survivors of torture: a sensitive code from fewer than N = 3 lawyers), KPI tiles,
    // charts only where there is something to draw.
    await tab(S, 'tr', 'dashboard');
    const dash = S.getByTestId('report-dashboard');
    const merged = await sup.call('reports:dashboard', {});
    const mergedVisits = merged.tables
      .find((t) => t.id === 'activities.by-kind')!
      .rows.find((r) => r.key.activityKind === 'removal-centre-visit')!.count!;
    expect(Math.abs(mergedVisits - MERGED_VISITS)).toBeLessThanOrEqual(4);
    const visits = dash.locator('[data-table="activities.by-kind"]').getByTestId('report-row');
    await expect(visits.filter({ hasText: tr.activityKinds['removal-centre-visit'] })).toContainText(
      String(mergedVisits),
    );
    const vuln = dash.locator('[data-table="clients.by-vulnerability"]').getByTestId('report-row');
    await expect(
      vuln.filter({ hasText: tr.form.vulnerabilityCodes['survivor-of-torture'] }).getByTestId('suppressed-cell'),
    ).toHaveText(tr.reports.suppressed);
    const nat = dash.locator('[data-table="clients.by-nationality"]').getByTestId('report-row');
    await expect(nat.filter({ hasText: tr.reports.values.other }).getByTestId('suppressed-cell')).toHaveText(
      tr.reports.suppressed,
    );
    await expect(dash.getByTestId('kpi-reports')).toContainText('2 / 2');
    await expect(dash.getByTestId('not-reported')).toContainText(tr.reports.dashboard.notReportedNone);
    await expectChartsOrNoData(dash);
    await expect(dash.getByTestId('chart-note')).toHaveText(fmt(tr.reports.dashboard.chartNote, { n: 3 }));
    await saveScreen(S, 'reports-04-dashboard', 'tr');

    // CSV of the combined tables through the save dialog.
    await S.getByRole('button', { name: tr.reports.dashboard.exportCsv, exact: true }).click();
    await expect(S.getByRole('status').filter({ hasText: 'emanet-combined-report.csv' })).toBeVisible();
    const csv = await readFile(path.join(sup.exportDir, 'emanet-combined-report.csv'), 'utf8');
    expect(csv).toContain(`activityKind=removal-centre-visit,${mergedVisits},false`);

    // English screenshots of the same screens.
    await b.call('vault:setLanguage', { language: 'en' });
    await openReports(winB!.page, 'en');
    await previewReport(winB!.page, 'en');
    await expect(winB!.page.getByTestId('suppressed-cell').first()).toHaveText(fmt(en.reports.suppressed, { k: 5 }));
    await saveScreen(winB!.page, 'reports-01-preview', 'en');
    await sup.call('vault:setLanguage', { language: 'en' });
    await openReports(S, 'en');
    sup.openQueue.push([sealed.b, tampered]);
    await S.getByRole('button', { name: en.reports.import.choose, exact: true }).click();
    await expect(S.getByTestId('import-result').nth(1)).toContainText(en.reports.refusals.tampered);
    await saveScreen(S, 'reports-02-import', 'en');
    await tab(S, 'en', 'register');
    await expect(S.getByTestId('register-row')).toHaveCount(2);
    await saveScreen(S, 'reports-03-register', 'en');
    await tab(S, 'en', 'dashboard');
    await expectChartsOrNoData(S.getByTestId('report-dashboard'));
    await expect(S.getByTestId('suppressed-cell').first()).toHaveText(fmt(en.reports.suppressed, { k: 5 }));
    await saveScreen(S, 'reports-04-dashboard', 'en');

    for (const w of windows) {
      expect(w.cspViolations).toEqual([]);
      expect(w.pageErrors).toEqual([]);
    }
  } finally {
    for (const w of windows) await w.context.close();
    await Promise.all([a, b, sup].map((x) => x.dispose()));
  }
});
